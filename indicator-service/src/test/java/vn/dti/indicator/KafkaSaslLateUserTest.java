package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.dti.testing.kafka.KafkaBrokerResource;
import vn.dti.testing.kafka.TopicReader;

/**
 * Bad configuration heals by itself (issue 16): started with a SCRAM user the broker does not know
 * yet, the service is not ready and keeps submissions in its outbox; once an operator creates the
 * user, it becomes ready and publishes them, without a restart.
 */
@QuarkusTest
@TestProfile(KafkaSaslLateUserTest.LateUser.class)
class KafkaSaslLateUserTest {

    static final String USER = "dti-indicator-late";
    static final String PASSWORD = "created-after-the-start";

    public static class LateUser implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return KafkaBrokerResource.broker().saslClientConfig(USER, PASSWORD);
        }
    }

    @Test
    void notReadyUntilTheUserExistsThenReadyAndTheOutboxDrains() {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503)
                        .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Kafka connection health check")));
        String id = submitter("36").contentType(ContentType.JSON).body(submission("36", "2017", 30.0, 1.0))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");

        KafkaBrokerResource.broker().createScramUser(USER, PASSWORD);

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        try (TopicReader reader = new TopicReader("dti.submissions")) {
            assertThat(reader.readUntil(seen -> seen.stream().anyMatch(e -> e.value().contains(id)), Duration.ofSeconds(120)))
                    .as("the submission accepted while the credentials were refused").anyMatch(e -> e.value().contains(id));
        }
    }
}
