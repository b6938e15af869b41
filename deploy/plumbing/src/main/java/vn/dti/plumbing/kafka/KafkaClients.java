package vn.dti.plumbing.kafka;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.common.annotation.Identifier;

/**
 * The settings of every Kafka client of a service, taken from Quarkus's Kafka configuration: every
 * {@code kafka.*} property and every {@code KAFKA_*} environment variable (quarkus-kafka-client's
 * {@code default-kafka-broker} map, e.g. {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}).
 *
 * <p>Three layers, later wins: the code's tuning defaults (timeouts, linger, compression), then the
 * configuration, then what correctness needs and configuration must not change (acks=all and
 * idempotence for producers, manual commits and the group for the consumer). So TLS or SASL is
 * configuration only, and a tuning default can still be overridden by an operator.
 */
@ApplicationScoped
public class KafkaClients {

    /** Everything under {@code kafka.} (prefix removed), as quarkus-kafka-client reads it. */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> configured;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /** A producer's settings: acks=all and idempotence always; {@code tuning} unless configured. */
    public Map<String, Object> producer(String clientName, Map<String, Object> tuning) {
        Map<String, Object> props = layered(tuning);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG); // quarkus adds the application name; producers have none
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, service + "-" + clientName);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return props;
    }

    /** A consumer's settings: the group, manual commits and earliest for a new group always. */
    public Map<String, Object> consumer(String clientName, String groupId, Map<String, Object> tuning) {
        Map<String, Object> props = layered(tuning);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, service + "-" + clientName);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return props;
    }

    /** An admin client's settings. */
    public Map<String, Object> admin(String clientName, Map<String, Object> tuning) {
        Map<String, Object> props = layered(tuning);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, service + "-" + clientName);
        return props;
    }

    private Map<String, Object> layered(Map<String, Object> tuning) {
        Map<String, Object> props = new HashMap<>(tuning);
        props.putAll(configured);
        return props;
    }
}
