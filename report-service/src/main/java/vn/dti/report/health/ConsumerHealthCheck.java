package vn.dti.report.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.dti.report.messaging.EventConsumer;

/**
 * Ready only while the event consumer runs: without it new briefs silently use stale data.
 * (Database and Kafka readiness come from their own checks.) A batch being retried (database
 * away) is reported but does not make the service unready by itself.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    @Inject
    EventConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        String failure = consumer.lastFailure();
        return HealthCheckResponse.named("event-consumer")
                .status(consumer.isRunning())
                .withData("consumer", consumer.isRunning())
                .withData("lastFailure", failure == null ? "none" : failure)
                .build();
    }
}
