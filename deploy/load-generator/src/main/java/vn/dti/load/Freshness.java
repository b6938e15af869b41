package vn.dti.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Freshness as a consumer of {@code dti.standings} sees it, measured exactly: the load framework
 * scores a unit as the plain mean of its values (method NONE, equal weights), so the score a unit
 * has in a standings version tells which of its submissions that version reflects. A submission
 * is fresh in the first version that shows it or a later submission of the same unit (which
 * superseded it); its freshness is that version's arrival here minus the 201.
 */
final class Freshness implements AutoCloseable {

    /** A submission as accepted: its unit, server order, the 201's arrival and the score it implies. */
    record Accepted(String unit, Instant receivedAt, Instant acceptedAt, double expectedScore, boolean measured) {

        Accepted(String unit, Instant receivedAt, Instant acceptedAt, double expectedScore) {
            this(unit, receivedAt, acceptedAt, expectedScore, true);
        }
    }

    /** A standings version: the unit scores it carries and when it reached this consumer. */
    record Version(long version, Map<String, Double> scores, Instant arrivedAt) {
    }

    private static final double TOLERANCE = 1e-9;

    private final String key;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Version> versions = new CopyOnWriteArrayList<>();
    /** From the relay's send (the record's timestamp) to the arrival here: near 0 unless this consumer falls behind. */
    private final org.HdrHistogram.Recorder deliveryLag = new org.HdrHistogram.Recorder(3);
    private volatile boolean running = true;
    private Thread thread;

    Freshness(String bootstrap, String key) {
        this.key = key;
        this.consumer = new KafkaConsumer<>(KafkaSettings.of(bootstrap, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "load-generator-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // A fetch returns as soon as a record arrives, so a long wait costs no freshness; 10 ms made the
                // consumer and the broker answer a hundred empty fetches a second on the cores the suite needs.
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "200")), new StringDeserializer(), new ByteArrayDeserializer());
    }

    void start() {
        List<TopicPartition> partitions = consumer.partitionsFor("dti.standings").stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).collect(Collectors.toList());
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve "end" now, before the run starts
        consumer.poll(Duration.ofMillis(100)); // connected and fetching before the first submission
        thread = new Thread(this::poll, "freshness");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            ConsumerRecord<String, byte[]> latest = null;
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(r.key())) {
                    latest = r;
                    received++;
                }
            }
            if (latest == null) {
                continue;
            }
            // Versions that arrive in one poll arrive at the same instant: a submission shown by an earlier
            // one is shown (or superseded) by the last one too, so parsing the last gives the same figures.
            // Parsing every version made the consumer fall behind on a loaded machine (its lag counted as freshness).
            Instant arrived = Instant.now();
            try {
                versions.add(StandingsEvent.parse(latest.value(), arrived));
                if (latest.timestamp() >= measureFromMillis) {
                    deliveryLag.recordValue(Math.max(1, (arrived.toEpochMilli() - latest.timestamp()) * 1000));
                }
            } catch (Exception ignored) {
                // not a standings body: not ours to judge here
            }
        }
    }

    private volatile int received;

    private volatile long measureFromMillis = Long.MAX_VALUE;

    /** Events published from then on count in {@link #deliveryLag()} (the warm-up's do not). */
    void measureFrom(Instant from) {
        measureFromMillis = from.toEpochMilli();
    }

    Histogram deliveryLag() {
        return deliveryLag.getIntervalHistogram();
    }

    /** Standings versions of the framework and period received (each poll's last is parsed). */
    int versions() {
        return received;
    }

    /**
     * Waits (up to {@code wait}) until every unit's last submission shows in a version, then gives
     * the freshness of each submission in microseconds (those never shown are left out; see
     * {@link Result#unseen()}).
     */
    Result measure(List<Accepted> accepted, Duration wait) throws InterruptedException {
        Map<String, List<Accepted>> byUnit = accepted.stream()
                .collect(Collectors.groupingBy(Accepted::unit, Collectors.toList()));
        byUnit.values().forEach(l -> l.sort(Comparator.comparing(Accepted::receivedAt)));
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline && !allShown(byUnit)) {
            Thread.sleep(50);
        }
        Histogram h = new Histogram(3);
        int unseen = 0;
        List<Version> ordered = new ArrayList<>(versions);
        for (List<Accepted> list : byUnit.values()) {
            int shownThrough = -1; // index of the latest submission of the unit shown so far
            int next = 0;           // first submission not yet given a freshness
            for (Version v : ordered) {
                Double score = v.scores().get(list.get(0).unit());
                if (score == null) {
                    continue;
                }
                int k = indexOf(list, score, Math.max(shownThrough, 0));
                if (k > shownThrough) {
                    shownThrough = k;
                    for (; next <= k; next++) {
                        if (list.get(next).measured()) { // warm-up submissions only keep the order
                            long micros = Duration.between(list.get(next).acceptedAt(), v.arrivedAt()).toNanos() / 1000;
                            h.recordValue(Math.max(1, micros));
                        }
                    }
                }
            }
            for (int i = next; i < list.size(); i++) {
                unseen += list.get(i).measured() ? 1 : 0;
            }
        }
        return new Result(h, unseen);
    }

    record Result(Histogram histogram, int unseen) {
    }

    private boolean allShown(Map<String, List<Accepted>> byUnit) {
        if (versions.isEmpty()) {
            return false;
        }
        Map<String, Double> latest = versions.get(versions.size() - 1).scores();
        for (List<Accepted> list : byUnit.values()) {
            Double score = latest.get(list.get(0).unit());
            if (score == null || Math.abs(score - list.get(list.size() - 1).expectedScore()) > TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first submission of the unit from {@code from} on whose score this is, or -1. Searched
     * forwards from the last one shown: the prepared bodies repeat (a unit cycles through its
     * variants), and a version shows the state after one submission, never a later repeat of it.
     */
    static int indexOf(List<Accepted> list, double score, int from) {
        for (int i = from; i < list.size(); i++) {
            if (Math.abs(list.get(i).expectedScore() - score) <= TOLERANCE) {
                return i;
            }
        }
        return -1;
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
