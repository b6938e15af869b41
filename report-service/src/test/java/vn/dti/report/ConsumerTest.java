package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.report.Events.entry;
import static vn.dti.report.Events.values;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import vn.dti.testing.kafka.TopicReader;

/**
 * The consumer as docs/events/README.md asks: idempotent by ce_id, later receivedAt wins, a
 * standings version applies only if greater, poison records go to dti.report.dlq with the
 * dti_dlq_* headers and do not block what follows them.
 */
@QuarkusTest
class ConsumerTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Db db;

    private double value(String fw, String unit, String indicator) {
        Number n = db.number("select value from current_value where framework_code = '" + fw + "' and unit_code = '" + unit
                + "' and indicator_code = '" + indicator + "'");
        return n == null ? Double.NaN : n.doubleValue();
    }

    @Test
    void aRedeliveredEventChangesNothingEvenWithAnotherPayload() {
        String fw = "T-IDEM";
        String id = UUID.randomUUID().toString();
        Events.sendWithId(id, "dti.submissions", "74", "dti.submission.accepted.v1",
                Events.submissionPayload("74", fw, "2031", "2032-03-01T08:00:00.000+07:00", false, values("A1", 50)));
        await().atMost(WAIT).until(() -> value(fw, "74", "A1") == 50);
        // the same ce_id again (a relay that crashed before marking the row sent), then a marker event
        Events.sendWithId(id, "dti.submissions", "74", "dti.submission.accepted.v1",
                Events.submissionPayload("74", fw, "2031", "2032-03-02T08:00:00.000+07:00", false, values("A1", 99)));
        Events.submission("74", fw, "2031", "2032-03-01T09:00:00.000+07:00", false, values("A2", 1));
        await().atMost(WAIT).until(() -> value(fw, "74", "A2") == 1);
        assertThat(value(fw, "74", "A1")).isEqualTo(50);
        assertThat(db.count("processed_event", "event_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void anOlderValueArrivingLaterDoesNotReplaceANewerOne() {
        String fw = "T-ORDER";
        Events.submission("48", fw, "2031", "2032-03-05T08:00:00.000+07:00", true, values("A1", 70));
        Events.submission("48", fw, "2031", "2032-03-01T08:00:00.000+07:00", false, values("A1", 60, "A2", 0));
        await().atMost(WAIT).until(() -> value(fw, "48", "A2") == 0);
        assertThat(value(fw, "48", "A1")).isEqualTo(70);
        assertThat(db.count("current_value", "framework_code = 'T-ORDER' and indicator_code = 'A1' and late")).isEqualTo(1);
    }

    @Test
    void anOlderStandingsVersionIsIgnored() {
        String fw = "T-VERSION";
        Events.standings(fw, "2031", 5, "R", entry(1, "48", "Đà Nẵng", 0.5, true, 0));
        await().atMost(WAIT).until(() -> db.count("standings", "framework_code = 'T-VERSION' and version = 5") == 1);
        // The older and the equal version must have been processed (not merely be on their way)
        // before the stored version is checked: wait for exactly their ce_ids.
        List<String> stale = List.of(
                Events.standings(fw, "2031", 4, "R", entry(1, "48", "Đà Nẵng", 0.9, true, 0)),
                Events.standings(fw, "2031", 5, "R", entry(1, "48", "Đà Nẵng", 0.7, true, 0))); // same version: not greater
        Events.standings(fw, "2030", 1, "R", entry(1, "48", "Đà Nẵng", 0.3, true, 0));
        await().atMost(WAIT).until(() -> db.count("standings", "framework_code = 'T-VERSION' and period = '2030'") == 1);
        await().atMost(WAIT).until(() -> db.processed(stale) == stale.size());
        assertThat(db.number("select version from standings where framework_code = 'T-VERSION' and period = '2031'").intValue()).isEqualTo(5);
        assertThat(db.text("select body->'entries'->0->>'score' from standings where framework_code = 'T-VERSION' and period = '2031'"))
                .isEqualTo("0.5");
        Events.standings(fw, "2031", 6, "R", entry(1, "48", "Đà Nẵng", 0.6, true, 0));
        await().atMost(WAIT).until(() -> db.count("standings", "framework_code = 'T-VERSION' and version = 6") == 1);
    }

    @Test
    void poisonRecordsAreDeadLetteredWithTheirOriginAndTheConsumerGoesOn() {
        try (TopicReader dlq = new TopicReader("dti.report.dlq")) {
            // a type of the contract that report-service does not consume, first on the partition: skipped, not dead-lettered
            String dispute = Events.send("dti.submissions", "31", "dti.dispute.changed.v1",
                    Events.disputeChangedPayload("31", "T-POISON", "2031"));
            String notJson = UUID.randomUUID().toString();
            var notJsonMeta = Events.sendRaw("dti.submissions", "31", "{not json".getBytes(StandardCharsets.UTF_8),
                    Events.ceHeaders(notJson, "dti.submission.accepted.v1"));
            String invalid = UUID.randomUUID().toString();
            String badPayload = Events.submissionPayload("31", "T-POISON", "2031", "2032-03-01T08:00:00.000+07:00", false,
                    values("A1", 1)).replace("\"value\":1.0", "\"value\":\"one\"");
            Events.sendRaw("dti.submissions", "31", badPayload.getBytes(StandardCharsets.UTF_8),
                    Events.ceHeaders(invalid, "dti.submission.accepted.v1"));
            String unknown = UUID.randomUUID().toString();
            Events.sendRaw("dti.units", "31", "{}".getBytes(StandardCharsets.UTF_8), Events.ceHeaders(unknown, "dti.unit.deleted.v9"));
            Events.sendRaw("dti.standings", "T-POISON/2031", "{}".getBytes(StandardCharsets.UTF_8),
                    Events.ceHeaders(null, "dti.standings.recomputed.v1"));
            // a good record behind the poison on the same partition is still applied
            Events.submission("31", "T-POISON", "2031", "2032-03-01T08:00:00.000+07:00", false, values("A1", 42));
            await().atMost(WAIT).until(() -> value("T-POISON", "31", "A1") == 42);

            List<TopicReader.Event> dead = dlq.readUntil(list -> list.stream().filter(e -> poisonOfThisTest(e, notJson, invalid, unknown)).count() >= 4,
                    WAIT);
            List<TopicReader.Event> ours = dead.stream().filter(e -> poisonOfThisTest(e, notJson, invalid, unknown, dispute)).toList();
            assertThat(ours).hasSize(4);
            assertThat(ours).extracting(e -> e.headers().get("ce_id")).doesNotContain(dispute);
            TopicReader.Event first = ours.stream().filter(e -> notJson.equals(e.headers().get("ce_id"))).findFirst().orElseThrow();
            assertThat(first.key()).isEqualTo("31");
            assertThat(first.value()).isEqualTo("{not json");
            Map<String, String> h = first.headers();
            assertThat(h.get("dti_dlq_reason")).startsWith("value is not JSON");
            assertThat(h.get("dti_dlq_topic")).isEqualTo("dti.submissions");
            assertThat(h.get("dti_dlq_partition")).isEqualTo(Integer.toString(notJsonMeta.partition()));
            assertThat(h.get("dti_dlq_offset")).isEqualTo(Long.toString(notJsonMeta.offset()));
            assertThat(h).containsEntry("ce_type", "dti.submission.accepted.v1").containsEntry("ce_specversion", "1.0");
            assertThat(ours.stream().filter(e -> invalid.equals(e.headers().get("ce_id"))).findFirst().orElseThrow()
                    .headers().get("dti_dlq_reason")).contains("schema");
            assertThat(ours.stream().filter(e -> unknown.equals(e.headers().get("ce_id"))).findFirst().orElseThrow()
                    .headers().get("dti_dlq_reason")).isEqualTo("unknown ce_type dti.unit.deleted.v9");
            assertThat(ours.stream().filter(e -> "T-POISON/2031".equals(e.key())).findFirst().orElseThrow()
                    .headers().get("dti_dlq_reason")).isEqualTo("missing ce_id header");
        }
        assertThat(db.count("standings", "framework_code = 'T-POISON'")).isZero();
    }

    private static boolean poisonOfThisTest(TopicReader.Event e, String... ids) {
        return "T-POISON/2031".equals(e.key()) || List.of(ids).contains(e.headers().get("ce_id"));
    }
}
