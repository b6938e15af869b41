package vn.dti.plumbing.messaging;

import java.util.List;
import java.util.Map;

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
     * Applies the events in ONE transaction, idempotent by {@code ce_id} (see {@link ProcessedEvents});
     * returns those that were new, once committed. Throws if the batch cannot be stored.
     */
    List<EventParser.Incoming> apply(List<EventParser.Incoming> events);
}
