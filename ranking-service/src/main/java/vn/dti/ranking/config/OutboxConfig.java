package vn.dti.ranking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dti.outbox")
public interface OutboxConfig {
    /** Events sent to Kafka per relay round. */
    @WithDefault("500")
    int batchSize();

    /** How often the relay looks for events when nobody woke it. */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /** Pause after a failed publish (broker down) before retrying. */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /** CloudEvents {@code source} of what this service emits. */
    @WithDefault("/dti/ranking-service")
    String source();
}
