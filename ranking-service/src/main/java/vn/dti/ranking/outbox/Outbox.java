package vn.dti.ranking.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.ranking.messaging.EventTypes;

/**
 * Writes an event on the caller's connection, inside the caller's transaction (never on its own):
 * if the new standings roll back, so does their event. {@link OutboxRelay} publishes it after the
 * commit (the caller wakes it).
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    public UUID append(Connection conn, EventTypes type, String aggregateId, String key, Object payload) throws SQLException {
        UUID eventId = UUID.randomUUID();
        String body;
        try {
            body = payload instanceof String s ? s : json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload cannot be serialised", e);
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at)
                values (?, ?, ?, ?, ?, ?, cast(? as json), ?)""")) {
            ps.setObject(1, eventId);
            ps.setString(2, type.aggregateType);
            ps.setString(3, aggregateId);
            ps.setString(4, type.topic);
            ps.setString(5, key);
            ps.setString(6, type.type);
            ps.setString(7, body);
            ps.setObject(8, OffsetDateTime.now());
            ps.executeUpdate();
        }
        return eventId;
    }
}
