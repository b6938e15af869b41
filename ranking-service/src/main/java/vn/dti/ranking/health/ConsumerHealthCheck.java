package vn.dti.ranking.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.dti.ranking.messaging.EventConsumer;
import vn.dti.ranking.service.RecomputeWorker;

/**
 * Ready only while the event consumer and the recompute worker run: without them the standings
 * silently fall behind. (Database and Kafka readiness come from their own checks.) A batch being
 * retried (database away) is reported but does not make the service unready by itself.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    @Inject
    EventConsumer consumer;

    @Inject
    RecomputeWorker worker;

    @Override
    public HealthCheckResponse call() {
        String failure = consumer.lastFailure();
        return HealthCheckResponse.named("event-consumer")
                .status(consumer.isRunning() && worker.isRunning())
                .withData("consumer", consumer.isRunning())
                .withData("recompute-worker", worker.isRunning())
                .withData("lastFailure", failure == null ? "none" : failure)
                .build();
    }
}
