package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/** Poison records go to dti.ranking.dlq with the reason and their origin, and never block what follows. */
@QuarkusTest
class PoisonRecordsTest {

    @Test
    void poisonRecordsAreDeadLetteredWithTheirOriginAndLaterRecordsStillApply() throws Exception {
        String fw = "T-POISON";
        OffsetDateTime t = OffsetDateTime.parse("2035-01-10T10:00:00Z");
        Events.framework(Api.framework(fw, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("P1", "Tỉnh Độc", "2034-01-01", "2034-12-31");
        String valid = Events.submissionPayload("P1", fw, "2034", t, values("A1", 40, "A2", 1, "B1", 10));

        // a type of the contract that ranking-service does not consume, first in the partition: skipped, not dead-lettered
        String dispute = Events.send("dti.submissions", "P1", "dti.dispute.changed.v1", Events.disputeChangedPayload("P1", fw, "2034"));
        String unknownType = UUID.randomUUID().toString();
        RecordMetadata a = Events.sendRaw("dti.submissions", "P1", valid.getBytes(StandardCharsets.UTF_8),
                Events.ceHeaders(unknownType, "dti.submission.rejected.v9"));
        RecordMetadata b = Events.sendRaw("dti.submissions", "P1", valid.getBytes(StandardCharsets.UTF_8),
                Events.ceHeaders(null, "dti.submission.accepted.v1"));
        RecordMetadata c = Events.sendRaw("dti.submissions", "P1", "{\"submissionId\": ".getBytes(StandardCharsets.UTF_8),
                Events.ceHeaders(UUID.randomUUID().toString(), "dti.submission.accepted.v1"));
        String noValues = valid.replaceFirst(",\"values\":\\[.*\\]", "");
        assertThat(EventSchemas.validate("dti.submission.accepted.v1", noValues)).isNotEmpty();
        RecordMetadata d = Events.sendRaw("dti.submissions", "P1", noValues.getBytes(StandardCharsets.UTF_8),
                Events.ceHeaders(UUID.randomUUID().toString(), "dti.submission.accepted.v1"));
        // the same partition (key P1), after the poison: must still be applied
        Events.send("dti.submissions", "P1", "dti.submission.accepted.v1", valid);

        // P1: 0.75 * (0.4 + 1) / 2 + 0.25 * 1 = 0.775
        JsonPath s = await().atMost(Duration.ofSeconds(30)).until(() -> Api.standings(fw, "2034"),
                j -> j != null && j.getInt("unitCount") == 1 && j.getInt("entries[0].missing") == 0);
        assertThat(s.getDouble("entries[0].score")).isCloseTo(0.775, within(1e-9));

        try (TopicReader dlq = new TopicReader("dti.ranking.dlq")) {
            List<TopicReader.Event> dead = dlq.readUntil(seen -> seen.stream().filter(e -> "P1".equals(e.key())).count() >= 4,
                    Duration.ofSeconds(30)).stream().filter(e -> "P1".equals(e.key())).toList();
            assertThat(dead).hasSize(4);
            for (TopicReader.Event e : dead) {
                assertThat(e.headers()).containsEntry("dti_dlq_topic", "dti.submissions")
                        .containsKeys("dti_dlq_reason", "dti_dlq_partition", "dti_dlq_offset", "ce_specversion");
            }
            assertThat(dead).extracting(e -> e.headers().get("dti_dlq_offset"))
                    .containsExactly(Long.toString(a.offset()), Long.toString(b.offset()), Long.toString(c.offset()),
                            Long.toString(d.offset()));
            assertThat(dead).extracting(e -> e.headers().get("dti_dlq_partition")).containsOnly(Integer.toString(a.partition()));
            assertThat(dead).extracting(e -> e.headers().get("ce_id")).doesNotContain(dispute);
            assertThat(dead.get(0).headers().get("dti_dlq_reason")).contains("unknown ce_type dti.submission.rejected.v9");
            assertThat(dead.get(0).headers()).containsEntry("ce_id", unknownType);
            assertThat(dead.get(0).value()).isEqualTo(valid);
            assertThat(dead.get(1).headers().get("dti_dlq_reason")).contains("missing ce_id");
            assertThat(dead.get(2).headers().get("dti_dlq_reason")).contains("not JSON");
            assertThat(dead.get(2).value()).isEqualTo("{\"submissionId\": ");
            assertThat(dead.get(3).headers().get("dti_dlq_reason")).contains("schema").contains("values");
        }
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("dti_consumer_dead_lettered_total", "dti_consumer_events_total", "dti_recompute_duration_seconds",
                "dti_outbox_backlog", "dti_consumer_skipped_total{type=\"dti.dispute.changed.v1\"");
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-consumer' }.status", org.hamcrest.Matchers.is("UP"));
    }
}
