package vn.dti.plumbing.events;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a batch of events leaves once applied in order, computed before one bulk write: events can
 * arrive in any order and twice, so every read model keeps the newer state by the contract's rules.
 */
public final class Latest {

    private Latest() {
    }

    /** Per key, the item {@code keep(held, next)} keeps, in the order the keys were first seen. */
    public static <T> List<T> perKey(List<T> items, Function<T, String> key, BinaryOperator<T> keep) {
        Map<String, T> latest = new LinkedHashMap<>();
        for (T item : items) {
            latest.merge(key.apply(item), item, keep);
        }
        return new ArrayList<>(latest.values());
    }

    /**
     * Per {@code keyField}, the JSON document with the highest integer {@code versionField} (of equal
     * versions the later one): a framework published again under a higher version replaces the
     * earlier one, and a redelivered older version changes nothing.
     */
    public static List<JsonNode> highestVersion(List<JsonNode> documents, String keyField, String versionField) {
        return perKey(documents, d -> d.path(keyField).asText(),
                (held, next) -> next.path(versionField).asInt() >= held.path(versionField).asInt() ? next : held);
    }

    /**
     * Of two submissions of the same value, the one received later wins; on a tie the larger
     * submission id, so that every replica agrees (docs/events, submission.accepted).
     */
    public static boolean laterSubmission(OffsetDateTime receivedAt, UUID submissionId, OffsetDateTime thanReceivedAt,
                                          UUID thanSubmissionId) {
        int c = receivedAt.toInstant().compareTo(thanReceivedAt.toInstant());
        return c > 0 || (c == 0 && submissionId.toString().compareTo(thanSubmissionId.toString()) >= 0);
    }
}
