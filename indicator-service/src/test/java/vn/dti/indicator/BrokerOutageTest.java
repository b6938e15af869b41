package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.testing.kafka.KafkaBroker;
import vn.dti.testing.kafka.KafkaBrokerResource;
import vn.dti.testing.kafka.TopicReader;

/** Submissions keep being accepted while Kafka is down; their events follow, in order per unit. */
@QuarkusTest
class BrokerOutageTest {

    @Inject
    Db db;

    @Test
    void eventsAreDeliveredInOrderPerUnitOnceTheBrokerIsBack() {
        KafkaBroker broker = KafkaBrokerResource.broker();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 6; i++) {
                String unit = i % 2 == 0 ? "19" : "20";
                ids.add(submitter(unit).contentType(ContentType.JSON).body(submission(unit, "2013", 50 + i, i))
                        .post("/api/v1/submissions").then().statusCode(201).extract().path("id"));
            }
            assertThat(db.count("outbox_event", "published_at is null"))
                    .as("events wait in the outbox while the broker is away").isGreaterThanOrEqualTo(6);
        } finally {
            broker.restart();
        }
        try (TopicReader reader = new TopicReader("dti.submissions")) {
            List<TopicReader.Event> events = reader.readUntil(
                    seen -> ids.stream().allMatch(id -> seen.stream().anyMatch(e -> e.value().contains(id))),
                    Duration.ofSeconds(90));
            for (String unit : List.of("19", "20")) {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    if ((i % 2 == 0 ? "19" : "20").equals(unit)) {
                        expected.add(ids.get(i));
                    }
                }
                List<String> delivered = events.stream().filter(e -> unit.equals(e.key()))
                        .map(e -> EventsTest.json(e.value()))
                        .filter(v -> "2013".equals(v.get("period").asText()))
                        .map(v -> v.get("submissionId").asText())
                        .distinct().toList();
                assertThat(delivered).as("unit %s in order", unit).containsExactlyElementsOf(expected);
            }
        }
    }
}
