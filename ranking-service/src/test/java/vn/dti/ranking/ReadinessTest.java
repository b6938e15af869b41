package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.plumbing.messaging.EventConsumer;

/**
 * Issue #9: the open health endpoints never publish the consumer's last failure (the report-service
 * did once; the ranking copy had to be checked). While the consumer retries a batch the database
 * refuses, readiness says so in general words only; the cause is in the log.
 */
@QuarkusTest
class ReadinessTest {

    @Inject
    DataSource dataSource;

    @Inject
    EventConsumer consumer;

    @Inject
    Db db;

    @Test
    void readinessDoesNotPublishTheLastConsumerFailure() throws Exception {
        String fw = "T-READY";
        OffsetDateTime t = OffsetDateTime.parse("2047-01-05T00:00:00Z");
        Events.framework(Api.framework(fw, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("R1", "Tỉnh Sẵn Sàng", "2046-01-01", "2046-12-31");
        String first = Events.submission("R1", fw, "2046", t, values("A1", 0, "A2", 0, "B1", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.processed(first));
        String second;
        try {
            execute("alter table current_value rename to current_value_gone");
            second = Events.submission("R1", fw, "2046", t.plusHours(1), values("A1", 100, "A2", 1, "B1", 10));
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.isRetrying());
            for (String path : new String[] {"/q/health/ready", "/q/health", "/q/health/live", "/q/health/started"}) {
                String body = given().get(path).then().extract().asString();
                assertThat(body).as(path).doesNotContain("current_value").doesNotContain("does not exist")
                        .doesNotContain("Exception").doesNotContain("PSQL").doesNotContain("SQL").doesNotContain("at vn.")
                        .doesNotContain("at org.").doesNotContain("R1");
            }
            JsonPath ready = given().get("/q/health/ready").then().extract().jsonPath();
            assertThat(ready.getString("checks.find { it.name == 'event-consumer' }.data.state"))
                    .isEqualTo("retrying a batch (see the service log)");
        } finally {
            execute("alter table current_value_gone rename to current_value");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> db.processed(second));
        await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.isRetrying());
        assertThat(given().get("/q/health/ready").then().extract().asString()).contains("\"consuming\"");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
