package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The submissions' client against a real HTTP server: what it sends, and what it reads of the answer. */
class HttpSinkTest {

    private HttpServer server;
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private volatile int status = 201;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/submissions", exchange -> {
            seen.put("method", exchange.getRequestMethod());
            seen.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            seen.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            seen.put("idempotencyKey", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
            seen.put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
            byte[] answer = (status == 201
                    ? "{\"id\":\"x\",\"values\":[{\"receivedAt\":\"1999-01-01T00:00:00Z\"}],\"receivedAt\":\"2026-12-01T06:30:00.123456Z\"}"
                    : "{\"type\":\"about:blank\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpSink sink() {
        return new HttpSink(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/submissions"), 2);
    }

    private static Workload.Submission submission() {
        return new Workload.Submission("01", "Bearer t-01", "{\"unitCode\":\"01\"}".getBytes(StandardCharsets.UTF_8),
                new String[0], new double[0], 0);
    }

    @Test
    void postsThePreparedBodyWithTheUnitsTokenAndReadsTheTopLevelReceivedAt() throws Exception {
        HttpSink sink = sink();
        try {
            Instant receivedAt = sink.submitAsync(submission(), "key-1").get();
            assertThat(receivedAt).isEqualTo(Instant.parse("2026-12-01T06:30:00.123456Z"));
            assertThat(seen).containsEntry("method", "POST").containsEntry("body", "{\"unitCode\":\"01\"}")
                    .containsEntry("authorization", "Bearer t-01").containsEntry("idempotencyKey", "key-1")
                    .containsEntry("contentType", "application/json");
            assertThat(sink.submit(submission(), "key-2")).as("blocking, on the same connections").isEqualTo(receivedAt);
            assertThat(seen).containsEntry("idempotencyKey", "key-2");
        } finally {
            sink.close();
        }
    }

    @Test
    void anyOtherStatusIsNotAccepted() throws Exception {
        status = 503;
        HttpSink sink = sink();
        try {
            assertThat(sink.submitAsync(submission(), "key-3").get()).isNull();
        } finally {
            sink.close();
        }
    }

    @Test
    void aServerThatIsNotThereFailsTheAnswerNotTheCaller() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        HttpSink sink = new HttpSink(URI.create("http://127.0.0.1:" + port + "/api/v1/submissions"), 1);
        try {
            assertThat(sink.submitAsync(submission(), "key-4")).failsWithin(java.time.Duration.ofSeconds(10));
        } finally {
            sink.close();
        }
    }
}
