package vn.dti.indicator;

import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dti.testing.events.CloudEvents;

/**
 * Publishes {@code dti.release.published.v1} onto {@code dti.standings} as ranking-service does (the
 * payload of the release contract, checked against its schema before it is sent).
 */
final class Releases extends CloudEvents {

    private Releases() {
    }

    /** A release of {@code revision} ranking {@code units} in that order; returns its ce_id. */
    static String publish(UUID releaseId, String frameworkCode, String period, int revision, int version, UUID supersedes,
                          String... units) {
        return send("dti.standings", frameworkCode + "/" + period, "dti.release.published.v1",
                payload(releaseId, frameworkCode, period, revision, version, supersedes, units));
    }

    static String payload(UUID releaseId, String frameworkCode, String period, int revision, int version, UUID supersedes,
                          String... units) {
        ObjectNode r = JSON.createObjectNode();
        r.put("releaseId", releaseId.toString()).put("frameworkCode", frameworkCode).put("period", period)
                .put("revision", revision).put("version", version).put("basis", "submitted")
                .put("label", "DTI " + period + " official results, revision " + revision).putNull("note")
                .put("releasedBy", "committee").put("releasedAt", now())
                .put("supersedes", supersedes == null ? null : supersedes.toString());
        r.putArray("changes");
        ArrayNode provenance = r.putArray("provenance");
        for (String unit : units) {
            provenance.addObject().put("unitCode", unit).putArray("submissionIds");
        }
        r.set("standings", standings(frameworkCode, period, version, units));
        return r.toString();
    }

    /** A standings body ranking {@code units} in that order, scores 0.9, 0.8, ... */
    static ObjectNode standings(String frameworkCode, String period, int version, String... units) {
        ObjectNode s = JSON.createObjectNode();
        s.put("frameworkCode", frameworkCode).put("period", period).put("version", version).put("computedAt", now())
                .put("basis", "submitted").put("unitCount", units.length).put("node", "DTI");
        ArrayNode entries = s.putArray("entries");
        for (int i = 0; i < units.length; i++) {
            ObjectNode e = entries.addObject();
            e.put("rank", i + 1).put("unitCode", units[i]).put("unitName", "Tỉnh " + units[i]).put("score", 0.9 - 0.1 * i)
                    .put("complete", false).put("missing", 20);
            e.putArray("children");
        }
        return s;
    }
}
