package vn.dti.report.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import vn.dti.testing.net.FreePorts;

/**
 * The indicator- and ranking-service as the portal sees them in report-service's tests: recorded
 * answers in the shapes of their OpenAPI examples (ApiExamples of each service), with their access
 * rules where a page depends on them (a submitter reads its own unit's profile only; only committee
 * and admin publish releases), decided from the forwarded token's claims. Also the discovery document
 * of an identity provider, so the portal's OIDC tenant starts; the tests stand in the signed-in person
 * with {@code @TestSecurity}. The report-service's own API is the real one: {@code dti.portal.report-url}
 * is this test application itself (on a fixed port). Every request is recorded ({@link #requests}).
 */
public class ApiStub implements QuarkusTestResourceLifecycleManager {

    /** One request as the stub received it. */
    public record Request(String method, String pathAndQuery, String authorization, String body, String contentType) {
        public JsonNode claims() {
            String token = authorization.substring("Bearer ".length());
            return read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        }

        public JsonNode json() {
            return read(body);
        }
    }

    public static final List<Request> requests = new CopyOnWriteArrayList<>();

    /** An answer a test sets for itself: status and JSON body. */
    public record Scripted(int status, String body) {
    }

    /**
     * Answers set by a test ("METHOD /path?query" → answer), given before the recorded ones (the officer and
     * reviewer page tests script each case: a 422, a 409, a stored import). Tests clear it before each case.
     */
    public static final Map<String, Scripted> scripted = new java.util.concurrent.ConcurrentHashMap<>();
    static final ObjectMapper JSON = new ObjectMapper();

