package vn.dti.testing.kafka;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real Kafka broker per test JVM and points the application at it
 * ({@code kafka.bootstrap.servers}). Use with
 * {@code @QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)}.
 * Tests reach the broker through {@link #broker()} to read topics or to simulate an outage.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.start();
            broker.createTopics(3, KafkaBroker.suiteTopics().toArray(String[]::new));
            // closed (stopped, directory deleted) by the broker's own shutdown hook
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class in this JVM; closed by the broker's shutdown hook.
    }
}
