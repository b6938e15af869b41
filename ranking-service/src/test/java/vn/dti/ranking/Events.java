package vn.dti.ranking;

import java.time.OffsetDateTime;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;

import vn.dti.testing.events.CloudEvents;

/**
 * The events ranking-service consumes, as indicator-service publishes them, in the shorthands of its
 * tests; building, sending, schema checks and the ce_* headers come from {@link CloudEvents}.
 */
public final class Events extends CloudEvents {

    private Events() {
    }

    /** A province version ({@code dti.unit.changed.v1}). */
    public static String unit(String code, String name, String validFrom, String validTo, String... predecessors) {
        return unitOfType(code, name, "PROVINCE", null, validFrom, validTo, predecessors);
    }

    /** A unit version of any type; {@code group} is a ministry's ranking group (null for provinces). */
    public static String unitOfType(String code, String name, String type, String group, String validFrom, String validTo,
                                    String... predecessors) {
        return unitVersion(code, name, null, type, group, validFrom, validTo, predecessors);
    }

    /** A schedule of an annual period ({@code dti.period.changed.v1}), due by March, closed by April. */
    public static String period(String frameworkCode, int year) {
        return periodSchedule(frameworkCode, year, (year + 1) + "-03-31T23:59:59+07:00", (year + 1) + "-04-30T23:59:59+07:00");
    }

    /** An on-time submission payload ({@code dti.submission.accepted.v1}); values by indicator code, in order. */
    public static String submissionPayload(String unit, String frameworkCode, String period, OffsetDateTime receivedAt,
                                           Map<String, Double> values) {
        return submissionPayload(unit, frameworkCode, period, RFC3339.format(receivedAt), false, values);
    }

    public static String submission(String unit, String frameworkCode, String period, OffsetDateTime receivedAt,
                                    Map<String, Double> values) {
        return submission(unit, frameworkCode, period, RFC3339.format(receivedAt), false, values);
    }

    /** Sends a submission with a known id ({@code dti.submission.accepted.v1}); returns the submission id. */
    public static String submissionWithId(String submissionId, String unit, String frameworkCode, String period,
                                          OffsetDateTime receivedAt, Map<String, Double> values) {
        String payload = submissionPayload(unit, frameworkCode, period, receivedAt, values)
                .replaceFirst("\"submissionId\":\"[0-9a-f-]+\"", "\"submissionId\":\"" + submissionId + "\"");
        send("dti.submissions", unit, "dti.submission.accepted.v1", payload);
        return submissionId;
    }

    /** A review decision ({@code dti.review.decided.v1}); returns its ce_id. */
    public static String review(String unit, String frameworkCode, String period, String submissionId, String decision,
                                OffsetDateTime decidedAt) {
        String payload = JSON.createObjectNode().put("unitCode", unit).put("frameworkCode", frameworkCode).put("period", period)
                .put("submissionId", submissionId).put("decision", decision).put("reviewedBy", "reviewer")
                .put("decidedAt", RFC3339.format(decidedAt)).put("comment", "RETURN".equals(decision) ? "please check" : null)
                .toString();
        return send("dti.submissions", unit, "dti.review.decided.v1", payload);
    }

    /** A submission record for {@link #sendAll}, its payload checked against the schema. */
    public static ProducerRecord<String, byte[]> submissionRecord(String unit, String frameworkCode, String period,
                                                                  OffsetDateTime receivedAt, Map<String, Double> values) {
        return record("dti.submissions", unit, "dti.submission.accepted.v1",
                submissionPayload(unit, frameworkCode, period, receivedAt, values));
    }
}
