package vn.dti.indicator.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmissionPage")
public record SubmissionPage(List<SubmissionView> items, int page, int size, long total) {
}
