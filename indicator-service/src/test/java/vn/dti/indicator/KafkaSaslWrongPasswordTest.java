package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Wrong SASL credentials: the service says it is not ready (the Kafka check is DOWN) and publishes
 * nothing, rather than falling back to plaintext; submissions wait in the outbox.
 */
@QuarkusTest
@TestProfile(KafkaSasl.WrongPassword.class)
class KafkaSaslWrongPasswordTest {

    @Inject
    Db db;

    @Test
    void wrongCredentialsMeanNotReadyAndNothingPublished() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(503)
                        .body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Kafka connection health check")));
        String id = submitter("22").contentType(ContentType.JSON).body(submission("22", "2014", 40.0, 2.0))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        assertThat(db.count("outbox_event", "published_at is null and payload::text like '%" + id + "%'"))
                .as("the event waits in the outbox").isEqualTo(1);
        // The relay keeps failing to authenticate: the event is still unpublished a few relay rounds later.
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(db.count("outbox_event", "published_at is null and payload::text like '%" + id + "%'")).isEqualTo(1));
    }
}
