package vn.dti.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Freshness as a consumer of {@code dti.standings} sees it. A standings version whose
 * {@code computedAt} (the instant its inputs were read) is not before a submission's 201 includes
 * that submission, so the first such version's arrival, minus the 201, bounds the freshness from
 * above.
 */
final class Freshness implements AutoCloseable {

    /** A standings version: when its inputs were read, and when it reached this consumer. */
    record Version(long version, Instant computedAt, Instant arrivedAt) {
    }

    private final String key;
    private final KafkaConsumer<String, String> consumer;
    private final List<Version> versions = new CopyOnWriteArrayList<>();
    private volatile boolean running = true;
    private Thread thread;

    Freshness(String bootstrap, String key) {
        this.key = key;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "load-generator-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10"), new StringDeserializer(), new StringDeserializer());
    }

    void start() {
        List<TopicPartition> partitions = consumer.partitionsFor("dti.standings").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, before the run starts
        thread = new Thread(this::poll, "freshness");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                Instant arrived = Instant.now();
                if (!key.equals(r.key())) {
                    continue;
                }
                try {
                    var body = Api.JSON.readTree(r.value().getBytes(StandardCharsets.UTF_8));
                    versions.add(new Version(body.get("version").asLong(),
                            OffsetDateTime.parse(body.get("computedAt").asText()).toInstant(), arrived));
                } catch (Exception ignored) {
                    // not a standings body: not ours to judge here
                }
            }
        }
    }

    int versions() {
        return versions.size();
    }

    /** Waits (up to {@code wait}) for a version covering the last acceptance, then measures each. */
    Histogram measure(List<Instant> accepted, Duration wait) throws InterruptedException {
        Instant last = accepted.stream().max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && versions.stream().noneMatch(v -> !v.computedAt().isBefore(last))) {
            Thread.sleep(50);
        }
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(Version::computedAt));
        Histogram h = new Histogram(3);
        for (Instant a : accepted) {
            for (Version v : sorted) {
                if (!v.computedAt().isBefore(a)) {
                    h.recordValue(Math.max(1, Duration.between(a, v.arrivedAt()).toNanos() / 1000));
                    break;
                }
            }
        }
        return h;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(2000);
        }
        consumer.close();
    }
}
