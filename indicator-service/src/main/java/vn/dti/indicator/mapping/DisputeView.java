package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dispute as served by {@code GET /disputes/{id}} (DESIGN §12): the contested release, the unit
 * (and indicator), the reason, the resolution, and the correction and release revision that
 * followed an upheld dispute. Nullable fields are always present, as {@code null} when empty.
 */
@Schema(name = "Dispute", requiredProperties = {"id", "releaseId", "frameworkCode", "period", "revision", "unitCode", "indicatorCode",
        "reason", "status", "filedBy", "filedAt", "resolution", "correctionSubmissionId", "revisedReleaseId"})
public record DisputeView(UUID id, @Schema(description = "The contested release (ranking-service GET /api/v1/releases/{id})") UUID releaseId,
                          @Schema(examples = "DTI-PROVINCE") String frameworkCode, @Schema(examples = "2024") String period,
                          @Schema(description = "Revision of the contested release", examples = "1") int revision,
                          @Schema(examples = "48") String unitCode,
                          @Schema(nullable = true, description = "The contested indicator; null when the unit's result as a whole is contested",
                                  examples = "OPS_TIMELY_RATE") String indicatorCode,
                          String reason,
                          @Schema(enumeration = {"OPEN", "UPHELD", "REJECTED"}) String status,
                          @Schema(description = "Subject of the token that filed it") String filedBy, OffsetDateTime filedAt,
                          @Schema(nullable = true, description = "The decision; null while OPEN") Resolution resolution,
                          @Schema(nullable = true, description = "The latest admin correction (a submission flagged correction: true) of the "
                                  + "unit's series accepted after the dispute was upheld; null until then") UUID correctionSubmissionId,
                          @Schema(nullable = true, description = "The later release revision of the same framework and period that "
                                  + "followed the correction; null until then") UUID revisedReleaseId) {

    @Schema(name = "DisputeResolution", requiredProperties = {"decision", "comment", "resolvedBy", "resolvedAt"})
    public record Resolution(@Schema(enumeration = {"UPHELD", "REJECTED"}) String decision, String comment,
                             @Schema(description = "Subject of the reviewer's or admin's token") String resolvedBy,
                             OffsetDateTime resolvedAt) {
    }
}
