package vn.dti.plumbing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

import vn.dti.plumbing.messaging.EventConsumer;

/**
 * Ready while the event consumer's thread runs (the database has its own check): without it the
 * read model silently falls behind. The consumer waiting for the broker or retrying a batch
 * (database away) is running, not down. The body says only that in general words: the cause of a
 * failure is in the log, never on this open endpoint.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    static final String NAME = "event-consumer";

    @Inject
    EventConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        boolean running = consumer.isRunning();
        String state = !running ? "stopped" : consumer.isRetrying() ? "retrying a batch (see the service log)" : "consuming";
        return HealthCheckResponse.named(NAME).status(running).withData("state", state).build();
    }
}
