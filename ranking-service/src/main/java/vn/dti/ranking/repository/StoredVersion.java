package vn.dti.ranking.repository;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * One standings version as stored: the body exactly as first served, and its provenance: per unit
 * code, per indicator code, the id of the submission the value came from.
 */
public record StoredVersion(String frameworkCode, String period, String basis, int version,
                            OffsetDateTime computedAt, String body, Map<String, Map<String, UUID>> sources) {
}
