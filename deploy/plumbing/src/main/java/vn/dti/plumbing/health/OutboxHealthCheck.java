package vn.dti.plumbing.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import vn.dti.plumbing.outbox.OutboxRelay;

/**
 * Reports the outbox backlog. Always up: a backlog while Kafka is away is expected (changes are
 * still accepted); readiness for Kafka and the database comes from their own checks.
 */
@Liveness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox").up().withData("backlog", relay.backlog()).build();
    }
}
