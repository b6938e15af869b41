package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.dti.testing.kafka.TopicReader;
import vn.dti.testing.otel.Traced;

/**
 * A traced submission event (W3C traceparent header, as indicator-service's relay sends it) stays in
 * one trace through this service: consumed (CONSUMER span), recomputed, published as a standings
 * event (PRODUCER span) whose traceparent header carries the same trace to report-service.
 */
@QuarkusTest
@TestProfile(Traced.class)
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    Db db;

    @Test
    void aSubmissionsTraceContinuesThroughTheRecomputeIntoItsStandingsEvent() {
        String fw = "T-TRACE";
        Events.framework(Api.framework(fw, 1, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("R1", "Tỉnh Vết", "2034-01-01", "2034-12-31");
        // Applied first, so the submission below is polled alone and its span is current while it is applied.
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from unit where code = 'R1'") == 1
                && db.count("select count(*) from framework where code = ?", fw) == 1);

        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpanId = traceId.substring(0, 16);
        Map<String, String> headers = new LinkedHashMap<>(Events.ceHeaders(UUID.randomUUID().toString(), "dti.submission.accepted.v1"));
        headers.put("traceparent", "00-" + traceId + "-" + parentSpanId + "-01");
        Events.sendRaw("dti.submissions", "R1", Events.submissionPayload("R1", fw, "2034",
                OffsetDateTime.parse("2035-02-01T08:00:00Z"), values("A1", 50, "A2", 1, "B1", 5)).getBytes(StandardCharsets.UTF_8),
                headers);

        TopicReader.Event standings;
        try (TopicReader reader = new TopicReader("dti.standings")) {
            standings = reader.readUntil(seen -> seen.stream().anyMatch(e -> traced(e, traceId)), Duration.ofSeconds(30))
                    .stream().filter(e -> traced(e, traceId)).findFirst().orElseThrow();
        }
        assertThat(standings.value()).contains(fw).contains("R1");
        String sentSpanId = standings.headers().get("traceparent").split("-")[2];

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<SpanData> trace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
            SpanData consume = one(trace, SpanKind.CONSUMER, "dti.submissions process");
            SpanData recompute = one(trace, SpanKind.INTERNAL, "standings recompute");
            SpanData publish = one(trace, SpanKind.PRODUCER, "dti.standings publish");
            assertThat(consume.getParentSpanId()).isEqualTo(parentSpanId);
            assertThat(recompute.getParentSpanId()).isEqualTo(consume.getSpanId());
            assertThat(publish.getParentSpanId()).isEqualTo(recompute.getSpanId());
            assertThat(publish.getSpanId()).isEqualTo(sentSpanId);
        });
    }

    private static boolean traced(TopicReader.Event e, String traceId) {
        String traceparent = e.headers().get("traceparent");
        return traceparent != null && traceparent.contains(traceId);
    }

    private static SpanData one(List<SpanData> trace, SpanKind kind, String name) {
        List<SpanData> found = trace.stream().filter(s -> s.getKind() == kind && s.getName().equals(name)).toList();
        assertThat(found).as("%s %s in %s", kind, name, trace).hasSize(1);
        return found.get(0);
    }
}
