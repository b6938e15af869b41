package vn.dti.report.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the indicator and ranking APIs in the portal's page tests (the JDK's HTTP server): it
 * answers JSON of the real shapes (docs/api.md, the OpenAPI examples) for the paths a test gives it, and
 * records what the portal sent (method, path and query, Content-Type, Authorization, body).
 */
public final class ApiStub {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the portal made. */
    public record Call(String method, String uri, String contentType, String authorization, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The claims of the bearer token the portal forwarded. */
        public JsonNode tokenClaims() {
            String[] parts = authorization.substring("Bearer ".length()).split("\\.");
            try {
                return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Answer(int status, String contentType, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public ApiStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
    }

    /** Forget every answer and call (each test sets its own). */
    public void reset() {
        answers.clear();
        calls.clear();
    }

    /** {@code GET /api/v1/…} (path with its query, exactly as the portal asks) answers 200 with this JSON. */
    public ApiStub get(String uri, String json) {
        return answer("GET", uri, 200, json);
    }

    public ApiStub post(String path, int status, String json) {
        return answer("POST", path, status, json);
    }

    public ApiStub answer(String method, String uri, int status, String json) {
        answers.put(method + " " + uri, new Answer(status, status >= 400 ? "application/problem+json" : "application/json", json));
        return this;
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    /** The calls with this method whose path (before the query) is {@code path}. */
    public List<Call> calls(String method, String path) {
        return calls.stream().filter(c -> c.method().equals(method) && c.uri().split("\\?")[0].equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String uri = exchange.getRequestURI().toString();
        calls.add(new Call(exchange.getRequestMethod(), uri, exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Answer a = answers.get(exchange.getRequestMethod() + " " + uri);
        if (a == null) {
            a = new Answer(404, "application/problem+json",
                    "{\"type\":\"https://dti.gov.vn/problems/not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"stub: no answer for "
                            + exchange.getRequestMethod() + " " + uri.replace("\"", "'") + "\"}");
        }
        byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", a.contentType());
        exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
            exchange.getResponseBody().write(out);
        }
        exchange.close();
    }
}
