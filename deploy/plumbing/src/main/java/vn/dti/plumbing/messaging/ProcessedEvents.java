package vn.dti.plumbing.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.dti.plumbing.messaging.EventParser.Incoming;

/**
 * The processed-event guard (idempotency by {@code ce_id}) around a service's read-model writes:
 * a batch is applied in ONE transaction that first inserts the events' ids into
 * {@code processed_event}; only the events whose id was new (and the first copy of an id that
 * comes twice in the batch) reach the service's effects. A duplicate changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** The service's writes for the new events of a batch, on the batch's connection and transaction. */
    @FunctionalInterface
    public interface Effects {
        void apply(Connection conn, List<Incoming> fresh) throws Exception;
    }

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    /** Applies the new events of {@code events}; returns them (the rest were duplicates), once committed. */
    public List<Incoming> applyOnce(List<Incoming> events, Effects effects) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Incoming> applied = QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            try (Connection conn = dataSource.getConnection()) {
                List<Incoming> fresh = markProcessed(conn, events);
                effects.apply(conn, fresh);
                return fresh;
            }
        });
        applied.forEach(e -> metrics.counter("dti.consumer.events", "type", e.type().type).increment());
        return applied;
    }

    /** Inserts the events' ids; returns the events that were new, in batch order, each id once. */
    private static List<Incoming> markProcessed(Connection conn, List<Incoming> events) throws SQLException {
        Map<String, Incoming> firstCopies = new LinkedHashMap<>();
        for (Incoming e : events) {
            firstCopies.putIfAbsent(e.eventId(), e);
        }
        Set<String> fresh = new HashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into processed_event (event_id, event_type, topic)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[])
                on conflict (event_id) do nothing returning event_id""")) {
            ps.setArray(1, conn.createArrayOf("varchar", firstCopies.values().stream().map(Incoming::eventId).toArray()));
            ps.setArray(2, conn.createArrayOf("varchar", firstCopies.values().stream().map(e -> e.type().type).toArray()));
            ps.setArray(3, conn.createArrayOf("varchar", firstCopies.values().stream().map(e -> e.record().topic()).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
        }
        List<Incoming> applied = new ArrayList<>();
        for (Incoming e : firstCopies.values()) {
            if (fresh.contains(e.eventId())) {
                applied.add(e); // not applied before, and the first copy in this batch
            }
        }
        return applied;
    }
}
