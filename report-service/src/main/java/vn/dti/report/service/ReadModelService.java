package vn.dti.report.service;

import static vn.dti.plumbing.events.EventTypes.FRAMEWORK_PUBLISHED;
import static vn.dti.plumbing.events.EventTypes.PERIOD_CHANGED;
import static vn.dti.plumbing.events.EventTypes.STANDINGS_RECOMPUTED;
import static vn.dti.plumbing.events.EventTypes.SUBMISSION_ACCEPTED;
import static vn.dti.plumbing.events.EventTypes.UNIT_CHANGED;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.messaging.EventHandler;
import vn.dti.plumbing.messaging.EventParser.Incoming;
import vn.dti.plumbing.messaging.Payloads;
import vn.dti.plumbing.messaging.ProcessedEvents;
import vn.dti.report.mapping.IncomingEvents.PeriodChanged;
import vn.dti.report.mapping.IncomingEvents.SubmissionAccepted;
import vn.dti.report.mapping.IncomingEvents.UnitChanged;
import vn.dti.report.repository.ReadModelRepository;

/**
 * Applies a batch of incoming events to the read model in ONE transaction: the processed-event
 * rows (idempotency by {@code ce_id}, {@link ProcessedEvents}) and the effects. A duplicate (an
 * id seen before, or twice in the batch) changes nothing.
 */
@ApplicationScoped
public class ReadModelService implements EventHandler {

    /** Every type of the contract; frameworks, standings and releases are kept as the documents they are. */
    private static final Map<EventTypes, Class<?>> CONSUMED = Map.of(UNIT_CHANGED, UnitChanged.class,
            PERIOD_CHANGED, PeriodChanged.class, SUBMISSION_ACCEPTED, SubmissionAccepted.class,
            FRAMEWORK_PUBLISHED, JsonNode.class, STANDINGS_RECOMPUTED, JsonNode.class,
            EventTypes.REVIEW_DECIDED, vn.dti.report.mapping.IncomingEvents.ReviewDecided.class,
            EventTypes.RELEASE_PUBLISHED, JsonNode.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    ReadModelRepository repository;

    @Override
    public Map<EventTypes, Class<?>> consumed() {
        return CONSUMED;
    }

    /** Applies the events; returns those that were new (the rest were duplicates), once committed. */
    @Override
    public List<Incoming> apply(List<Incoming> events) {
        return processed.applyOnce(events, (conn, fresh) -> write(conn, new Payloads(fresh)));
    }

    private void write(Connection conn, Payloads batch) throws Exception {
        batch.write(FRAMEWORK_PUBLISHED, JsonNode.class, frameworks -> repository.upsertFrameworks(conn, frameworks));
        batch.write(PERIOD_CHANGED, PeriodChanged.class, periods -> repository.upsertPeriods(conn, periods));
        batch.write(UNIT_CHANGED, UnitChanged.class, units -> repository.upsertUnits(conn, units));
        batch.write(SUBMISSION_ACCEPTED, SubmissionAccepted.class, values -> repository.upsertValues(conn, values));
        batch.write(STANDINGS_RECOMPUTED, JsonNode.class, standings -> repository.upsertStandings(conn, standings));
        batch.write(EventTypes.REVIEW_DECIDED, vn.dti.report.mapping.IncomingEvents.ReviewDecided.class,
                decisions -> repository.upsertDecisions(conn, decisions));
        batch.write(EventTypes.RELEASE_PUBLISHED, JsonNode.class, releases -> repository.insertReleases(conn, releases));
    }
}
