package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;
import static vn.dti.testing.http.ServiceUnavailable.assertUnavailable;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.dti.testing.db.DatabaseProxy;
import vn.dti.testing.http.Probes;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.kafka.KafkaBrokerResource;
import vn.dti.testing.kafka.TopicReader;
import vn.dti.testing.net.TcpProxy;

/**
 * Issue 16 item 7: PostgreSQL and Kafka restart under a running service. The service reaches the
 * database through a proxy the test cuts (every connection closed, new ones refused) and restores,
 * as a database restart does; the broker is stopped and started again on its port. While the
 * database is away every request is 503 with Retry-After (never 500) and readiness is DOWN; the
 * first request after it is back succeeds (pooled connections are validated on borrow, no
 * warm-up); a submission accepted while Kafka was away reaches the topic once both are back.
 */
@QuarkusTest
@TestProfile(DatabaseRestartTest.ThroughProxy.class)
class DatabaseRestartTest {

    public static class ThroughProxy extends DatabaseProxy.ThroughProxy {
        public ThroughProxy() {
            super("dti_indicator_test");
        }
    }

    @Test
    void whileTheDatabaseIsAwayEverything503AndTheFirstRequestAfterItReturnsSucceeds() {
        TcpProxy database = DatabaseProxy.proxy();
        KafkaBroker broker = KafkaBrokerResource.broker();
        as("reviewer").get("/api/v1/units").then().statusCode(200); // the pool holds connections now
        given().get("/q/health/ready").then().statusCode(200);

        broker.stop();
        String waiting;
        String after;
        try {
            waiting = submit("34", "2016").then().statusCode(201).extract().path("id");
            // Quarkus's Kafka check says DOWN only after its admin client's timeout (60 s): Probes waits longer
            await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> Probes.patient().get("/q/health/ready").then().statusCode(503)
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Kafka connection health check")));

            database.cut();
            try {
                assertUnavailable(as("reviewer").get("/api/v1/units"));
                assertUnavailable(submit("35", "2016"));
                assertUnavailable(as("reviewer").get("/api/v1/submissions/" + waiting));
                Probes.patient().get("/q/health/ready").then().statusCode(503)
                        .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));
                given().get("/q/health/live").then().statusCode(org.hamcrest.Matchers.not(500));
            } finally {
                broker.restart(); // the relay cannot read the outbox yet: the database is still away
                database.restore();
            }
            long restored = System.nanoTime();
            // no retry: the first request after the database is back is served
            as("reviewer").get("/api/v1/units").then().statusCode(200);
            System.out.printf("indicator-service: first request after the database returned answered in %d ms%n",
                    (System.nanoTime() - restored) / 1_000_000);
            after = submit("35", "2016").then().statusCode(201).extract().path("id");
        } finally {
            broker.restart();
            database.restore();
        }
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));

        try (TopicReader reader = new TopicReader("dti.submissions")) {
            List<TopicReader.Event> events = reader.readUntil(
                    seen -> List.of(waiting, after).stream().allMatch(id -> seen.stream().anyMatch(e -> e.value().contains(id))),
                    Duration.ofSeconds(120));
            assertThat(events).as("the submission accepted while Kafka was away, and the one after")
                    .anyMatch(e -> e.value().contains(waiting)).anyMatch(e -> e.value().contains(after));
        }
    }

    private static Response submit(String unit, String period) {
        return submitter(unit).contentType(ContentType.JSON).body(submission(unit, period, 70.0, 4.0)).post("/api/v1/submissions");
    }

}
