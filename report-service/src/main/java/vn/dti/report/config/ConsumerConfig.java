package vn.dti.report.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The consumer of dti.units, dti.frameworks, dti.submissions and dti.standings. */
@ConfigMapping(prefix = "dti.consumer")
public interface ConsumerConfig {
    /** Off only for tools that need the API without Kafka; the service is not ready without it. */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("report-service")
    String groupId();

    /** Records applied per database transaction (a burst is applied in bulk, not one by one). */
    @WithDefault("500")
    int maxPollRecords();

    @WithDefault("PT0.2S")
    Duration pollTimeout();

    /** Pause before retrying a batch that failed for a transient reason (database down). */
    @WithDefault("PT1S")
    Duration retryBackoff();

    @WithDefault("dti.report.dlq")
    String deadLetterTopic();
}
