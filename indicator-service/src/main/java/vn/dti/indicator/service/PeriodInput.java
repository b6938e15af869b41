package vn.dti.indicator.service;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code PUT /frameworks/{code}/periods/{period}}, described once: the OpenAPI document
 * shows this record and {@link PeriodService} accepts exactly its fields, reporting every problem
 * at once (see {@link SubmissionInput} for why Jackson does not bind it directly).
 */
@Schema(name = "PeriodRequest")
public record PeriodInput(
        @Schema(required = true, description = "RFC 3339 with offset; after it a submission is accepted but marked late",
                examples = "2025-03-31T23:59:59+07:00") OffsetDateTime dueAt,
        @Schema(required = true, description = "RFC 3339 with offset, not before dueAt; after it a submission is refused with 409",
                examples = "2025-04-30T23:59:59+07:00") OffsetDateTime closesAt) {
}
