package vn.dti.ranking.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import vn.dti.ranking.repository.StandingsRepository.Key;

/**
 * When each (framework, period) may be recomputed next, for {@link RecomputeWorker} (one thread;
 * not thread-safe). Times are {@link System#nanoTime()} values passed in, so the rules can be
 * tested without waiting:
 * <ul>
 *   <li>Coalescing is per key: a key that was recomputed waits out the coalescing window since
 *       the start of its own previous recompute; other keys do not wait for it. A recompute that
 *       found nothing to do (another replica covered the key) does not count.</li>
 *   <li>A key whose recompute fails is retried after a back-off that doubles with each failure in
 *       a row (the retry back-off, 2×, 4×, … up to the maximum); a success ends it.</li>
 * </ul>
 */
final class RecomputeSchedule {

    private record Failure(int count, long retryAt) {
    }

    private final long window;
    private final long backoff;
    private final long maxBackoff;
    private final Map<Key, Long> lastStart = new HashMap<>();
    private final Map<Key, Failure> failures = new HashMap<>();

    RecomputeSchedule(long windowNanos, long backoffNanos, long maxBackoffNanos) {
        this.window = windowNanos;
        this.backoff = Math.max(1, backoffNanos);
        this.maxBackoff = Math.max(this.backoff, maxBackoffNanos);
    }

    /** Nanoseconds until {@code key} may be recomputed; 0 when it may be now. */
    long wait(Key key, long now) {
        long wait = 0;
        Long start = lastStart.get(key);
        if (start != null) {
            wait = Math.max(wait, window - (now - start));
        }
        Failure failure = failures.get(key);
        if (failure != null) {
            wait = Math.max(wait, failure.retryAt() - now);
        }
        return wait;
    }

    /** A recompute that started at {@code start} wrote a new version. Returns the failures it ends (0 if none). */
    int recomputed(Key key, long start) {
        lastStart.put(key, start);
        return succeeded(key);
    }

    /** A recompute found nothing to do: no version, no pacing. Returns the failures it ends (0 if none). */
    int succeeded(Key key) {
        Failure ended = failures.remove(key);
        return ended == null ? 0 : ended.count();
    }

    /** A recompute failed at {@code now}: returns the failures in a row, this one included. */
    int failed(Key key, long now) {
        Failure previous = failures.get(key);
        int count = previous == null ? 1 : previous.count() + 1;
        failures.put(key, new Failure(count, now + backoff(count)));
        return count;
    }

    /** The back-off after {@code count} failures in a row: backoff × 2^(count − 1), at most the maximum. */
    long backoff(int count) {
        long delay = backoff;
        for (int i = 1; i < count && delay < maxBackoff; i++) {
            delay = delay > maxBackoff / 2 ? maxBackoff : delay * 2;
        }
        return Math.min(delay, maxBackoff);
    }

    /**
     * Forgets what no longer matters: starts older than the window, and failures of keys that are
     * no longer dirty (another replica computed them).
     */
    void prune(long now, Collection<Key> dirty) {
        lastStart.values().removeIf(start -> now - start >= window);
        failures.keySet().retainAll(new HashSet<>(dirty));
    }

    /** Number of keys remembered (pacing or failing); for tests. */
    int size() {
        Set<Key> all = new HashSet<>(lastStart.keySet());
        all.addAll(failures.keySet());
        return all.size();
    }
}
