package vn.dti.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A thin client of the suite's public HTTP API (what an integrator would call). */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** An answer: status, parsed JSON body (null when not JSON), raw bytes and headers. */
    record Response(int status, JsonNode body, byte[] raw, java.net.http.HttpHeaders headers) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String describe() {
            return status + " " + (body != null ? body.toString() : new String(raw, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    final HttpClient http;
    final Tokens tokens;

    Api(Tokens tokens, int threads) {
        this.tokens = tokens;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(Math.max(2, threads)))
                .build();
    }

    Response get(URI base, String path, String token, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET()
                .header("Accept", accept);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    Response get(URI base, String path, String token) throws IOException, InterruptedException {
        return get(base, path, token, "application/json");
    }

    Response send(String method, URI base, String path, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(request(method, base, path, token, body, headers));
    }

    HttpRequest request(String method, URI base, String path, String token, Object body, Map<String, String> headers) {
        byte[] bytes;
        try {
            bytes = body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return b.build();
    }

    Response send(HttpRequest request) throws IOException, InterruptedException {
        return parse(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
    }

    static Response parse(HttpResponse<byte[]> r) {
        JsonNode body = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && r.body().length > 0) {
            try {
                body = JSON.readTree(r.body());
            } catch (IOException notJson) {
                body = null;
            }
        }
        return new Response(r.statusCode(), body, r.body(), r.headers());
    }

    /** Waits until {@code base}/q/health/ready answers 200; false on timeout. */
    boolean waitReady(URI base, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(base, "/q/health/ready", null).status() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }
}
