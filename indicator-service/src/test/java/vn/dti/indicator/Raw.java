package vn.dti.indicator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.restassured.RestAssured;

import vn.dti.testing.jwt.TestTokens;

/**
 * Requests exactly as written (no Content-Type added, an empty header kept, {@code ?dryRun} without
 * '=', raw bytes, {@code %00} in a path), which RestAssured would normalise.
 */
final class Raw {

    record Answer(int status, String contentType, String body) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json") && body.contains("\"status\"");
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Raw() {
    }

    static Answer send(String role, String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (role != null) {
                String[] r = role.split(":");
                b.header("Authorization", "Bearer " + (r.length > 1 ? TestTokens.token(r[0], r[1]) : TestTokens.token(r[0])));
            }
            headers.forEach(b::header);
            HttpResponse<String> res = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(res.statusCode(), res.headers().firstValue("Content-Type").orElse(null), res.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + pathAndQuery + ": " + e, e);
        }
    }

    static Answer send(String role, String method, String pathAndQuery, Map<String, String> headers, String body) {
        return send(role, method, pathAndQuery, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }
}
