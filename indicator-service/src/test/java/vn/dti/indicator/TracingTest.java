package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import vn.dti.testing.kafka.TopicReader;
import vn.dti.testing.otel.Traced;

/**
 * One submission, one trace: the HTTP request's span, the outbox relay's PRODUCER span (its child),
 * and the record's W3C traceparent header naming that PRODUCER span, so consumers continue the trace.
 */
@QuarkusTest
@TestProfile(Traced.class)
class TracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aSubmissionsRequestItsOutboxPublishAndItsKafkaRecordShareOneTrace() {
        spans.reset();
        String id = submitter("17").contentType(ContentType.JSON).body(submission("17", "2020", 70.5, 4.5))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");

        TopicReader.Event event;
        try (TopicReader reader = new TopicReader("dti.submissions")) {
            event = reader.readUntil(seen -> seen.stream().anyMatch(e -> e.value().contains(id)), Duration.ofSeconds(30))
                    .stream().filter(e -> e.value().contains(id)).findFirst().orElseThrow();
        }
        String traceparent = event.headers().get("traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = traceparent.split("-")[1];
        String parentSpanId = traceparent.split("-")[2];

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<SpanData> finished = spans.getFinishedSpanItems();
            SpanData request = finished.stream()
                    .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/v1/submissions"))
                    .filter(s -> s.getTraceId().equals(traceId)).findFirst().orElseThrow();
            SpanData publish = finished.stream()
                    .filter(s -> s.getKind() == SpanKind.PRODUCER && s.getSpanId().equals(parentSpanId)).findFirst().orElseThrow();
            assertThat(publish.getName()).isEqualTo("dti.submissions publish");
            assertThat(publish.getTraceId()).isEqualTo(request.getTraceId());
            assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
            assertThat(publish.getAttributes().asMap().values()).contains("dti.submissions", event.headers().get("ce_id"));
        });
    }
}
