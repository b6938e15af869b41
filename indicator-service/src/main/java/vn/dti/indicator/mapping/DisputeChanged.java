package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Payload of {@code dti.dispute.changed.v1} (docs/events/dti.dispute.changed.v1.schema.json): the
 * dispute's full state after the change, what changed and when.
 */
@JsonPropertyOrder({"disputeId", "change", "changedAt", "releaseId", "frameworkCode", "period", "revision", "unitCode",
        "indicatorCode", "reason", "status", "filedBy", "filedAt", "resolution", "correctionSubmissionId", "revisedReleaseId"})
public record DisputeChanged(UUID disputeId, String change, OffsetDateTime changedAt, UUID releaseId, String frameworkCode,
                             String period, int revision, String unitCode, String indicatorCode, String reason, String status,
                             String filedBy, OffsetDateTime filedAt, DisputeView.Resolution resolution, UUID correctionSubmissionId,
                             UUID revisedReleaseId) {

    public static final String FILED = "FILED";
    public static final String RESOLVED = "RESOLVED";
    public static final String CORRECTED = "CORRECTED";
    public static final String REVISED = "REVISED";

    public static DisputeChanged of(DisputeView d, String change, OffsetDateTime at) {
        return new DisputeChanged(d.id(), change, at, d.releaseId(), d.frameworkCode(), d.period(), d.revision(), d.unitCode(),
                d.indicatorCode(), d.reason(), d.status(), d.filedBy(), d.filedAt(), d.resolution(), d.correctionSubmissionId(),
                d.revisedReleaseId());
    }
}
