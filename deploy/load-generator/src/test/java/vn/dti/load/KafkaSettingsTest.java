package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

    @Test
    void kafkaVariablesBecomeClientPropertiesAndOverrideTheTuningButNotTheBootstrapOption() {
        Map<String, Object> props = KafkaSettings.of(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_REQUEST_TIMEOUT_MS", "20000",
                "KAFKA_BOOTSTRAP_SERVERS", "from-env:9092",
                "PATH", "/usr/bin"), "kafka-0:9093", Map.of("request.timeout.ms", 5_000, "fetch.max.wait.ms", "10"));
        assertThat(props).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "request.timeout.ms", "20000",
                "fetch.max.wait.ms", "10",
                "bootstrap.servers", "kafka-0:9093"));
    }
}
