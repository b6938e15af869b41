package vn.dti.report.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /briefs, described once: the OpenAPI document shows this record, and
 * {@link BriefService} refuses any field it does not have (UNKNOWN_FIELD). The service reads the body
 * itself so that it can answer every problem at once, each with its JSON Pointer.
 */
@Schema(name = "BriefRequest")
public record BriefRequest(
        @Schema(required = true, maxLength = 200, examples = "Provincial DTI 2024 meeting brief") String title,
        @Schema(required = true, format = "date", examples = "2025-04-10") String meetingDate,
        @Schema(required = true, examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(required = true, examples = "2024") String period,
        @Schema(description = "An earlier period of the same framework to compare with", examples = "2023") String comparePeriod,
        @Schema(required = true, enumeration = {"en", "vi"}, examples = "vi") String language,
        @Schema(format = "uuid", description = "A release of frameworkCode and period (dti.release.published.v1): every figure then comes from that release's standings and the submissions it names, instead of the latest standings and current values", examples = "9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d") String releaseId) {
}
