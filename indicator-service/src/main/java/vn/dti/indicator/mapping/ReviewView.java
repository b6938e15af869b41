package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The review state of every unit of a (framework, period): {@code GET /reviews/{frameworkCode}/{period}}. */
@Schema(name = "Reviews")
public record ReviewView(@Schema(examples = "DTI-PROVINCE") String frameworkCode, @Schema(examples = "2024") String period,
                         @Schema(description = "The framework counts only approved values in its approved standings") boolean requireApproval,
                         List<UnitReview> units) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "UnitReview", requiredProperties = {"unitCode", "unitName", "status"})
    public record UnitReview(
            @Schema(examples = "48") String unitCode,
            @Schema(examples = "Đà Nẵng") String unitName,
            @Schema(enumeration = {"NOT_SUBMITTED", "SUBMITTED", "APPROVED", "RETURNED"}) String status,
            @Schema(description = "The series' latest submission: the one a decision must name") UUID submissionId,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = vn.dti.plumbing.problem.FieldError.class, description = "Warnings of the latest submission ({pointer, code, detail}), for the reviewer to look at") JsonNode warnings,
            @Schema(description = "Who took the latest decision of the series") String reviewedBy,
            OffsetDateTime reviewedAt,
            @Schema(description = "The submission the latest decision was about (older than submissionId when the unit submitted again since)") UUID reviewedSubmissionId,
            @Schema(enumeration = {"APPROVE", "RETURN"}) String decision,
            @Schema(examples = "Please check OPS_TIMELY_RATE against the portal report") String comment,
            @Schema(description = "Per-indicator comments of the latest decision") List<ValueComment> valueComments) {
    }

    @Schema(name = "ValueComment")
    public record ValueComment(@Schema(examples = "OPS_TIMELY_RATE") String indicatorCode,
                               @Schema(examples = "Far above last year; attach the portal report") String comment) {
    }
}
