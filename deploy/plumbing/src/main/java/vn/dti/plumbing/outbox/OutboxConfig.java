package vn.dti.plumbing.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The outbox relay of a service that publishes events (keys in docs/operations.md). */
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
    @WithDefault("/dti/${quarkus.application.name}")
    String source();

    /**
     * The transaction-scoped advisory lock that lets one replica at a time relay. It only has to be
     * the same for every replica of a service (each service has its own database); the default
     * spells "DTIOUT", and ranking-service keeps its own ("RANKOUT") so a rolling upgrade never
     * runs two relays at once.
     */
    @WithDefault("75128797877588")
    long advisoryLock();
}
