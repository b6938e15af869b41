package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.report.Events.values;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * Readiness is the database and the consumer's thread, not Kafka: with the broker stopped the
 * service stays ready and makes briefs from its read model (README, docs/briefs.md), and the
 * consumer picks up again once the broker is back.
 */
@QuarkusTest
class HealthTest {

    @Inject
    Db db;

    @Test
    void theServiceStaysReadyAndMakesBriefsWhileTheBrokerIsDown() {
        Fixture.load(db);
        KafkaBroker broker = KafkaBrokerResource.broker();
        broker.stop();
        try {
            JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getString("status")).isEqualTo("UP");
            assertThat(ready.getList("checks.name", String.class)).contains("event-consumer")
                    .noneMatch(name -> name.toLowerCase().contains("kafka"));
            assertThat(ready.getString("checks.find { it.name == 'event-consumer' }.data.state")).isIn("consuming",
                    "retrying a batch (see the service log)");
            given().get("/q/health/live").then().statusCode(200);
            Api.create(Api.request("Made while Kafka is down", Fixture.FW, "2031", "2030", "en"));
        } finally {
            broker.restart();
        }
        // the consumer was waiting, not dead: a new event is applied once the broker is back
        Events.submission("48", "T-HEALTH", "2031", "2032-03-01T08:00:00.000+07:00", false, values("A1", 7));
        await().atMost(Duration.ofSeconds(90)).until(() -> db.count("current_value", "framework_code = 'T-HEALTH'") == 1);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
