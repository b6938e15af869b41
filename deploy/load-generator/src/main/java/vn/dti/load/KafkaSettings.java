package vn.dti.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Kafka client settings of the load generator, as the services take theirs: every {@code KAFKA_*}
 * environment variable becomes a client property ({@code KAFKA_SECURITY_PROTOCOL} →
 * {@code security.protocol}, {@code KAFKA_SASL_JAAS_CONFIG} → {@code sasl.jaas.config}), so it
 * reaches a SASL or TLS cluster without a code change. {@code --kafka} names the bootstrap servers.
 */
final class KafkaSettings {

    private KafkaSettings() {
    }

    static Map<String, Object> of(String bootstrap, Map<String, Object> tuning) {
        return of(System.getenv(), bootstrap, tuning);
    }

    /** Later wins: the code's tuning, then the environment, then {@code --kafka}. */
    static Map<String, Object> of(Map<String, String> env, String bootstrap, Map<String, Object> tuning) {
        Map<String, Object> props = new HashMap<>(tuning);
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
                props.put(name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        props.put("bootstrap.servers", bootstrap);
        return props;
    }
}
