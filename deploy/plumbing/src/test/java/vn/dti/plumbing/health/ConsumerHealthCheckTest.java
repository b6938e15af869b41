package vn.dti.plumbing.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.enterprise.inject.Vetoed;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import vn.dti.plumbing.messaging.EventConsumer;
import vn.dti.plumbing.messaging.EventConsumerAccess;

/** What the open health endpoint says about the consumer: states in general words, never a cause. */
class ConsumerHealthCheckTest {

    /** A consumer whose thread "runs" without Kafka; its failures are reported through the real methods. */
    @Vetoed // not a second EventConsumer bean for the @QuarkusTest application
    static class Consumer extends EventConsumer {
        boolean running = true;

        @Override
        public boolean isRunning() {
            return running;
        }
    }

    private static HealthCheckResponse ready(EventConsumer c) {
        ConsumerHealthCheck check = new ConsumerHealthCheck();
        check.consumer = c;
        return check.call();
    }

    private static HealthCheckResponse live(EventConsumer c) {
        ConsumerLivenessCheck check = new ConsumerLivenessCheck();
        check.consumer = c;
        return check.call();
    }

    @Test
    void aBatchBeingRetriedIsReadyAndAliveAndItsCauseStaysInTheLog() {
        Consumer c = new Consumer();
        EventConsumerAccess.batchFailed(c, new IllegalStateException(new SQLException("FATAL: password authentication failed for user \"report\"", "28P01")));
        HealthCheckResponse ready = ready(c);
        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(ready.getData().orElseThrow().toString())
                .contains("retrying")
                .doesNotContain("SQLException").doesNotContain("password").doesNotContain("IllegalStateException");
        assertThat(live(c).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void refusedCredentialsAreNotReadyButAliveAndTheCauseStaysInTheLog() {
        Consumer c = new Consumer();
        EventConsumerAccess.credentialsRefused(c, new org.apache.kafka.common.errors.SaslAuthenticationException(
                "Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 for user dti"));
        HealthCheckResponse ready = ready(c);
        assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(ready.getData().orElseThrow()).containsEntry("state", "the broker refuses the credentials (see the service log)");
        assertThat(ready.getData().orElseThrow().toString()).doesNotContain("SCRAM").doesNotContain("dti").doesNotContain("Exception");
        assertThat(live(c).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aLoopThatDiedForGoodIsNotAliveAndSaysNoMoreThanThat() {
        Consumer c = new Consumer();
        c.running = false;
        EventConsumerAccess.loopFailed(c, new IllegalArgumentException("secret=hunter2 in the config"));
        HealthCheckResponse live = live(c);
        assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(live.getData().orElseThrow().toString()).doesNotContain("hunter2").doesNotContain("IllegalArgumentException");
        assertThat(ready(c).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    }

    @Test
    void aConsumerStoppedOnPurposeIsNotReadyButAlive() {
        Consumer c = new Consumer();
        c.running = false;
        assertThat(ready(c).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(live(c).getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }
}
