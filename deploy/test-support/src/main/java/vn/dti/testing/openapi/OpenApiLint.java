package vn.dti.testing.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

/**
 * The rules an OpenAPI document of this suite keeps so that a client generated from it works
 * unchanged (issue 13, docs/api.md "Generate a client"). General: an operation added later is
 * checked without naming it. Each service's OpenApiTest runs it on the live {@code /q/openapi}.
 */
public final class OpenApiLint {

    /** Schema names that are Java classes (vn.dti.plumbing.openapi.ClientContract inlines them). */
    public static final Set<String> JAVA_TYPES = Set.of("LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime",
            "ZonedDateTime", "Instant", "Duration", "UUID", "URI", "URL", "BigDecimal", "BigInteger", "JsonNode",
            "ObjectNode", "ArrayNode", "JsonNodeType", "Object", "Response");
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final Pattern OPERATION_ID = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    static final Pattern SCHEMA_REF = Pattern.compile("^#/components/schemas/([^/]+)$");

    private OpenApiLint() {
    }

    /** Every rule broken, one line each; empty when the document is clean. */
    public static List<String> problems(String json) {
        OpenApiDocument doc = OpenApiDocument.parse(json);
        JsonNode root = doc.root();
        List<String> problems = new ArrayList<>();
        if (!root.path("servers").isArray() || root.path("servers").isEmpty()) {
            problems.add("no servers");
        }
        if (!root.path("security").isArray() || root.path("security").isEmpty()) {
            problems.add("no top-level security");
        }
        Map<String, String> ids = new HashMap<>();
        for (OpenApiDocument.Operation op : doc.operations()) {
            JsonNode node = op.node();
            String id = op.id();
            if (id == null || id.isBlank()) {
                problems.add(op + ": no operationId");
            } else {
                if (!OPERATION_ID.matcher(id).matches()) {
                    problems.add(op + ": operationId is not camelCase");
                }
                String other = ids.put(id, op.toString());
                if (other != null) {
                    problems.add(op + ": operationId also used by " + other);
                }
            }
            if (node.path("description").asText("").isBlank()) {
                problems.add(op + ": no description");
            }
            for (JsonNode requirement : node.path("security")) {
                requirement.fields().forEachRemaining(e -> e.getValue().forEach(scope -> {
                    if (scope.asText().equals("**")) {
                        problems.add(op + ": security scope **");
                    }
                }));
            }
            for (JsonNode p : node.path("parameters")) {
                JsonNode param = doc.resolve(p);
                if (!param.has("schema")) {
                    problems.add(op + ": parameter " + param.path("name").asText() + " has no schema");
                }
            }
            if (node.has("requestBody") && doc.resolve(node.get("requestBody")).path("content").size() > 1) {
                problems.add(op + ": more than one request media type (a generator keeps one): "
                        + names(doc.resolve(node.get("requestBody")).path("content")));
            }
            JsonNode body = node.has("requestBody") ? doc.resolve(node.get("requestBody")) : null;
            if (body != null) {
                examples(doc, op + " request", body.path("content"), problems);
            }
            Iterator<Map.Entry<String, JsonNode>> responses = node.path("responses").fields();
            if (!node.path("responses").fields().hasNext()) {
                problems.add(op + ": no responses");
            }
            boolean success = false;
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> e = responses.next();
                String status = e.getKey();
                JsonNode response = doc.resolve(e.getValue());
                String where = op + " " + status;
                success |= status.startsWith("2");
                if (status.startsWith("4") || status.startsWith("5")) {
                    JsonNode problem = response.path("content").path(PROBLEM);
                    if (problem.isMissingNode() || !PROBLEM_SCHEMA.equals(problem.path("schema").path("$ref").asText())) {
                        problems.add(where + ": not the problem+json Problem schema");
                    }
                    if (response.path("content").size() != 1) {
                        problems.add(where + ": media types other than problem+json: " + names(response.path("content")));
                    }
                }
                if ((status.startsWith("2") || status.startsWith("4") || status.startsWith("5")) && !status.equals("204")) {
                    if (response.path("content").isEmpty()) {
                        problems.add(where + ": no content");
                    }
                    examples(doc, where, response.path("content"), problems);
                }
                response.path("headers").fields().forEachRemaining(h -> {
                    if (!doc.resolve(h.getValue()).has("schema")) {
                        problems.add(where + ": header " + h.getKey() + " has no schema");
                    }
                });
                if (status.equals("201") && !response.path("headers").has("Location")) {
                    problems.add(where + ": 201 without a Location header");
                }
            }
            if (!success) {
                problems.add(op + ": no 2xx response");
            }
        }
        schemas(root, problems);
        return problems;
    }

    /** Fails with every broken rule. */
    public static void requireClean(String json) {
        List<String> problems = problems(json);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " OpenAPI lint problems:\n  " + String.join("\n  ", problems));
        }
    }

    /** Each media type has an example, and a JSON example validates against its schema. */
    private static void examples(OpenApiDocument doc, String where, JsonNode content, List<String> problems) {
        content.fields().forEachRemaining(m -> {
            JsonNode media = m.getValue();
            List<JsonNode> values = new ArrayList<>();
            if (media.has("example")) {
                values.add(media.get("example"));
            }
            media.path("examples").forEach(x -> values.add(doc.resolve(x).path("value")));
            if (values.isEmpty()) {
                problems.add(where + " " + m.getKey() + ": no example");
                return;
            }
            if (!OpenApiDocument.isJson(m.getKey()) || !media.has("schema")) {
                return;
            }
            for (JsonNode value : values) {
                Set<ValidationMessage> errors = doc.validate(media.get("schema"), value);
                if (!errors.isEmpty()) {
                    problems.add(where + " " + m.getKey() + ": example breaks its schema: " + errors);
                }
            }
        });
    }

    /** No Java type names, every schema used, every object property of a schema with a type. */
    private static void schemas(JsonNode root, List<String> problems) {
        JsonNode schemas = root.path("components").path("schemas");
        Set<String> used = new HashSet<>();
        JsonNode withoutSchemas = root.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutSchemas.path("components")).remove("schemas");
        List<String> pending = new ArrayList<>();
        refs(withoutSchemas, pending);
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (used.add(name)) {
                refs(schemas.path(name), pending);
            }
        }
        schemas.fieldNames().forEachRemaining(name -> {
            if (JAVA_TYPES.contains(name)) {
                problems.add("schema " + name + " is a Java type");
            }
            if (!used.contains(name)) {
                problems.add("schema " + name + " is not used");
            }
        });
    }

    private static void refs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null) {
                var m = SCHEMA_REF.matcher(ref.asText());
                if (m.matches()) {
                    into.add(m.group(1));
                }
            }
            node.forEach(child -> refs(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> refs(child, into));
        }
    }

    private static String names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }
}
