package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.dti.testing.kafka.KafkaBrokerResource;
import vn.dti.testing.kafka.TopicReader;

/** Kafka over SASL/SCRAM-SHA-512 by configuration alone: a submission's event travels through it. */
@QuarkusTest
@TestProfile(KafkaSasl.Profile.class)
class KafkaSaslTest {

    @Test
    void aSubmissionIsPublishedThroughTheSaslListener() {
        assertThat(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .as("the service talks to the SASL listener only")
                .isEqualTo(KafkaBrokerResource.broker().saslBootstrapServers());
        given().get("/q/health/ready").then().statusCode(200);

        String id = submitter("22").contentType(ContentType.JSON).body(submission("22", "2014", 61.5, 3.25))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        try (TopicReader reader = new TopicReader("dti.submissions")) {
            List<TopicReader.Event> events = reader.readUntil(
                    seen -> seen.stream().anyMatch(e -> e.value().contains(id)), Duration.ofSeconds(30));
            assertThat(events.stream().filter(e -> e.value().contains(id))).hasSize(1)
                    .allSatisfy(e -> assertThat(e.key()).isEqualTo("22"));
        }
    }
}
