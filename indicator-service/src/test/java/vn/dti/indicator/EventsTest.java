package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/** The CloudEvents this service emits, read back from the real broker. */
@QuarkusTest
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAcceptedSubmissionIsPublishedAsACloudEventThatMatchesItsSchema() throws Exception {
        String id = submitter("17").contentType(ContentType.JSON).body(submission("17", "2020", 88.8, 7.5))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        try (TopicReader reader = new TopicReader("dti.submissions")) {
            List<TopicReader.Event> events = reader.readUntil(
                    seen -> seen.stream().anyMatch(e -> e.value().contains(id)), Duration.ofSeconds(30));
            TopicReader.Event event = events.stream().filter(e -> e.value().contains(id)).findFirst().orElseThrow();

            assertThat(event.key()).isEqualTo("17");
            assertThat(event.headers()).containsEntry("ce_specversion", "1.0")
                    .containsEntry("ce_type", "dti.submission.accepted.v1")
                    .containsEntry("ce_source", "/dti/indicator-service")
                    .containsEntry("content-type", "application/json")
                    .containsKeys("ce_id", "ce_time");
            assertThat(UUID.fromString(event.headers().get("ce_id"))).isNotNull();
            assertThat(OffsetDateTime.parse(event.headers().get("ce_time"))).isBefore(OffsetDateTime.now().plusSeconds(1));
            assertThat(EventSchemas.validate("dti.submission.accepted.v1", event.value())).isEmpty();

            JsonNode payload = JSON.readTree(event.value());
            assertThat(payload.get("submissionId").asText()).isEqualTo(id);
            assertThat(payload.get("unitCode").asText()).isEqualTo("17");
            assertThat(payload.get("period").asText()).isEqualTo("2020");
            assertThat(payload.get("values").get(0).get("indicatorCode").asText()).isEqualTo("OPS_TIMELY_RATE");
            assertThat(payload.get("values").get(0).get("value").asDouble()).isEqualTo(88.8);
            assertThat(events.stream().filter(e -> e.value().contains(id))).hasSize(1);
        }
    }

    @Test
    void seededUnitsAndTheDefaultFrameworkAreAnnouncedAndMatchTheirSchemas() throws Exception {
        try (TopicReader reader = new TopicReader("dti.units")) {
            List<TopicReader.Event> units = reader.readUntil(seen -> seen.size() >= 97, Duration.ofSeconds(30));
            assertThat(units).hasSizeGreaterThanOrEqualTo(97);
            for (TopicReader.Event e : units) {
                assertThat(e.headers()).containsEntry("ce_type", "dti.unit.changed.v1");
                assertThat(EventSchemas.validate("dti.unit.changed.v1", e.value())).as(e.value()).isEmpty();
            }
            // Code 44 names two units over time: Quảng Bình, then Quảng Trị (with predecessors 45 and 44).
            assertThat(units.stream().filter(e -> "44".equals(e.key())).map(TopicReader.Event::value))
                    .map(EventsTest::json)
                    .anySatisfy(v -> {
                        assertThat(v.get("name").asText()).isEqualTo("Quảng Bình");
                        assertThat(v.get("validTo").asText()).isEqualTo("2025-06-30");
                    })
                    .anySatisfy(v -> {
                        assertThat(v.get("name").asText()).isEqualTo("Quảng Trị");
                        assertThat(v.get("predecessors").toString()).isEqualTo("[\"45\",\"44\"]");
                    });
        }
        try (TopicReader reader = new TopicReader("dti.frameworks")) {
            List<TopicReader.Event> events = reader.readUntil(
                    seen -> seen.stream().anyMatch(e -> "DTI-PROVINCE".equals(e.key())), Duration.ofSeconds(30));
            TopicReader.Event published = events.stream().filter(e -> "DTI-PROVINCE".equals(e.key())
                    && "dti.framework.published.v1".equals(e.headers().get("ce_type"))).findFirst().orElseThrow();
            assertThat(EventSchemas.validate("dti.framework.published.v1", published.value())).isEmpty();
            assertThat(JSON.readTree(published.value()).at("/root/children").size()).isEqualTo(8);
            // Vietnamese names travel with the framework, so briefs in Vietnamese need no lookup table.
            assertThat(JSON.readTree(published.value()).at("/root/children/2/nameVi").asText()).isEqualTo("Hạ tầng số");
            assertThat(JSON.readTree(published.value()).at("/nameVi").asText()).startsWith("Chỉ số chuyển đổi số cấp tỉnh");
            // the validation rules and the outlier threshold travel with it too (issue #10), within the schema
            assertThat(JSON.readTree(published.value()).at("/rules").size()).isEqualTo(4);
            assertThat(JSON.readTree(published.value()).at("/outlierThreshold").asDouble()).isEqualTo(3.5);
        }
    }

    @Test
    void aPeriodChangeIsAnnounced() throws Exception {
        OffsetDateTime due = OffsetDateTime.parse("2014-03-31T23:59:59+07:00");
        Api.schedule("2014", due, due.plusMonths(1));
        try (TopicReader reader = new TopicReader("dti.frameworks")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> seen.stream()
                    .anyMatch(e -> "2014".equals(json(e.value()).path("period").asText())), Duration.ofSeconds(30));
            TopicReader.Event event = events.stream().filter(e -> "2014".equals(json(e.value()).path("period").asText()))
                    .findFirst().orElseThrow();
            assertThat(event.headers()).containsEntry("ce_type", "dti.period.changed.v1");
            assertThat(event.key()).isEqualTo("DTI-PROVINCE");
            assertThat(EventSchemas.validate("dti.period.changed.v1", event.value())).isEmpty();
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
