package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.dti.ranking.Events.values;
import static vn.dti.testing.http.ServiceUnavailable.assertUnavailable;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import vn.dti.testing.db.DatabaseProxy;
import vn.dti.testing.http.Probes;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.kafka.KafkaBrokerResource;
import vn.dti.testing.net.TcpProxy;

/**
 * Issue 16 item 7: PostgreSQL and Kafka restart under a running ranking-service. The database is
 * reached through a proxy the test cuts and restores (a restart: every connection closed, new ones
 * refused); the broker is stopped and started again on its port. While the database is away reads
 * are 503 with Retry-After and readiness is DOWN; the first read after it returns succeeds; a
 * submission event that arrived meanwhile is applied afterwards. While the broker is away the
 * standings are served, readiness is DOWN (Kafka), and consumption resumes when it is back.
 */
@QuarkusTest
@TestProfile(DatabaseRestartTest.ThroughProxy.class)
class DatabaseRestartTest {

    public static class ThroughProxy extends DatabaseProxy.ThroughProxy {
        public ThroughProxy() {
            super("dti_ranking_test");
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final OffsetDateTime T = OffsetDateTime.parse("2048-02-01T08:00:00+07:00");

    @Inject
    Db db;

    @Test
    void anEventThatArrivesWhileTheDatabaseIsAwayIsAppliedWhenItReturns() {
        String fw = "T-DBRESTART";
        Events.framework(Api.framework(fw, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("D1", "Tỉnh Khởi Động", "2047-01-01", "2047-12-31");
        Events.submission("D1", fw, "2047", T, values("A1", 50, "A2", 1, "B1", 5));
        await().atMost(WAIT).until(() -> Api.standings(fw, "2047") != null);
        TcpProxy database = DatabaseProxy.proxy();

        String whileAway;
        database.cut();
        try {
            assertUnavailable(Api.as("committee").get("/api/v1/standings/" + fw + "/2047"));
            assertUnavailable(Api.as("committee").get("/api/v1/standings/" + fw + "/2047/units/D1"));
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));
            whileAway = Events.submission("D1", fw, "2047", T.plusHours(1), values("A1", 100, "A2", 1, "B1", 10));
        } finally {
            database.restore();
        }
        long restored = System.nanoTime();
        Api.as("committee").get("/api/v1/standings/" + fw + "/2047").then().statusCode(200);
        System.out.printf("ranking-service: first request after the database returned answered in %d ms%n",
                (System.nanoTime() - restored) / 1_000_000);

        await().atMost(WAIT).until(() -> db.processed(whileAway));
        // A1 100, A2 1, B1 10 (its target): 0.75 * 1 + 0.25 * 1 = 1.0, first
        JsonPath after = await().atMost(WAIT).until(() -> Api.standings(fw, "2047"),
                j -> j != null && j.getDouble("entries.find { it.unitCode == 'D1' }.score") == 1.0);
        assertThat(after.getInt("entries.find { it.unitCode == 'D1' }.rank")).isEqualTo(1);
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void whileTheBrokerIsAwayStandingsAreServedAndConsumptionResumesAfter() {
        String fw = "T-KAFKARESTART";
        Events.framework(Api.framework(fw, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("K2", "Tỉnh Chờ", "2046-01-01", "2046-12-31");
        Events.submission("K2", fw, "2046", T, values("A1", 50, "A2", 1, "B1", 5));
        await().atMost(WAIT).until(() -> Api.standings(fw, "2046") != null);
        KafkaBroker broker = KafkaBrokerResource.broker();

        broker.stop();
        try {
            Api.as("committee").get("/api/v1/standings/" + fw + "/2046").then().statusCode(200);
            // Quarkus's Kafka check says DOWN only after its admin client's timeout (60 s): Probes waits longer
            await().atMost(WAIT).untilAsserted(() -> Probes.patient().get("/q/health/ready").then().statusCode(503)
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Kafka connection health check")));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            broker.restart();
        }
        String afterRestart = Events.submission("K2", fw, "2046", T.plusHours(1), values("A1", 100, "A2", 1, "B1", 10));
        await().atMost(WAIT).until(() -> db.processed(afterRestart));
        await().atMost(WAIT).until(() -> Api.standings(fw, "2046"),
                j -> j != null && j.getDouble("entries.find { it.unitCode == 'K2' }.score") == 1.0);
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

}
