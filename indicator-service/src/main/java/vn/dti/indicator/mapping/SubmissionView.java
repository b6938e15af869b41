package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.plumbing.problem.FieldError;

/** An accepted submission as the API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Submission", requiredProperties = {"id", "unitCode", "frameworkCode", "period", "receivedAt", "late", "values"})
public record SubmissionView(
        @Schema(examples = "0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11") UUID id,
        @Schema(examples = "48") String unitCode,
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(examples = "2024") String period,
        OffsetDateTime receivedAt,
        @Schema(description = "Received after the period's dueAt") boolean late,
        List<Value> values,
        @Schema(description = "Earlier current values that this submission replaced (kept in history)") List<Superseded> supersededValues,
        @Schema(description = "Present and true only on a dry run: nothing was stored") Boolean dryRun,
        @Schema(description = "What this submission did to each value (in the submission answer only)") ImportSummary summary,
        @Schema(description = "Warnings of this submission: broken WARNING rules (code = rule code), OUTLIER, SUDDEN_CHANGE; stored, not refused") List<FieldError> warnings,
        @Schema(description = "Who submitted (token subject)", examples = "officer-48") String submittedBy,
        @Schema(description = "Present and true when an admin corrected the values after the period closed") Boolean correction,
        @Schema(description = "The admin's reason for a correction") String correctionReason) {

    public SubmissionView(UUID id, String unitCode, String frameworkCode, String period, OffsetDateTime receivedAt, boolean late,
                          List<Value> values, List<Superseded> supersededValues, Boolean dryRun, ImportSummary summary,
                          List<FieldError> warnings) {
        this(id, unitCode, frameworkCode, period, receivedAt, late, values, supersededValues, dryRun, summary, warnings,
                null, null, null);
    }

    /** This view with its import summary. */
    public SubmissionView withSummary(ImportSummary s) {
        return new SubmissionView(id, unitCode, frameworkCode, period, receivedAt, late, values, supersededValues, dryRun, s, warnings,
                submittedBy, correction, correctionReason);
    }

    /** This submission as stored by {@code submittedBy}, a correction when {@code correctionReason} is not null. */
    public SubmissionView by(String submittedBy, String correctionReason) {
        return new SubmissionView(id, unitCode, frameworkCode, period, receivedAt, late, values, supersededValues, dryRun,
                summary, warnings, submittedBy, correctionReason == null ? null : Boolean.TRUE, correctionReason);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SubmittedValue", requiredProperties = {"indicatorCode", "value"})
    public record Value(@Schema(examples = "OPS_TIMELY_RATE") String indicatorCode,
                        @Schema(examples = "98.01") double value,
                        @Schema(examples = "From the provincial public-service portal") String note) {
    }

    @Schema(name = "SupersededValue")
    public record Superseded(String indicatorCode, double value, UUID submissionId, OffsetDateTime receivedAt) {
    }
}
