package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a review decision: the series' new status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ReviewOutcome", requiredProperties = {"unitCode", "frameworkCode", "period", "status", "submissionId", "decision", "reviewedBy", "reviewedAt"})
public record ReviewOutcome(@Schema(examples = "48") String unitCode, @Schema(examples = "DTI-PROVINCE") String frameworkCode,
                            @Schema(examples = "2024") String period,
                            @Schema(enumeration = {"APPROVED", "RETURNED"}) String status,
                            UUID submissionId,
                            @Schema(enumeration = {"APPROVE", "RETURN"}) String decision,
                            String reviewedBy, OffsetDateTime reviewedAt, String comment,
                            List<ReviewView.ValueComment> valueComments) {
}
