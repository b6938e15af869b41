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
        return KafkaBrokerResource.broker().saslClientConfig(KafkaBroker.SCRAM_USER, password);
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
