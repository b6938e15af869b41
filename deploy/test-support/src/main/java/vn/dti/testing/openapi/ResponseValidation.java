package vn.dti.testing.openapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * A RestAssured filter that checks every answer of an {@code /api/} call against the OpenAPI
 * document of the service that gave it (read once per origin from {@code /q/openapi}): the
 * operation, the status, the media type and the declared headers must be documented, and a JSON
 * body must validate against the schema of that operation and status (JSON Schema 2020-12). Any
 * mismatch fails the call at once; {@link #validated()} counts the answers checked.
 */
public final class ResponseValidation implements Filter {

    private final Map<String, OpenApiDocument> documents = new ConcurrentHashMap<>();
    private final AtomicInteger validated = new AtomicInteger();
    private final Set<String> operations = ConcurrentHashMap.newKeySet();
    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath() == null || !uri.getPath().startsWith("/api/")) {
            return response;
        }
        List<String> problems = check(uri, request.getMethod(), response);
        if (!problems.isEmpty()) {
            String what = request.getMethod() + " " + uri.getPath() + " → " + response.statusCode() + ": " + String.join("; ", problems);
            mismatches.add(what);
            throw new AssertionError("The answer breaks the OpenAPI document: " + what + "\nbody: " + abbreviate(response.asString()));
        }
        validated.incrementAndGet();
        return response;
    }

    /** Answers checked without a mismatch. */
    public int validated() {
        return validated.get();
    }

    /** The operations (operationId) answers were checked for. */
    public Set<String> operations() {
        return Set.copyOf(operations);
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    private List<String> check(URI uri, String method, Response response) {
        List<String> problems = new ArrayList<>();
        OpenApiDocument doc = document(uri);
        Optional<OpenApiDocument.Operation> op = doc.find(method, uri.getPath());
        if (op.isEmpty()) {
            problems.add("no such operation in the document");
            return problems;
        }
        operations.add(op.get().id() == null ? op.get().toString() : op.get().id());
        int status = response.statusCode();
        Optional<JsonNode> declared = doc.response(op.get(), status);
        if (declared.isEmpty()) {
            problems.add(op.get() + " does not declare status " + status);
            return problems;
        }
        declared.get().path("headers").fieldNames().forEachRemaining(name -> {
            // a replay marker is only sent on a replay
            if (!name.equalsIgnoreCase("Idempotent-Replayed") && response.header(name) == null) {
                problems.add("declared header " + name + " missing");
            }
        });
        byte[] body = response.asByteArray();
        if (declared.get().path("content").isEmpty()) {
            if (body.length > 0) {
                problems.add("a body where none is declared");
            }
            return problems;
        }
        String contentType = response.contentType();
        Optional<JsonNode> media = OpenApiDocument.mediaType(declared.get(), contentType);
        if (media.isEmpty()) {
            problems.add("media type " + contentType + " not declared for " + status);
            return problems;
        }
        JsonNode schema = media.get().path("schema");
        String bare = contentType.split(";")[0].trim();
        if (OpenApiDocument.isJson(bare) && !schema.isMissingNode()) {
            JsonNode instance;
            try {
                instance = OpenApiDocument.JSON.readTree(body);
            } catch (IOException e) {
                problems.add("not JSON: " + e.getMessage());
                return problems;
            }
            Set<ValidationMessage> errors = doc.validate(schema, instance);
            errors.forEach(e -> problems.add(e.toString()));
        } else if (body.length == 0) {
            problems.add("empty " + bare + " body");
        }
        return problems;
    }

    private OpenApiDocument document(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        return documents.computeIfAbsent(origin, o -> {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(o + "/q/openapi?format=json")).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(o + "/q/openapi answered " + r.statusCode());
                }
                return OpenApiDocument.parse(r.body());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
