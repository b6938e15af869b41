package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static vn.dti.report.Events.values;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * Bad configuration heals by itself (issue 16): started with a SCRAM user the broker does not know
 * yet, the report-service is not ready (its consumer says the broker refuses the credentials) and
 * still alive; once an operator creates the user, the consumer gets in, readiness is UP and events
 * are applied, without a restart.
 */
@QuarkusTest
@TestProfile(KafkaSaslLateUserTest.LateUser.class)
class KafkaSaslLateUserTest {

    static final String USER = "dti-report-late";
    static final String PASSWORD = "created-after-the-start";

    public static class LateUser implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return KafkaBrokerResource.broker().saslClientConfig(USER, PASSWORD);
        }
    }

    @Inject
    Db db;

    @Test
    void notReadyUntilTheUserExistsThenReadyAndConsuming() {
        KafkaBroker broker = KafkaBrokerResource.broker();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503)
                        .body("checks.find { it.name == 'event-consumer' }.data.state",
                                is("the broker refuses the credentials (see the service log)")));
        given().get("/q/health/live").then().statusCode(200);

        broker.createScramUser(USER, PASSWORD);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-consumer' }.data.state", is("consuming")));
        Events.submission("31", "T-LATEUSER", "2031", "2032-03-03T08:00:00.000+07:00", false, values("A1", 3));
        await().atMost(Duration.ofSeconds(120)).until(() -> db.count("current_value", "framework_code = 'T-LATEUSER'") == 1);
    }
}
