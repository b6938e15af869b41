package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.plumbing.messaging.EventConsumer;
import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.ScoringEngine;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.mapping.FrameworkDocuments;
import vn.dti.ranking.service.RecomputeWorker;

import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/**
 * Bursts and restarts: whatever the batching, coalescing or interruption, the latest standings
 * equal a from-scratch computation on the final inputs, and versions only go up.
 */
@QuarkusTest
class BurstAndRestartTest {

    /** Every cross-unit method, so the result depends on all units' final values. */
    static final String MIXED = """
            {"code": "GOV", "name": "Government", "weight": 2, "children": [
               {"code": "G1", "name": "Min-max", "weight": 1, "indicator": {"unit": "NUMBER", "normalization": {"method": "MIN_MAX"}}},
               {"code": "G2", "name": "Z-score", "weight": 2, "indicator": {"unit": "NUMBER", "normalization": {"method": "ZSCORE"}}}]},
            {"code": "ECO", "name": "Economy", "weight": 1, "children": [
               {"code": "E1", "name": "Percentile rank", "weight": 1, "indicator": {"unit": "NUMBER", "normalization": {"method": "RANK"}}},
               {"code": "E2", "name": "Goalposts, lower is better", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
                  "direction": "LOWER_IS_BETTER", "normalization": {"method": "GOALPOSTS", "low": 10, "high": 90}}}]}""";
    static final String[] INDICATORS = {"G1", "G2", "E1", "E2"};
    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EventConsumer consumer;

    @Inject
    RecomputeWorker worker;

    @Test
    void aBurstOf500SubmissionsEndsInOneConsistentLatestVersion() throws Exception {
        String fw = "T-BURST";
        String period = "2035";
        List<String> units = units("B", 50, period);
        String document = Api.framework(fw, 4, "MEAN", MIXED);
        Events.framework(document);
        try (TopicReader standings = new TopicReader("dti.standings")) {
            Map<String, double[]> expected = new LinkedHashMap<>();
            List<ProducerRecord<String, byte[]>> burst = submissions(fw, period, units, 10, new Random(42), expected);
            assertThat(burst).hasSize(500);
            Events.sendAll(burst);

            Scores scratch = fromScratch(document, units, expected);
            JsonPath latest = await().atMost(WAIT).until(() -> Api.standings(fw, period), j -> matches(j, scratch));
            int version = latest.getInt("version");

            // Read the events of this key up to the latest version: strictly increasing versions,
            // valid payloads, CloudEvents headers; the last one is what the API serves.
            String key = fw + "/" + period;
            List<TopicReader.Event> events = standings.readUntil(seen -> seen.stream().anyMatch(e -> key.equals(e.key())
                    && version(e) == version), WAIT)
                    .stream().filter(e -> key.equals(e.key())).toList();
            int previous = 0;
            for (TopicReader.Event e : events) {
                assertThat(EventSchemas.validate("dti.standings.recomputed.v1", e.value())).as(e.value()).isEmpty();
                assertThat(e.headers()).containsEntry("ce_type", "dti.standings.recomputed.v1")
                        .containsEntry("ce_source", "/dti/ranking-service").containsEntry("ce_specversion", "1.0")
                        .containsEntry("content-type", "application/json").containsEntry("ce_subject", key)
                        .containsKeys("ce_id", "ce_time");
                int v = version(e);
                assertThat(v).as("versions of %s in topic order", key).isGreaterThan(previous);
                previous = v;
            }
            assertThat(previous).isEqualTo(version);
            assertThat(events.size()).as("a burst is coalesced, not one version per submission").isLessThan(500);
            // byte for byte: the API serves the payload of the latest event
            assertThat(Api.as("admin").get("/api/v1/standings/" + key).asString()).isEqualTo(events.get(events.size() - 1).value());
        }
    }

