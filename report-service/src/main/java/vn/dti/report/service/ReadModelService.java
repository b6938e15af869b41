package vn.dti.report.service;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.dti.report.mapping.IncomingEvents.PeriodChanged;
import vn.dti.report.mapping.IncomingEvents.SubmissionAccepted;
import vn.dti.report.mapping.IncomingEvents.UnitChanged;
import vn.dti.report.messaging.EventParser.Incoming;
import vn.dti.report.repository.ReadModelRepository;

/**
 * Applies a batch of incoming events to the read model in ONE transaction: the processed-event
 * rows (idempotency by {@code ce_id}) and the effects. A duplicate (an id seen before, or twice in
 * the batch) changes nothing.
 */
@ApplicationScoped
public class ReadModelService {

    @Inject
    DataSource dataSource;

    @Inject
    ReadModelRepository repository;

    @Inject
    MeterRegistry metrics;

    /** Applies the events; returns those that were new (the rest were duplicates), once committed. */
    public List<Incoming> apply(List<Incoming> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Incoming> applied = QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            try (Connection conn = dataSource.getConnection()) {
                return applyIn(conn, events);
            }
        });
        applied.forEach(e -> metrics.counter("dti.consumer.events", "type", e.type().type).increment());
        return applied;
    }

    private List<Incoming> applyIn(Connection conn, List<Incoming> events) throws Exception {
        List<ReadModelRepository.Processed> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Incoming e : events) {
            if (seen.add(e.eventId())) {
                ids.add(new ReadModelRepository.Processed(e.eventId(), e.type().type, e.record().topic()));
            }
        }
        Set<String> fresh = repository.markProcessed(conn, ids);
        List<UnitChanged> units = new ArrayList<>();
        List<JsonNode> frameworks = new ArrayList<>();
        List<PeriodChanged> periods = new ArrayList<>();
        List<SubmissionAccepted> submissions = new ArrayList<>();
        List<JsonNode> standings = new ArrayList<>();
        List<Incoming> applied = new ArrayList<>();
        for (Incoming e : events) {
            if (!fresh.remove(e.eventId())) {
                continue; // applied before, or a second copy in this batch
            }
            applied.add(e);
            switch (e.type()) {
                case UNIT_CHANGED -> units.add((UnitChanged) e.payload());
                case FRAMEWORK_PUBLISHED -> frameworks.add((JsonNode) e.payload());
                case PERIOD_CHANGED -> periods.add((PeriodChanged) e.payload());
                case SUBMISSION_ACCEPTED -> submissions.add((SubmissionAccepted) e.payload());
                case STANDINGS_RECOMPUTED -> standings.add((JsonNode) e.payload());
            }
        }
        if (!frameworks.isEmpty()) {
            repository.upsertFrameworks(conn, frameworks);
        }
        if (!periods.isEmpty()) {
            repository.upsertPeriods(conn, periods);
        }
        if (!units.isEmpty()) {
            repository.upsertUnits(conn, units);
        }
        if (!submissions.isEmpty()) {
            repository.upsertValues(conn, submissions);
        }
        if (!standings.isEmpty()) {
            repository.upsertStandings(conn, standings);
        }
        return applied;
    }
}
