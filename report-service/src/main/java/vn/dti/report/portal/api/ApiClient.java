package vn.dti.report.portal.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import vn.dti.report.portal.PortalConfig;
import vn.dti.report.portal.session.Viewer;

/**
 * The portal's client of the three APIs: every call carries the signed-in person's access token, so
 * the APIs decide what that person may see and do, exactly as for any other client. A 2xx is an
 * {@link ApiResult}; anything else is thrown as an {@link ApiProblem} (the API's problem+json, or 503
 * when the API cannot be reached).
 */
@ApplicationScoped
public class ApiClient {

    /** Which API: the base URL comes from {@link PortalConfig}. */
    public enum Service {
        INDICATOR, RANKING, REPORT
    }

    private static final Logger LOG = Logger.getLogger(ApiClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    PortalConfig config;

    @Inject
    Viewer viewer;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** GET a JSON resource, e.g. {@code getJson(RANKING, "/api/v1/standings/DTI-PROVINCE/2024")}. */
    public JsonNode getJson(Service service, String pathAndQuery) {
        return send(request(service, pathAndQuery, "application/json").GET()).json();
    }

    /** GET any representation (HTML, PDF) as bytes. */
    public ApiResult get(Service service, String pathAndQuery, String accept) {
        return send(request(service, pathAndQuery, accept).GET());
    }

    /** POST a JSON body (any Jackson-serialisable value; null sends no body). */
    public ApiResult postJson(Service service, String path, Object body) {
        HttpRequest.Builder request = request(service, path, "application/json");
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot write the request body", e);
            }
        }
        return send(request);
    }

    /** POST any body with its content type (a multipart upload, a CSV file). */
    public ApiResult post(Service service, String path, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(service, path, "application/json").header("Content-Type", contentType).POST(body));
    }

    public ApiResult delete(Service service, String path) {
        return send(request(service, path, "application/json").DELETE());
    }

    private HttpRequest.Builder request(Service service, String pathAndQuery, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base(service) + pathAndQuery))
                .timeout(TIMEOUT).header("Accept", accept + ", application/problem+json");
        String token = viewer.accessToken();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private String base(Service service) {
        String base = switch (service) {
            case INDICATOR -> config.indicatorUrl();
            case RANKING -> config.rankingUrl();
            case REPORT -> config.reportUrl();
        };
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private ApiResult send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            LOG.warnf("The portal could not reach %s: %s", built.uri(), e.toString());
            throw new ApiProblem(503, "Service unavailable", null, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, "Service unavailable", null, List.of());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        byte[] body = response.body();
        if (response.statusCode() / 100 == 2) {
            JsonNode node = contentType.contains("json") && body.length > 0 ? parse(body) : null;
            return new ApiResult(response.statusCode(), contentType, response.headers().firstValue("Location").orElse(null),
                    body, node, response.headers());
        }
        throw problem(response.statusCode(), contentType, body);
    }

    private ApiProblem problem(int status, String contentType, byte[] body) {
        JsonNode node = contentType.contains("json") && body.length > 0 ? parse(body) : null;
        if (node == null) {
            return new ApiProblem(status, "HTTP " + status, null, List.of());
        }
        List<ApiProblem.FieldProblem> errors = new ArrayList<>();
        for (JsonNode error : node.path("errors")) {
            errors.add(new ApiProblem.FieldProblem(text(error, "pointer"), text(error, "code"), text(error, "detail")));
        }
        return new ApiProblem(status, text(node, "title"), text(node, "detail"), errors);
    }

    private JsonNode parse(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
