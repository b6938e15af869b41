package vn.dti.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dti.testing.events.CloudEvents;

/**
 * The events report-service consumes, as indicator-service and ranking-service publish them, in the
 * shorthands of its tests; building, sending, schema checks and the ce_* headers come from
 * {@link CloudEvents}.
 */
public final class Events extends CloudEvents {

    private Events() {
    }

    /** A province version ({@code dti.unit.changed.v1}), valid from {@code validFrom} on. */
    public static String unit(String code, String name, String nameEn, String validFrom) {
        return unitVersion(code, name, nameEn, "PROVINCE", null, validFrom, null);
    }

    /** A schedule of an annual period ({@code dti.period.changed.v1}), closed by June of the next year. */
    public static String period(String frameworkCode, int year, String dueAt) {
        return periodSchedule(frameworkCode, year, dueAt, (year + 1) + "-06-30T23:59:59+07:00");
    }

    /** One standings entry: rank, unit, score, complete, missing, then (pillar code, score, rank) triples. */
    public static ObjectNode entry(int rank, String unit, String name, double score, boolean complete, int missing, Object... children) {
        ObjectNode e = JSON.createObjectNode();
        e.put("rank", rank).put("unitCode", unit).put("unitName", name).put("score", score).put("complete", complete)
                .put("missing", missing);
        ArrayNode list = e.putArray("children");
        for (int i = 0; i < children.length; i += 3) {
            list.addObject().put("code", (String) children[i]).put("score", ((Number) children[i + 1]).doubleValue())
                    .put("rank", ((Number) children[i + 2]).intValue());
        }
        return e;
    }

    /** A standings payload as ranking-service publishes it ({@code dti.standings.recomputed.v1}). */
    public static String standingsPayload(String frameworkCode, String period, int version, String root, ObjectNode... entries) {
        ObjectNode s = JSON.createObjectNode();
        s.put("frameworkCode", frameworkCode).put("period", period).put("version", version).put("computedAt", now())
                .put("unitCount", entries.length).put("node", root);
        ArrayNode list = s.putArray("entries");
        for (ObjectNode e : entries) {
            list.add(e);
        }
        return s.toString();
    }

    public static String standings(String frameworkCode, String period, int version, String root, ObjectNode... entries) {
        return send("dti.standings", frameworkCode + "/" + period, "dti.standings.recomputed.v1",
                standingsPayload(frameworkCode, period, version, root, entries));
    }
}
