package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * The Kafka broker stops for 20 s while submissions keep arriving: the indicator-service keeps
 * accepting them (the outbox holds the events), and once the broker is back every one of them is
 * reflected in the standings.
 */
class BrokerOutageIT {

    private static final String PERIOD = "2019";

    private final Suite suite = Suite.get();
    private final Client client = new Client(suite);

    @Test
    void submissionsDuringABrokerOutageAreAllReflectedAfterItReturns() throws Exception {
        List<String> units = client.provinces(2019);
        SplittableRandom random = new SplittableRandom(2019);
        client.submit(client.submission("01", PERIOD, 24, random), null).then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> client.standings(suite.ranking, PERIOD) != null);

        suite.broker.stop();
        List<String> acceptedDuringOutage = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int i = 0;
        while (System.nanoTime() < end) {
            String unit = units.get(i++ % units.size());
            Map<String, Object> body = client.submission(unit, PERIOD, 20 + random.nextInt(5), random);
            client.submit(body, "outage-" + i).then().statusCode(201);
            acceptedDuringOutage.add(unit);
            Thread.sleep(100);
        }
        suite.broker.restart();
        assertThat(acceptedDuringOutage).hasSizeGreaterThan(20);

        Map<String, Map<String, Double>> values = client.currentValues(PERIOD);
        JsonNode standings = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.standings(suite.ranking, PERIOD), s -> s != null && RankingCrashIT.matches(s, values));
        assertThat(standings.get("unitCount").asInt()).isEqualTo(63);

        // And they equal a computation from scratch.
        ServiceProcess fresh = suite.freshRanking("fresh_outage");
        try {
            fresh.start();
            RankingCrashIT.assertConverged(suite, client, fresh, "ranking-fresh_outage", PERIOD);
        } finally {
            fresh.stop();
        }
    }
}
