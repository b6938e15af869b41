package vn.dti.load;

/**
 * When the n-th request of an open-model run is due: {@code start + n / rate}, independent of when
 * earlier requests were answered (so a slow server cannot slow the sender down and hide its queue:
 * coordinated omission). Latency is counted from the due time, not from the moment it was sent.
 */
record Schedule(long startNanos, double ratePerSecond) {

    Schedule {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
        }
    }

    /** Due time of request {@code n} (0-based), in {@link System#nanoTime()} terms. */
    long due(long n) {
        return startNanos + Math.round(n * 1e9 / ratePerSecond);
    }

    /** Requests due in [startNanos, until): how many an exact sender sends before {@code until}. */
    long dueBefore(long untilNanos) {
        if (untilNanos <= startNanos) {
            return 0;
        }
        long n = (long) Math.ceil((untilNanos - startNanos) * ratePerSecond / 1e9);
        while (n > 0 && due(n - 1) >= untilNanos) {
            n--;
        }
        while (due(n) < untilNanos) {
            n++;
        }
        return n;
    }

    /** The latency of a request answered at {@code answeredNanos}: from its due time, at least 1 µs. */
    static long latencyMicros(long dueNanos, long answeredNanos) {
        return Math.max(1, (answeredNanos - dueNanos) / 1000);
    }
}
