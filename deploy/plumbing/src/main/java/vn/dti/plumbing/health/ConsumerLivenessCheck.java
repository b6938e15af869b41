package vn.dti.plumbing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import vn.dti.plumbing.messaging.EventConsumer;

/**
 * DOWN when the event consumer's loop died on an unexpected failure: it does not restart by
 * itself, so the process must be restarted (an orchestrator does that on a failed liveness probe).
 * A consumer that waits for the broker or retries a batch is alive; one stopped on purpose (or
 * disabled by configuration) is not a failure.
 */
@Liveness
@ApplicationScoped
public class ConsumerLivenessCheck implements HealthCheck {

    @Inject
    EventConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        boolean failed = consumer.hasFailed();
        return HealthCheckResponse.named(ConsumerHealthCheck.NAME).status(!failed)
                .withData("state", failed ? "stopped after a failure (see the service log)" : "alive").build();
    }
}
