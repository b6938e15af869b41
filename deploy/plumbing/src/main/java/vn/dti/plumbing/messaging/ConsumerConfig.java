package vn.dti.plumbing.messaging;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The event consumer of a service that keeps a read model (keys in docs/operations.md). */
@ConfigMapping(prefix = "dti.consumer")
public interface ConsumerConfig {
    /** Off only for tools that need the API without Kafka; the service is not ready without it. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("${quarkus.application.name}")
    String groupId();

    /** Records applied per database transaction (a burst is applied in bulk, not one by one). */
    @WithDefault("500")
    int maxPollRecords();

    /**
     * Bytes (keys and values as sent, uncompressed) applied per transaction at most: a polled batch is
     * split into parts of at most this size (a larger record is a part by itself), each parsed,
     * applied and committed before the next is parsed. Bounded by count alone, a burst of standings
     * events (56 KB each for 63 units; Kafka fetches them compressed, 1 MB of them at a time per
     * partition) was parsed at once and filled the report-service's heap (docs/performance.md, "Memory").
     */
    @WithDefault("2M")
    MemorySize maxBatchBytes();

    @WithDefault("PT0.2S")
    Duration pollTimeout();

    /** Pause before retrying a batch that failed for a transient reason (database down). */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /** Each consuming service names its own ({@code dti.ranking.dlq}, {@code dti.report.dlq}). */
    @WithDefault("${quarkus.application.name}.dlq")
    String deadLetterTopic();
}
