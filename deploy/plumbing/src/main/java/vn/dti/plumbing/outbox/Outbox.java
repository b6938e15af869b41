package vn.dti.plumbing.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.plumbing.events.EventTypes;

/**
 * Writes an event in the caller's transaction (never on its own): if the business change rolls
 * back, so does the event. {@link OutboxRelay} publishes it after the commit, woken by
 * {@link Appended} (observed after a successful commit).
 *
 * <p>The payload column is {@code json}, not {@code jsonb}: the relay publishes exactly the text
 * that was written (ranking-service serves the same bytes from its API).
 */
@ApplicationScoped
public class Outbox {

    /** Fired with every append; the relay observes it after a successful commit to publish at once. */
    public record Appended() {
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Event<Appended> appended;

    /**
     * Appends an event; {@code payload} is serialised with the application's ObjectMapper, or
     * written as it is when it is already a JSON text (a String).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventTypes type, String aggregateId, String key, Object payload) {
        UUID eventId = UUID.randomUUID();
        String body;
        try {
            body = payload instanceof String s ? s : json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload cannot be serialised", e);
        }
        // Within the transaction the pool hands out the transaction's own connection (the one
        // the caller's JPA session or JDBC code writes on), so the row commits with the change.
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("""
                     insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at,
                                               traceparent)
                     values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?)""")) {
            ps.setObject(1, eventId);
            ps.setString(2, type.aggregateType);
            ps.setString(3, aggregateId);
            ps.setString(4, type.topic);
            ps.setString(5, key);
            ps.setString(6, type.type);
            ps.setString(7, body);
            ps.setObject(8, OffsetDateTime.now());
            // the trace of the request (or of the consumed event) that wrote it; the relay continues it
            ps.setString(9, TraceContext.current());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The event cannot be written to the outbox", e);
        }
        appended.fire(new Appended());
        return eventId;
    }
}
