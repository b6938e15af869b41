package vn.dti.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.plumbing.problem.FieldError;

/**
 * The answer to a CSV with several (unit, framework, period) groups, or to any {@code atomicMode=NONE}
 * request: the stored (or, on a dry run, checked) submissions, the summary of the whole request,
 * every warning, and the refused groups' problems.
 */
@Schema(name = "SubmissionBatch")
public record SubmissionBatch(List<SubmissionView> submissions,
                              @Schema(description = "Totals of the whole request; ignored counts the values of refused groups and unreadable rows") ImportSummary summary,
                              @Schema(description = "Every warning of the stored submissions (also on each submission)") List<FieldError> warnings,
                              @Schema(description = "atomicMode=NONE: the problems of the refused groups, with pointers (empty otherwise)") List<FieldError> conflicts) {
}
