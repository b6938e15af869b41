package vn.dti.testing.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of the real test broker from the beginning, as an integrator's consumer would. */
public final class TopicReader implements AutoCloseable {

    /** One record with its CloudEvents headers as strings. */
    public record Event(String key, String value, Map<String, String> headers, int partition, long offset) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<Event> seen = new ArrayList<>();

    public TopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBrokerResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code enough} holds for the records seen so far, or the timeout. */
    public List<Event> readUntil(Predicate<List<Event>> enough, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!enough.test(seen) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                Map<String, String> headers = new HashMap<>();
                for (Header h : r.headers()) {
                    headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                }
                seen.add(new Event(r.key(), r.value(), headers, r.partition(), r.offset()));
            }
        }
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
