package vn.dti.indicator.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an event in the caller's transaction (never on its own): if the business change rolls
 * back, so does the event. {@link OutboxRelay} publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** Fired with every append; the relay observes it after a successful commit to publish at once. */
    public record Appended() {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<Appended> appended;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventTypes type, String aggregateId, String key, Object payload) {
        UUID eventId = UUID.randomUUID();
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload cannot be serialised", e);
        }
        em.createNativeQuery("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8)""")
                .setParameter(1, eventId)
                .setParameter(2, type.aggregateType)
                .setParameter(3, aggregateId)
                .setParameter(4, type.topic)
                .setParameter(5, key)
                .setParameter(6, type.type)
                .setParameter(7, body)
                .setParameter(8, OffsetDateTime.now())
                .executeUpdate();
        appended.fire(new Appended());
        return eventId;
    }
}
