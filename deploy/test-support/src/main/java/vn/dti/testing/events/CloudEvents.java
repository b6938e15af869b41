package vn.dti.testing.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * Produces CloudEvents into the real test broker as indicator-service and ranking-service do
 * (binary mode, ce_* headers), with payloads checked against docs/events before they are sent.
 * A service's test {@code Events} extends this class with the shorthands its tests use, so they
 * call {@code Events.send(...)} and {@code Events.unit(...)} alike.
 */
public class CloudEvents {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** RFC 3339 always with seconds (OffsetDateTime.toString drops zero seconds, which the schemas refuse). */
    public static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    private static KafkaProducer<String, byte[]> producer;

    protected CloudEvents() {
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** A unit version ({@code dti.unit.changed.v1}); {@code group} is a ministry's ranking group (null for provinces). */
    public static String unitVersion(String code, String name, String nameEn, String type, String group, String validFrom,
                                     String validTo, String... predecessors) {
        ObjectNode u = JSON.createObjectNode();
        u.put("code", code).put("name", name).put("nameEn", nameEn).put("type", type).put("group", group)
                .put("region", "Test region").put("centrallyRun", false).put("validFrom", validFrom).put("validTo", validTo);
        ArrayNode preds = u.putArray("predecessors");
        for (String p : predecessors) {
            preds.add(p);
        }
        u.put("changedAt", now());
        return send("dti.units", code, "dti.unit.changed.v1", u.toString());
    }

    /** The schedule of an annual period ({@code dti.period.changed.v1}). */
    public static String periodSchedule(String frameworkCode, int year, String dueAt, String closesAt) {
        ObjectNode p = JSON.createObjectNode();
        p.put("frameworkCode", frameworkCode).put("period", Integer.toString(year)).put("periodType", "ANNUAL")
                .put("startsOn", year + "-01-01").put("endsOn", year + "-12-31")
                .put("dueAt", dueAt).put("closesAt", closesAt).put("changedAt", now());
        return send("dti.frameworks", frameworkCode, "dti.period.changed.v1", p.toString());
    }

    /** Publishes a framework document ({@code dti.framework.published.v1}); lifecycle fields are added here. */
    public static String framework(String document) {
        try {
            ObjectNode doc = (ObjectNode) JSON.readTree(document);
            doc.put("version", 1).put("status", "PUBLISHED").put("publishedAt", now());
            return send("dti.frameworks", doc.get("code").asText(), "dti.framework.published.v1", doc.toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A submission payload ({@code dti.submission.accepted.v1}); values by indicator code, in order. */
    public static String submissionPayload(String unit, String frameworkCode, String period, String receivedAt, boolean late,
                                           Map<String, Double> values) {
        ObjectNode s = JSON.createObjectNode();
        s.put("submissionId", UUID.randomUUID().toString()).put("unitCode", unit).put("frameworkCode", frameworkCode)
                .put("period", period).put("receivedAt", receivedAt).put("late", late);
        ArrayNode list = s.putArray("values");
        values.forEach((code, value) -> list.addObject().put("indicatorCode", code).put("value", value));
        return s.toString();
    }

    public static String submission(String unit, String frameworkCode, String period, String receivedAt, boolean late,
                                    Map<String, Double> values) {
        return send("dti.submissions", unit, "dti.submission.accepted.v1",
                submissionPayload(unit, frameworkCode, period, receivedAt, late, values));
    }

    /**
     * A dispute just filed ({@code dti.dispute.changed.v1}, produced by indicator-service on {@code dti.submissions}):
     * the consumers of that topic other than its producer must skip it.
     */
    public static String disputeChangedPayload(String unit, String frameworkCode, String period) {
        ObjectNode d = JSON.createObjectNode();
        String at = now();
        d.put("disputeId", UUID.randomUUID().toString()).put("change", "FILED").put("changedAt", at)
                .put("releaseId", UUID.randomUUID().toString()).put("frameworkCode", frameworkCode).put("period", period)
                .put("revision", 1).put("unitCode", unit).putNull("indicatorCode").put("reason", "Counted for the wrong year.")
                .put("status", "OPEN").put("filedBy", "submitter-" + unit).put("filedAt", at).putNull("resolution")
                .putNull("correctionSubmissionId").putNull("revisedReleaseId");
        return d.toString();
    }

    /** Values in the order given: {@code values("A1", 80, "A2", 1)}. */
    public static Map<String, Double> values(Object... codeAndValue) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            map.put((String) codeAndValue[i], ((Number) codeAndValue[i + 1]).doubleValue());
        }
        return map;
    }

    /** Sends a valid event (the payload is checked against its schema first); returns its ce_id. */
    public static String send(String topic, String key, String ceType, String payload) {
        String id = UUID.randomUUID().toString();
        sendWithId(id, topic, key, ceType, payload);
        return id;
    }

    /** Sends a valid event with a given ce_id (a redelivery keeps its id). */
    public static void sendWithId(String id, String topic, String key, String ceType, String payload) {
        EventSchemas.requireValid(ceType, payload);
        sendRaw(topic, key, payload.getBytes(StandardCharsets.UTF_8), ceHeaders(id, ceType));
    }

    /** A valid event as a record for {@link #sendAll}, its payload checked against the schema. */
    public static ProducerRecord<String, byte[]> record(String topic, String key, String ceType, String payload) {
        EventSchemas.requireValid(ceType, payload);
        return rawRecord(topic, key, payload.getBytes(StandardCharsets.UTF_8), ceHeaders(UUID.randomUUID().toString(), ceType));
    }

    /** The ce_* headers the producers write; a null id or type is left out (poison records). */
    public static Map<String, String> ceHeaders(String id, String ceType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        if (id != null) {
            headers.put("ce_id", id);
        }
        if (ceType != null) {
            headers.put("ce_type", ceType);
        }
        headers.put("ce_source", ceType != null && ceType.startsWith("dti.standings") ? "/dti/ranking-service" : "/dti/indicator-service");
        headers.put("ce_time", now());
        headers.put("content-type", "application/json");
        return headers;
    }

    /** Sends anything, poison included, and waits for the broker's acknowledgement. */
    public static RecordMetadata sendRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        try {
            return producer().send(rawRecord(topic, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Sends many records without waiting for each acknowledgement (a burst), then waits for all. */
    public static void sendAll(List<ProducerRecord<String, byte[]>> records) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (ProducerRecord<String, byte[]> r : records) {
            acks.add(producer().send(r));
        }
        producer().flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static ProducerRecord<String, byte[]> rawRecord(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(new RecordHeader(name, v.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    public static String now() {
        return RFC3339.format(OffsetDateTime.now(ZoneOffset.UTC));
    }
}
