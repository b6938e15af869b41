package vn.dti.plumbing.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import vn.dti.plumbing.events.EventTypes;

/**
 * Step 1 of docs/events/README.md "How a consumer processes a record": choose the handler by
 * {@code ce_type}; an unknown type, a missing {@code ce_id}, a value that is not JSON or does not
 * validate against its schema makes a poison record.
 */
@ApplicationScoped
public class EventParser {

    /** A record ready to apply: its id, type, and the payload read as the handler asked. */
    public record Incoming(ConsumerRecord<String, byte[]> record, String eventId, EventTypes type, JsonNode json,
                           Object payload) {
    }

    /** A record that can never be applied, and why. */
    public record Poison(ConsumerRecord<String, byte[]> record, String reason) {
    }

    /** Either {@code incoming} or {@code poison} is set; neither for a record of a type the handler skips. */
    public record Parsed(Incoming incoming, Poison poison) {

        static final Parsed SKIPPED = new Parsed(null, null);

        /** A record of a type the handler skips on its topic ({@link EventHandler#skipped()}): nothing to do. */
        public boolean skipped() {
            return incoming == null && poison == null;
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    EventSchemas schemas;

    public Parsed parse(ConsumerRecord<String, byte[]> record, EventHandler handler) {
        String ceId = header(record, "ce_id");
        if (ceId == null || ceId.isBlank()) {
            return poison(record, "missing ce_id header");
        }
        if (ceId.length() > 200) {
            return poison(record, "ce_id longer than 200 characters");
        }
        String ceType = header(record, "ce_type");
        if (EventTypes.of(ceType).filter(t -> t.topic.equals(record.topic()) && handler.skipped().contains(t)).isPresent()) {
            return Parsed.SKIPPED;
        }
        EventTypes type = EventTypes.of(ceType).filter(handler.consumed()::containsKey).orElse(null);
        if (type == null) {
            return poison(record, ceType == null ? "missing ce_type header" : "unknown ce_type " + ceType);
        }
        if (!type.topic.equals(record.topic())) {
            return poison(record, "ce_type " + ceType + " does not belong on topic " + record.topic());
        }
        if (record.value() == null) {
            return poison(record, "no value (not JSON)");
        }
        JsonNode node;
        try {
            node = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(record.value());
        } catch (Exception e) {
            return poison(record, "value is not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || node.isMissingNode()) {
            return poison(record, "value is not JSON: empty");
        }
        String violations = schemas.violations(type, node);
        if (violations != null) {
            return poison(record, "value does not match the " + type.type + " schema: " + violations);
        }
        try {
            Class<?> payloadType = handler.consumed().get(type);
            Object payload = payloadType.isInstance(node) ? node : json.treeToValue(node, payloadType);
            return new Parsed(new Incoming(record, ceId, type, node, payload), null);
        } catch (Exception e) {
            return poison(record, "value cannot be read as " + type.type + ": " + firstLine(e.getMessage()));
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Parsed poison(ConsumerRecord<String, byte[]> record, String reason) {
        return new Parsed(null, new Poison(record, reason));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
