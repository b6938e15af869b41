package vn.dti.ranking.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import vn.dti.ranking.service.RecomputeWorker;

/**
 * Ready only while the recompute worker runs: without it the standings silently fall behind the
 * events the consumer applies (the consumer, the database and Kafka have their own checks).
 */
@Readiness
@ApplicationScoped
public class RecomputeHealthCheck implements HealthCheck {

    @Inject
    RecomputeWorker worker;

    @Override
    public HealthCheckResponse call() {
        boolean running = worker.isRunning();
        return HealthCheckResponse.named("recompute-worker").status(running).withData("state", running ? "running" : "stopped").build();
    }
}
