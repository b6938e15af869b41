package vn.dti.testing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void keepsRecordsAcrossAStopAndRestartOnTheSamePort() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopics(1, "t");
            String bootstrap = broker.bootstrapServers();
            send(bootstrap, "before");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.restart();

            assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
            send(bootstrap, "after");
            assertThat(readAll(bootstrap, 2)).containsExactly("before", "after");
        }
    }

    @Test
    void createsNoTopicOnFirstUseAndDeletesItsDirectoryWhenClosed() throws Exception {
        Path dir;
        try (KafkaBroker broker = KafkaBroker.start()) {
            dir = broker.directory();
            assertThat(dir).isDirectory();
            // as the local broker (auto.create.topics.enable=false): a topic must be created first
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000), new StringSerializer(), new StringSerializer())) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never-created", "k", "v")).get())
                        .hasStackTraceContaining("not present in metadata");
            }
            try (var admin = broker.admin()) {
                assertThat(admin.listTopics().names().get()).doesNotContain("never-created");
            }
            broker.stop();
            assertThat(dir).as("an outage keeps the data").isDirectory();
        }
        assertThat(Files.exists(dir)).as("closed for good: %s deleted", dir).isFalse();
    }

    @Test
    void itsSaslListenerTakesTheScramUserAndRefusesAWrongPassword() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start()) {
            broker.createTopics(1, "t");
            try (var producer = new KafkaProducer<String, String>(sasl(broker, KafkaBroker.SCRAM_PASSWORD,
                    Map.of(ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "through SASL")).get();
            }
            assertThat(readAll(broker.bootstrapServers(), 1)).containsExactly("through SASL");
            try (var producer = new KafkaProducer<String, String>(sasl(broker, "wrong",
                    Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000)), new StringSerializer(), new StringSerializer())) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>("t", "k", "refused")).get())
                        .hasStackTraceContaining("Authentication failed");
            }
        }
    }

    private static Map<String, Object> sasl(KafkaBroker broker, String password, Map<String, Object> more) {
        Map<String, Object> props = new java.util.HashMap<>(more);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.saslBootstrapServers());
        props.put("security.protocol", "SASL_PLAINTEXT");
        props.put("sasl.mechanism", "SCRAM-SHA-512");
        props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + KafkaBroker.SCRAM_USER + "\" password=\"" + password + "\";");
        return props;
    }

    private static void send(String bootstrap, String value) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("t", "k", value)).get();
        }
    }

    private static List<String> readAll(String bootstrap, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("t"));
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.size() < expected && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }
}
