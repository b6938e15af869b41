package vn.dti.plumbing.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * One timer per hop of a change on its way to the standings ({@code dti.freshness.*}, docs/operations.md
 * "Freshness"), each with a percentile histogram so p50/p99 per hop can be read in Prometheus and a
 * regression shows in which hop it is. Every value is "now minus a timestamp that travelled with the
 * data", so nothing is looked up to record it: no database round trip per event.
 */
@ApplicationScoped
public class Freshness {

    /** An outbox row's creation (in the writer's transaction) to the broker's acknowledgement; tags topic, type. */
    public static final String OUTBOX_PUBLISHED = "dti.freshness.outbox.published";
    /** An event's CloudEvent {@code time} to the commit of the consumer's batch that applied it; tags topic, type. */
    public static final String EVENT_APPLIED = "dti.freshness.event.applied";
    /** The Kafka record's timestamp (set by the producer when the relay sent it) to that same commit; tags topic, type. */
    public static final String EVENT_DELIVERED = "dti.freshness.event.delivered";

    @Inject
    MeterRegistry metrics;

    /** Records {@code now - since} in the timer {@code name}; a negative age (clocks of two hosts) counts as 0. */
    public void record(String name, Instant since, Instant now, String... tags) {
        if (since == null) {
            return;
        }
        Duration age = Duration.between(since, now);
        timer(name, tags).record(age.isNegative() ? Duration.ZERO : age);
    }

    public void record(String name, OffsetDateTime since, Instant now, String... tags) {
        record(name, since == null ? null : since.toInstant(), now, tags);
    }

    /** Records a duration measured on this host (e.g. a recompute's own time). */
    public void record(String name, Duration duration, String... tags) {
        timer(name, tags).record(duration.isNegative() ? Duration.ZERO : duration);
    }

    private Timer timer(String name, String... tags) {
        // Micrometer returns the registered timer for the same name and tags (a map lookup).
        return Timer.builder(name).tags(Tags.of(tags)).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(metrics);
    }
}
