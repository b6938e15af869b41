package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.dti.report.Events.values;
import static vn.dti.testing.http.ServiceUnavailable.assertUnavailable;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.dti.testing.db.DatabaseProxy;
import vn.dti.testing.net.TcpProxy;

/**
 * Issue 16 item 7: a PostgreSQL restart under a running report-service. The database is reached
 * through a proxy the test cuts (every connection closed, new ones refused) and restores. While it
 * is away reads and writes are 503 with Retry-After, never 500, and readiness is DOWN; the first
 * request after it returns succeeds and readiness is UP at once; an event that arrived meanwhile is
 * applied afterwards. (A broker restart: {@link HealthTest}.)
 */
@QuarkusTest
@TestProfile(DatabaseRestartTest.ThroughProxy.class)
class DatabaseRestartTest {

    public static class ThroughProxy extends DatabaseProxy.ThroughProxy {
        public ThroughProxy() {
            super("dti_report_test");
        }
    }

    @Inject
    Db db;

    @Test
    void whileTheDatabaseIsAwayEverything503AndTheFirstRequestAfterItReturnsSucceeds() {
        Fixture.load(db);
        TcpProxy database = DatabaseProxy.proxy();
        Api.as("reviewer").get("/api/v1/briefs").then().statusCode(200);

        database.cut();
        try {
            assertUnavailable(Api.as("reviewer").get("/api/v1/briefs"));
            assertUnavailable(Api.as("committee").contentType(ContentType.JSON)
                    .body(Api.request("While the database is away", Fixture.FW, "2031", "2030", "en")).post("/api/v1/briefs"));
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));
            Events.submission("02", "T-DBRESTART", "2031", "2032-03-02T08:00:00.000+07:00", false, values("A1", 9));
        } finally {
            database.restore();
        }
        long restored = System.nanoTime();
        Api.as("reviewer").get("/api/v1/briefs").then().statusCode(200);
        System.out.printf("report-service: first request after the database returned answered in %d ms%n",
                (System.nanoTime() - restored) / 1_000_000);
        Api.createDraft(Api.request("After the database returned", Fixture.FW, "2031", "2030", "en"));
        given().get("/q/health/ready").then().statusCode(200);

        await().atMost(Duration.ofSeconds(120)).until(() -> db.count("current_value", "framework_code = 'T-DBRESTART'") == 1);
    }

}
