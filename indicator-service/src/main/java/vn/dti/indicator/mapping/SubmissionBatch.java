package vn.dti.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a CSV whose rows make several submissions (one per unit, framework and period). */
@Schema(name = "SubmissionBatch", description = "A CSV with rows of several (unit, framework, period): one submission each, in file order")
public record SubmissionBatch(List<SubmissionView> submissions) {
}
