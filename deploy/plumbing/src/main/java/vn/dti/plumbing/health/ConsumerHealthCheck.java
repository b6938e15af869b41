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
 * (database away) is running, not down; a consumer whose credentials the broker refuses is down
 * (it keeps trying, and is ready again once they are accepted: bad configuration must show). The body says only that in general words: the cause of a
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
        boolean refused = running && consumer.credentialsRefused();
        String state = !running ? "stopped"
                : refused ? "the broker refuses the credentials (see the service log)"
                : consumer.isRetrying() ? "retrying a batch (see the service log)" : "consuming";
        return HealthCheckResponse.named(NAME).status(running && !refused).withData("state", state).build();
    }
}