    static final String FRAMEWORKS = """
            [{"code": "DTI-PROVINCE", "name": "Provincial DTI", "unitType": "PROVINCE", "periodType": "ANNUAL", "version": 3,
              "status": "PUBLISHED", "publishedAt": "2025-01-02T03:00:00Z"},
             {"code": "DTI-DRAFT", "name": "A draft", "unitType": "PROVINCE", "periodType": "ANNUAL", "version": 1, "status": "DRAFT"}]""";
    static final String PERIODS = """
            [{"frameworkCode": "DTI-PROVINCE", "period": "2023", "periodType": "ANNUAL", "startsOn": "2023-01-01", "endsOn": "2023-12-31",
              "dueAt": "2024-03-31T16:59:59Z", "closesAt": "2024-04-30T16:59:59Z", "changedAt": "2024-01-02T03:00:00Z"},
             {"frameworkCode": "DTI-PROVINCE", "period": "2024", "periodType": "ANNUAL", "startsOn": "2024-01-01", "endsOn": "2024-12-31",
              "dueAt": "2025-03-31T16:59:59Z", "closesAt": "2025-04-30T16:59:59Z", "changedAt": "2025-01-02T03:00:00Z"}]""";
    /** Ranking-service's STANDINGS example, plus a unit whose name is markup. */
    static final String STANDINGS_2024 = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 17, "basis": "submitted", "computedAt": "2025-04-02T07:05:09.871Z",
             "unitCount": 4, "node": "DTI",
             "entries": [
               {"rank": 1, "unitCode": "48", "unitName": "Đà Nẵng", "score": 0.7814, "complete": true, "missing": 0,
                "children": [{"code": "DG_ACTIVITY", "score": 0.8921, "rank": 1}, {"code": "DE_ACTIVITY", "score": 0.653, "rank": 2}]},
               {"rank": 2, "unitCode": "01", "unitName": "Hà Nội", "score": 0.7402, "complete": true, "missing": 0,
                "children": [{"code": "DG_ACTIVITY", "score": 0.8113, "rank": 2}, {"code": "DE_ACTIVITY", "score": 0.6691, "rank": 1}]},
               {"rank": 2, "unitCode": "79", "unitName": "Thành phố Hồ Chí Minh", "score": 0.74018, "complete": false, "missing": 2,
                "children": [{"code": "DG_ACTIVITY", "score": 0.795, "rank": 3}, {"code": "DE_ACTIVITY", "score": 0.6312, "rank": 3}]},
               {"rank": 4, "unitCode": "66", "unitName": "<script>alert('x')</script> & Co", "score": 0.5, "complete": true, "missing": 0,
                "children": []}]}""";
    static final String STANDINGS_2023 = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2023", "version": 9, "basis": "submitted", "computedAt": "2024-04-02T07:05:09.871Z",
             "unitCount": 3, "node": "DTI",
             "entries": [
               {"rank": 1, "unitCode": "01", "unitName": "Hà Nội", "score": 0.7, "complete": true, "missing": 0, "children": []},
               {"rank": 2, "unitCode": "48", "unitName": "Đà Nẵng", "score": 0.69, "complete": true, "missing": 0, "children": []},
               {"rank": 3, "unitCode": "66", "unitName": "Đắk Lắk", "score": 0.5, "complete": true, "missing": 0, "children": []}]}""";
    /** Ranking-service's PROFILE example (with a compare period). */
    static final String PROFILE_48 = """
            {"frameworkCode": "DTI-PROVINCE", "period": "2024", "version": 17, "basis": "submitted", "computedAt": "2025-04-02T07:05:09.871Z",
             "unitCode": "48", "unitName": "Đà Nẵng", "unitCount": 63, "score": 0.61, "rank": 1, "complete": true, "missing": 0,
             "tree": {"code": "DTI", "name": "Digital Transformation Index", "weight": 1.0, "score": 0.61, "rank": 1, "children": []},
             "indicators": [
               {"code": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "raw": 95.0, "normalised": 0.9, "contribution": 0.45, "rank": 2,
                "submissionId": "3f6c1f9e-8f5e-4c1a-9d7e-2b1f0c9a4e11"},
               {"code": "ECOMMERCE_RETAIL_SHARE", "name": "E-commerce share of retail sales", "raw": 2.24, "normalised": 0.32, "contribution": 0.16, "rank": 5,
                "submissionId": "0b7d2c44-51a3-4f0e-8c2e-6a9d3e5f7b20"}],
             "strengths": [{"indicatorCode": "OPS_TIMELY_RATE", "name": "Online public services processed on time", "raw": 95.0,
                            "normalised": 0.9, "median": 0.7, "gap": 0.2}],
             "weaknesses": [{"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "name": "E-commerce share of retail sales", "raw": 2.24,
                             "normalised": 0.32, "median": 0.5, "gap": -0.18}],
             "comparison": {"frameworkCode": "DTI-PROVINCE", "period": "2023", "version": 9, "basis": "SAME_UNIT", "comparedWith": ["48"],
                            "compareBasis": "SAME_UNITS", "restatedAsOf": null, "rule": null,
                            "previousScore": 0.55, "scoreChange": 0.06, "previousRank": 3, "rankChange": 2, "nodes": []}}""";
    static final String FORBIDDEN = """
            {"type": "https://dti.gov.vn/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "A submitter may read the profile of its own unit only."}""";
    static final String FORBIDDEN_ROLE = """
            {"type": "https://dti.gov.vn/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "Your role may not do this."}""";
    static final String NOT_FOUND = """
            {"type": "https://dti.gov.vn/problems/not-found", "title": "Not found", "status": 404, "detail": "No such resource."}""";
    static final String RELEASE_INVALID = """
            {"type": "https://dti.gov.vn/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "1 problem in the request; see errors",
             "errors": [{"pointer": "/label", "code": "REQUIRED", "detail": "is required"}]}""";
    static final String RELEASES = """
            [{"id": "9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d", "frameworkCode": "DTI-PROVINCE", "period": "2024", "basis": "approved",
              "revision": 2, "version": 57, "label": "DTI 2024 official results, revision 2", "note": null,
              "releasedBy": "committee-chair", "releasedAt": "2026-11-30T10:00:00.120Z", "supersedes": "5a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d"}]""";
    static final String RELEASE = """
            {"id": "9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d", "frameworkCode": "DTI-PROVINCE", "period": "2024", "basis": "approved",
             "revision": 2, "version": 57, "label": "DTI 2024 official results, revision 2", "note": null,
             "releasedBy": "committee-chair", "releasedAt": "2026-11-30T10:00:00.120Z", "supersedes": "5a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d",
             "changes": [{"unitCode": "48", "previousRank": 2, "rank": 1, "previousScore": 0.6012, "score": 0.6301}],
             "standings": {}}""";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
        String stub = "http://127.0.0.1:" + server.getAddress().getPort();
        int self = FreePorts.take();
        return Map.of("dti.portal.indicator-url", stub, "dti.portal.ranking-url", stub,
                "quarkus.http.test-port", Integer.toString(self), "dti.portal.report-url", "http://127.0.0.1:" + self,
                "quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", stub + "/realms/dti",
                "quarkus.oidc.credentials.secret", "test-only-secret-of-the-portal-client-0123");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String uri = exchange.getRequestURI().toString();
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String stub = "http://127.0.0.1:" + server.getAddress().getPort();
        if (path.startsWith("/realms/")) {
            answer(exchange, 200, path.endsWith("openid-configuration") ? """
                    {"issuer": "%1$s/realms/dti", "authorization_endpoint": "%1$s/realms/dti/auth", "token_endpoint": "%1$s/realms/dti/token",
                     "jwks_uri": "%1$s/realms/dti/certs", "end_session_endpoint": "%1$s/realms/dti/logout"}""".formatted(stub) : "{\"keys\": []}");
            return;
        }
        Request request = new Request(method, uri, authorization, body, exchange.getRequestHeaders().getFirst("Content-Type"));
        requests.add(request);
        Scripted script = scripted.get(method + " " + uri);
        if (script != null) {
            answer(exchange, script.status(), script.body());
            return;
        }
        JsonNode claims = authorization == null ? JSON.createObjectNode() : request.claims();
        String unit = claims.path("unit").asText(null);
        boolean submitter = claims.path("groups").toString().contains("submitter");
        boolean publisher = claims.path("groups").toString().matches(".*\"(committee|admin)\".*");
        if (authorization == null) {
            answer(exchange, 401, "{\"status\": 401, \"title\": \"Unauthorized\"}");
        } else if (method.equals("GET") && path.equals("/api/v1/frameworks")) {
            answer(exchange, 200, FRAMEWORKS);
        } else if (method.equals("GET") && path.equals("/api/v1/frameworks/DTI-PROVINCE/periods")) {
            answer(exchange, 200, PERIODS);
        } else if (method.equals("GET") && (path.equals("/api/v1/standings/DTI-PROVINCE/2024")
                || path.equals("/api/v1/standings/DTI-PROVINCE/2024/official"))) {
            answer(exchange, 200, STANDINGS_2024);
        } else if (method.equals("GET") && path.equals("/api/v1/standings/DTI-PROVINCE/2023")) {
            answer(exchange, 200, STANDINGS_2023);
        } else if (method.equals("GET") && path.matches("/api/v1/standings/DTI-PROVINCE/2024/units/(48|79)")) {
            String code = path.substring(path.lastIndexOf('/') + 1);
            if (submitter && !code.equals(unit)) {
                answer(exchange, 403, FORBIDDEN);
            } else {
                answer(exchange, 200, PROFILE_48.replace("\"unitCode\": \"48\"", "\"unitCode\": \"" + code + "\""));
            }
        } else if (method.equals("GET") && path.equals("/api/v1/releases")) {
            answer(exchange, 200, RELEASES);
        } else if (method.equals("GET") && path.startsWith("/api/v1/releases/")) {
            answer(exchange, 200, RELEASE);
        } else if (method.equals("POST") && path.equals("/api/v1/releases")) {
            if (!publisher) {
                answer(exchange, 403, FORBIDDEN_ROLE);
            } else if (request.json().path("label").asText("").isBlank()) {
                answer(exchange, 422, RELEASE_INVALID);
            } else {
                answer(exchange, 201, RELEASE);
            }
        } else {
            answer(exchange, 404, NOT_FOUND);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
