package vn.dti.testing.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A service's OpenAPI 3.1 document as the lint and the response validation read it: operations by
 * method and path template, responses by status ({@code $ref}s to {@code components/responses}
 * followed), and schema validation as JSON Schema 2020-12 with the document's components in scope.
 */
public final class OpenApiDocument {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    /** One operation of the document. */
    public record Operation(String method, String path, JsonNode node) {

        public String id() {
            return node.path("operationId").asText(null);
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + path + (id() == null ? "" : " (" + id() + ")");
        }
    }

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private record Template(Pattern pattern, int literals, String path) {
    }

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (String m : METHODS) {
                if (p.getValue().has(m)) {
                    operations.add(new Operation(m, p.getKey(), p.getValue().get(m)));
                }
            }
            String regex = "^" + Pattern.quote(p.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q") + "$";
            templates.add(new Template(Pattern.compile(regex), p.getKey().replaceAll("\\{[^}/]+}", "").length(), p.getKey()));
        }
        // a literal segment wins over a template variable (/briefs/{id}/pdf before /briefs/{id}), as in JAX-RS
        templates.sort((a, b) -> Integer.compare(b.literals(), a.literals()));
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation a request to {@code path} (no query) with {@code method} reaches. */
    public Optional<Operation> find(String method, String path) {
        String m = method.toLowerCase(Locale.ROOT);
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches() && root.path("paths").path(t.path()).has(m)) {
                return Optional.of(new Operation(m, t.path(), root.path("paths").path(t.path()).get(m)));
            }
        }
        return Optional.empty();
    }

    /** The response object of {@code status} (a {@code $ref} followed), or the operation's {@code default}. */
    public Optional<JsonNode> response(Operation op, int status) {
        JsonNode responses = op.node().path("responses");
        JsonNode r = responses.has(String.valueOf(status)) ? responses.get(String.valueOf(status)) : responses.get("default");
        return Optional.ofNullable(r == null ? null : resolve(r));
    }

    /** A {@code $ref} inside this document followed (once), or the node itself. */
    public JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) {
            return node;
        }
        return root.at(ref.asText().substring(1));
    }

    /** The media type object of a response for a {@code Content-Type} (parameters ignored). */
    public static Optional<JsonNode> mediaType(JsonNode response, String contentType) {
        JsonNode content = response.path("content");
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(content.get(bare));
    }

    /** Messages of {@code instance} against {@code schema} (a schema object of this document); empty when valid. */
    public Set<ValidationMessage> validate(JsonNode schema, JsonNode instance) {
        JsonSchema compiledSchema = compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode withComponents = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
            withComponents.set("components", root.path("components"));
            return factory.getSchema(withComponents, config);
        });
        return compiledSchema.validate(instance);
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }
}
