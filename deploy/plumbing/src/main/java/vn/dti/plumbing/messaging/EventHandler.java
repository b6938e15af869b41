package vn.dti.plumbing.messaging;

import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dti.plumbing.events.EventTypes;

/**
 * What a consuming service supplies to the one consumer loop ({@link EventConsumer}): the types it
 * consumes (their topics are subscribed; any other {@code ce_type} is a poison record) with the
 * class each validated payload is read into, and how it applies a batch to its read model.
 * Implemented once per service, in its service layer.
 */
public interface EventHandler {

    /** The consumed types, each with the class its payload is read into (JsonNode to keep the document). */
    Map<EventTypes, Class<?>> consumed();

    /**
     * Types of the contract that travel on a consumed topic but that this service does not apply
     * (e.g. {@code dti.standings.recomputed.v1} for a consumer of releases on {@code dti.standings}):
     * such a record is skipped (its offset committed), neither applied nor dead-lettered.
     */
    default Set<EventTypes> skipped() {
        return Set.of();
    }

    /**
     * Applies the events in ONE transaction, idempotent by {@code ce_id} (see {@link ProcessedEvents});
     * returns those that were new, once committed. Throws if the batch cannot be stored.
     */
    List<EventParser.Incoming> apply(List<EventParser.Incoming> events);
}
