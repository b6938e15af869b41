package vn.dti.ranking.service;

import static vn.dti.plumbing.events.EventTypes.FRAMEWORK_PUBLISHED;
import static vn.dti.plumbing.events.EventTypes.PERIOD_CHANGED;
import static vn.dti.plumbing.events.EventTypes.REVIEW_DECIDED;
import static vn.dti.plumbing.events.EventTypes.SUBMISSION_ACCEPTED;
import static vn.dti.plumbing.events.EventTypes.UNIT_CHANGED;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.messaging.EventHandler;
import vn.dti.plumbing.messaging.EventParser.Incoming;
import vn.dti.plumbing.messaging.Payloads;
import vn.dti.plumbing.messaging.ProcessedEvents;
import vn.dti.ranking.mapping.IncomingEvents.PeriodChanged;
import vn.dti.ranking.mapping.IncomingEvents.ReviewDecided;
import vn.dti.ranking.mapping.IncomingEvents.SubmissionAccepted;
import vn.dti.ranking.mapping.IncomingEvents.UnitChanged;
import vn.dti.ranking.repository.ReadModelRepository;

/**
 * Applies a batch of incoming events to the read model in ONE transaction: the processed-event
 * rows (idempotency by {@code ce_id}, {@link ProcessedEvents}), the effects, and the change
 * counters of the standings they affect. A duplicate (an id seen before, or twice in the batch)
 * changes nothing. A batch that applied something wakes the recompute worker once it committed.
 */
@ApplicationScoped
public class ReadModelService implements EventHandler {

    /** Fired in a batch's transaction when it applied something; observed after the commit. */
    public record ReadModelChanged() {
    }

    /**
     * Its own standings events are produced here, not consumed (skipped on dti.standings); its own releases
     * are consumed too, so that a ranking-service rebuilt from the topics keeps every release.
     */
    private static final Map<EventTypes, Class<?>> CONSUMED = Map.of(UNIT_CHANGED, UnitChanged.class,
            FRAMEWORK_PUBLISHED, JsonNode.class, PERIOD_CHANGED, PeriodChanged.class, SUBMISSION_ACCEPTED, SubmissionAccepted.class,
            REVIEW_DECIDED, ReviewDecided.class, EventTypes.RELEASE_PUBLISHED, JsonNode.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    ReadModelRepository repository;

    @Inject
    Event<ReadModelChanged> changed;

    @Inject
    ReleaseService releases;

    @Override
    public Map<EventTypes, Class<?>> consumed() {
        return CONSUMED;
    }

    /** Applies the events; returns those that were new (the rest were duplicates), once committed. */
    @Override
    public List<Incoming> apply(List<Incoming> events) {
        return processed.applyOnce(events, this::applyIn);
    }

    private void applyIn(Connection conn, List<Incoming> fresh) throws Exception {
        Payloads batch = new Payloads(fresh);
        // Frameworks before everything that dirties by framework, so a batch that brings a
        // framework and its units dirties the framework's standings either way.
        batch.write(FRAMEWORK_PUBLISHED, JsonNode.class, frameworks -> repository.upsertFrameworks(conn, frameworks));
        batch.write(PERIOD_CHANGED, PeriodChanged.class, periods -> repository.upsertPeriods(conn, periods));
        batch.write(UNIT_CHANGED, UnitChanged.class, units -> repository.upsertUnits(conn, units));
        batch.write(SUBMISSION_ACCEPTED, SubmissionAccepted.class, values -> repository.upsertValues(conn, values));
        batch.write(REVIEW_DECIDED, ReviewDecided.class, decisions -> repository.upsertDecisions(conn, decisions));
        for (Incoming e : fresh) {
            if (e.type() == EventTypes.RELEASE_PUBLISHED) {
                releases.applyPublished(conn, e.eventId(), e.json()); // a release it holds already is left as it is
            }
        }
        boolean readModelChanged = fresh.stream().anyMatch(e -> e.type() != EventTypes.RELEASE_PUBLISHED);
        if (readModelChanged) {
            changed.fire(new ReadModelChanged()); // the recompute worker looks once this commits
        }
    }
}
