package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of {@code dti.review.decided.v1} (docs/events/dti.review.decided.v1.schema.json). */
public record ReviewDecided(String unitCode, String frameworkCode, String period, UUID submissionId, String decision,
                            String reviewedBy, OffsetDateTime decidedAt, String comment) {
}
