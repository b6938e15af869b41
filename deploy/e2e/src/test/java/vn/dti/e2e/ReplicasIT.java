package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Two replicas of every service (distinct ports; one database and one consumer group per service;
 * topics of 6 partitions) behave like one: 2,000 submissions posted through both indicator
 * replicas, one ranking and one report replica killed (SIGKILL) midway and not restarted. Nothing
 * is lost or counted twice (standings equal a from-scratch rebuild), standings versions on
 * {@code dti.standings} strictly increase (each event counted once: the outbox may redeliver an
 * event, never publish two events of one version), and a new brief equals one made by a
 * report-service rebuilt from scratch.
 */
class ReplicasIT {

    private static final String PERIOD = "2016"; // a period of its own: GeneratedClientIT counts the submissions of 2023
    private static final int SUBMISSIONS = 2000;
    private static final int POSTERS = 6;
    /** The killed replicas' partitions move to the survivors after this (instead of Kafka's 45 s). */
    private static final Map<String, String> QUICK_REBALANCE = Map.of("KAFKA_SESSION_TIMEOUT_MS", "10000");

    private final Suite suite = Suite.get();
    private final Client client = new Client(suite);

    @Test
    void twoReplicasOfEveryServiceWithOneRankingAndOneReportKilledMidwayConvergeToTheFromScratchResult() throws Exception {
        List<String> units = client.provinces(2023);
        client.indicators();
        ServiceProcess indicator2 = suite.replica("indicator-service", "indicator-service-2", Map.of());
        ServiceProcess ranking2 = suite.replica("ranking-service", "ranking-service-2", QUICK_REBALANCE);
        ServiceProcess report2 = suite.replica("report-service", "report-service-2", QUICK_REBALANCE);
        List<ServiceProcess> indicators = List.of(suite.indicator, indicator2);
        ServiceProcess freshRanking = null;
        ServiceProcess freshReport = null;
        try {
            indicator2.start();
            ranking2.start();
            report2.start();
            // Each group has its two members, sharing the 6 partitions, before the load starts.
            for (String group : List.of("ranking-service", "report-service")) {
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> assignedMembers(group) == 2);
            }

            AtomicInteger sent = new AtomicInteger();
            ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int w = 0; w < POSTERS; w++) {
                    SplittableRandom random = new SplittableRandom(2023 + w);
                    workers.add(posters.submit(() -> {
                        int n;
                        while ((n = sent.getAndIncrement()) < SUBMISSIONS) {
                            String unit = units.get(random.nextInt(units.size()));
                            Map<String, Object> body = client.submission(unit, PERIOD, 20 + random.nextInt(5), random);
                            // alternately through both indicator replicas
                            client.submit(body, "replicas-" + n, indicators.get(n % 2)).then().statusCode(201);
                        }
                        return null;
                    }));
                }
                // generous: on a loaded 2-core machine the first half has taken more than 3 minutes
                await().atMost(Duration.ofMinutes(8)).until(() -> sent.get() >= SUBMISSIONS / 2);
                ranking2.kill();
                report2.kill();
                for (Future<?> worker : workers) {
                    worker.get(10, TimeUnit.MINUTES);
                }
            } finally {
                posters.shutdownNow();
            }

            // The surviving ranking replica has consumed everything and its version no longer moves; read
            // dti.standings before a fresh instance (which publishes its own versions from 1) starts.
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> suite.lag("ranking-service", "dti.submissions") == 0);
            AtomicLong seen = new AtomicLong(-1);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3))
                    .until(() -> {
                        long v = client.standings(suite.ranking, PERIOD).get("version").asLong();
                        return seen.getAndSet(v) == v;
                    });
            long finalVersion = seen.get();
            List<Published> published = standingsEvents(Suite.FRAMEWORK + "/" + PERIOD, finalVersion);
            // The relay is at-least-once: a replica killed after the broker acknowledged a batch but before
            // it marked the rows sent leaves them to the survivor, which sends them again. A redelivery is
            // the same event (same ce_id, same payload), which consumers skip by ce_id; what they apply is
            // each event once, and those versions must strictly increase.
            Map<String, String> payloadById = new LinkedHashMap<>();
            List<Long> applied = new ArrayList<>();
            for (Published p : published) {
                String first = payloadById.putIfAbsent(p.eventId(), p.payload());
                if (first == null) {
                    applied.add(p.version());
                } else {
                    assertThat(p.payload()).as("a redelivery of event %s carries the same payload", p.eventId()).isEqualTo(first);
                }
            }
            System.out.printf("dti.standings for %s: %d events, %d redelivered%n", PERIOD, applied.size(),
                    published.size() - applied.size());
            assertThat(applied).as("versions on dti.standings, each event once, in the order published")
                    .isSortedAccordingTo(Long::compare).doesNotHaveDuplicates().endsWith(finalVersion);

            freshRanking = suite.freshRanking("fresh_replicas");
            freshRanking.start();
            RankingCrashIT.assertConverged(suite, client, freshRanking, "ranking-fresh_replicas", PERIOD);

            freshReport = suite.freshReport("fresh_replicas_report");
            freshReport.start();
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> suite.lag("report-service", "dti.standings") == 0
                            && suite.lag("report-fresh_replicas_report", "dti.standings") == 0
                            && suite.lag("report-service", "dti.submissions") == 0
                            && suite.lag("report-fresh_replicas_report", "dti.submissions") == 0);
            JsonNode kept = brief(suite.report);
            JsonNode rebuilt = brief(freshReport);
            // Both report-services read the same dti.standings (the fresh ranking-service's versions too,
            // which are not newer): the briefs must be equal.
            assertThat(kept).isEqualTo(rebuilt);
        } finally {
            for (ServiceProcess s : new ServiceProcess[] {freshReport, freshRanking, report2, ranking2, indicator2}) {
                if (s != null) {
                    s.stop();
                }
            }
        }
    }

    /** A new brief of the period, without what differs between any two briefs (its id, when, by whom). */
    private JsonNode brief(ServiceProcess report) throws Exception {
        Response created = client.as("committee", null, report).contentType(ContentType.JSON)
                .body(Map.of("title", "Replicas", "meetingDate", "2026-12-02", "frameworkCode", Suite.FRAMEWORK,
                        "period", PERIOD, "language", "en"))
                .post("/api/v1/briefs");
        created.then().statusCode(201);
        JsonNode brief = Client.JSON.readTree(client.as("committee", null, report).accept(ContentType.JSON)
                .get(created.header("Location")).then().statusCode(200).extract().asString());
        strip(brief);
        return brief;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.equals("id") || name.equals("href") || name.startsWith("created")) {
                    names.remove();
                }
            }
        }
        node.forEach(ReplicasIT::strip);
    }

    /** Members of a consumer group that hold at least one partition. */
    private long assignedMembers(String group) {
        try (var admin = suite.broker.admin()) {
            return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                    .filter(m -> !m.assignment().topicPartitions().isEmpty()).count();
        } catch (Exception e) {
            return -1; // ask again
        }
    }

    /** One standings event as it sits on the topic. */
    private record Published(String eventId, long version, String payload) {
    }

    /** The standings events of {@code key} (not other event types on the topic), in partition order, up to {@code last}. */
    private List<Published> standingsEvents(String key, long last) {
        List<Published> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "replicas-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("dti.standings").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && (events.isEmpty() || events.get(events.size() - 1).version() < last)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key()) && "dti.standings.recomputed.v1".equals(header(r, "ce_type"))) {
                        events.add(new Published(header(r, "ce_id"), Client.JSON.readTree(r.value()).get("version").asLong(),
                                r.value()));
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