    @Test
    void stoppingTheConsumerAndWorkerMidStreamConvergesToTheSameStandings() throws Exception {
        String fw = "T-RESTART";
        String period = "2036";
        List<String> units = units("R", 20, period);
        String document = Api.framework(fw, 4, "ZERO", MIXED);
        Events.framework(document);
        Map<String, double[]> expected = new LinkedHashMap<>();
        Random random = new Random(7);
        List<ProducerRecord<String, byte[]>> all = submissions(fw, period, units, 10, random, expected);
        Events.sendAll(all.subList(0, 100));
        // Mid-stream: some of the first half is applied, some is not; nothing may be lost or doubled.
        await().atMost(WAIT).until(() -> Api.standings(fw, period) != null);
        consumer.stop();
        worker.stop();
        try {
            assertThat(consumer.isRunning()).isFalse();
            Events.sendAll(all.subList(100, all.size()));
        } finally {
            worker.start();
            consumer.start();
        }
        Scores scratch = fromScratch(document, units, expected);
        JsonPath latest = await().atMost(WAIT).until(() -> Api.standings(fw, period), j -> matches(j, scratch));
        assertThat(latest.getInt("unitCount")).isEqualTo(20);
        assertThat(consumer.isRunning()).isTrue();
    }

    private static int version(TopicReader.Event e) {
        try {
            return Events.JSON.readTree(e.value()).get("version").asInt();
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Units {prefix}01.. valid only in the given year. */
    private static List<String> units(String prefix, int n, String year) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String code = prefix + String.format("%02d", i);
            Events.unit(code, "Tỉnh " + code, year + "-01-01", year + "-12-31");
            codes.add(code);
        }
        return codes;
    }

    /**
     * {@code rounds} submissions per unit, interleaved across units as a burst would be, each with a
     * random subset of the indicators and a later receivedAt than the unit's previous one; records
     * the expected final value of each indicator (NaN if never reported).
     */
    private static List<ProducerRecord<String, byte[]>> submissions(String fw, String period, List<String> units, int rounds,
                                                                   Random random, Map<String, double[]> expected) {
        OffsetDateTime base = OffsetDateTime.parse("2037-01-01T00:00:00Z");
        for (String unit : units) {
            double[] v = new double[INDICATORS.length];
            Arrays.fill(v, Double.NaN);
            expected.put(unit, v);
        }
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (int u = 0; u < units.size(); u++) {
                Map<String, Double> values = new LinkedHashMap<>();
                for (int i = 0; i < INDICATORS.length; i++) {
                    if (random.nextInt(3) > 0 || (r == 0 && u % 7 != 3)) { // a few units never report some indicators
                        double value = Math.round(random.nextDouble() * 10_000) / 100.0;
                        values.put(INDICATORS[i], value);
                        expected.get(units.get(u))[i] = value;
                    }
                }
                if (values.isEmpty()) {
                    values.put("G1", 50.0);
                    expected.get(units.get(u))[0] = 50.0;
                }
                records.add(Events.submissionRecord(units.get(u), fw, period, base.plusMinutes(r).plusSeconds(u), values));
            }
        }
        return records;
    }

    private static Scores fromScratch(String document, List<String> units, Map<String, double[]> expected) throws Exception {
        ObjectNode doc = (ObjectNode) Events.JSON.readTree(document);
        Framework framework = FrameworkDocuments.toEngine(doc);
        Dataset data = Dataset.empty(framework, units.toArray(String[]::new));
        expected.forEach((unit, values) -> {
            for (int i = 0; i < INDICATORS.length; i++) {
                if (!Double.isNaN(values[i])) {
                    data.set(unit, INDICATORS[i], values[i]);
                }
            }
        });
        return ScoringEngine.score(framework, data);
    }

    /** The served standings equal the from-scratch computation: order, ranks, scores, completeness. */
    private static boolean matches(JsonPath j, Scores scratch) {
        if (j == null || j.getInt("unitCount") != scratch.units().length) {
            return false;
        }
        int[] order = scratch.order(Scores.ROOT);
        List<String> codes = j.getList("entries.unitCode");
        List<Integer> ranks = j.getList("entries.rank", Integer.class);
        List<Double> scores = j.getList("entries.score", Double.class);
        List<Integer> missing = j.getList("entries.missing", Integer.class);
        for (int k = 0; k < order.length; k++) {
            int u = order[k];
            if (!codes.get(k).equals(scratch.units()[u]) || ranks.get(k) != scratch.rank()[Scores.ROOT][u]
                    || Math.abs(scores.get(k) - scratch.score()[Scores.ROOT][u]) > 1e-12
                    || missing.get(k) != scratch.missing()[u]) {
                return false;
            }
        }
        return true;
    }
}
