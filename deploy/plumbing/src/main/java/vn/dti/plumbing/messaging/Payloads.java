package vn.dti.plumbing.messaging;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.messaging.EventParser.Incoming;

/** The payloads of a batch grouped by type, in batch order, for writes that take a whole batch. */
public final class Payloads {

    /** A bulk write of the payloads of one type. */
    @FunctionalInterface
    public interface Write<T> {
        void accept(List<T> payloads) throws Exception;
    }

    private final Map<EventTypes, List<Object>> byType = new EnumMap<>(EventTypes.class);

    public Payloads(List<Incoming> events) {
        for (Incoming e : events) {
            byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e.payload());
        }
    }

    /** Runs {@code write} with the payloads of {@code type}, read as {@code as}, if the batch has any. */
    public <T> void write(EventTypes type, Class<T> as, Write<T> write) throws Exception {
        List<Object> payloads = byType.get(type);
        if (payloads != null && !payloads.isEmpty()) {
            write.accept(payloads.stream().map(as::cast).toList());
        }
    }
}
