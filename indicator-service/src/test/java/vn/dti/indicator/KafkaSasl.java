package vn.dti.indicator;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * The service pointed at the test broker's SASL_PLAINTEXT/SCRAM-SHA-512 listener by configuration
 * alone (the {@code kafka.*} keys an operator sets as {@code KAFKA_*} variables); no code knows it.
 */
final class KafkaSasl {

    private KafkaSasl() {
    }

    static Map<String, String> config(String password) {
        return Map.of(
                "kafka.bootstrap.servers", KafkaBrokerResource.broker().saslBootstrapServers(),
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + KafkaBroker.SCRAM_USER + "\" password=\"" + password + "\";");
    }

    /** The right credentials. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return config(KafkaBroker.SCRAM_PASSWORD);
        }
    }

    /** A wrong password: the service must not fall back to anything, it must say it is not ready. */
    public static class WrongPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return config("not-the-password");
        }
    }
}
