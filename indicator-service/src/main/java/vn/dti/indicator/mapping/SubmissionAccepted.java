package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payload of {@code dti.submission.accepted.v1} (docs/events/dti.submission.accepted.v1.schema.json). */
public record SubmissionAccepted(UUID submissionId, String unitCode, String frameworkCode, String period,
                                 OffsetDateTime receivedAt, boolean late, List<Value> values) {

    public record Value(String indicatorCode, double value) {
    }

    public static SubmissionAccepted of(SubmissionView s) {
        return new SubmissionAccepted(s.id(), s.unitCode(), s.frameworkCode(), s.period(), s.receivedAt(), s.late(),
                s.values().stream().map(v -> new Value(v.indicatorCode(), v.value())).toList());
    }
}
