package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * The ranking-service is killed (SIGKILL) in the middle of 1,000 submissions and started again:
 * its final standings must equal a from-scratch computation (a fresh instance that rebuilds
 * everything from the topics), with nothing lost and nothing counted twice. A release made by the
 * long-running instance is rebuilt by the fresh one from dti.standings, byte for byte.
 */
class RankingCrashIT {

    private static final String PERIOD = "2022";
    private static final int SUBMISSIONS = 1000;

    private final Suite suite = Suite.get();
    private final Client client = new Client(suite);

    @Test
    void aKilledRankingServiceConvergesToTheFromScratchStandings() throws Exception {
        List<String> units = client.provinces(2022);
        client.indicators();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService posters = Executors.newFixedThreadPool(4);
        try {
            Future<?>[] workers = new Future<?>[4];
            for (int w = 0; w < workers.length; w++) {
                SplittableRandom random = new SplittableRandom(2022 + w);
                workers[w] = posters.submit(() -> {
                    int n;
                    while ((n = sent.getAndIncrement()) < SUBMISSIONS) {
                        String unit = units.get(random.nextInt(units.size()));
                        Map<String, Object> body = client.submission(unit, PERIOD, 20 + random.nextInt(5), random);
                        client.submit(body, "crash-" + n).then().statusCode(201);
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofMinutes(2)).until(() -> sent.get() >= 300);
            suite.ranking.kill();
            await().atMost(Duration.ofMinutes(2)).until(() -> sent.get() >= 600);
            suite.ranking.start();
            for (Future<?> worker : workers) {
                worker.get(5, TimeUnit.MINUTES);
            }
        } finally {
            posters.shutdownNow();
        }

        // The committee releases the standings (the latest version when it asks: a version superseded meanwhile is 404).
        String[] release = new String[1]; // the id of the release, once made
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var r = client.release(suite.ranking, PERIOD, client.standings(suite.ranking, PERIOD).get("version").asInt(), "Crash test");
            release[0] = r.statusCode() == 201 ? Client.JSON.readTree(r.asString()).get("id").asText() : null;
            return release[0] != null;
        });
        String official = client.official(suite.ranking, PERIOD);
        assertThat(official).as("official standings of release %s", release[0]).isNotNull();

        ServiceProcess fresh = suite.freshRanking("fresh_crash");
        try {
            fresh.start();
            assertConverged(suite, client, fresh, "ranking-fresh_crash", PERIOD);
            // rebuilt from the topics, the fresh instance has the release: the same official standings, byte for byte
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> official.equals(client.official(fresh, PERIOD)));
        } finally {
            fresh.stop();
        }
    }

    /**
     * Both the long-running ranking-service and a fresh one have consumed every submission, and
     * their standings are equal and stay equal: the long-running one lost nothing and counted
     * nothing twice. The indicator-service's current values also match the standings' missing counts.
     */
    static void assertConverged(Suite suite, Client client, ServiceProcess fresh, String freshGroup, String period)
            throws Exception {
        Map<String, Map<String, Double>> values = client.currentValues(period);
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.lag("ranking-service", "dti.submissions") == 0
                        && suite.lag(freshGroup, "dti.submissions") == 0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonNode expected = client.standings(fresh, period);
                    assertThat(expected).isNotNull();
                    assertThat(matches(expected, values)).as("missing counts equal the source's").isTrue();
                    assertThat(Client.ranking(client.standings(suite.ranking, period))).isEqualTo(Client.ranking(expected));
                });
        List<String> settled = Client.ranking(client.standings(fresh, period));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Client.ranking(client.standings(suite.ranking, period)).equals(settled));
    }

    /** True when every unit's reported-indicator count in the standings equals the source's. */
    static boolean matches(JsonNode standings, Map<String, Map<String, Double>> values) {
        int indicators = 24;
        for (JsonNode e : standings.get("entries")) {
            Map<String, Double> unitValues = values.getOrDefault(e.get("unitCode").asText(), Map.of());
            if (e.get("missing").asInt() != indicators - unitValues.size()) {
                return false;
            }
        }
        return true;
    }
}
