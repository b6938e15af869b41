package vn.dti.plumbing.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.dti.plumbing.problem.Problem;

/**
 * What makes a document generate a client that works unchanged (issue 13), applied to every
 * operation of every service, so an operation added later is covered without thought:
 * <ul>
 * <li>Java types the scanner names as schemas ({@code OffsetDateTime}, {@code LocalDate},
 * {@code UUID}, {@code JsonNode}, …) are inlined as the JSON they are ({@code string} with format
 * {@code date-time}, {@code date}, {@code uuid}; any value) and their schemas dropped: a generator
 * would make classes of those names that clash with the JDK's and Jackson's.</li>
 * <li>One top-level {@code security: [{bearer: []}]}; an operation's roles (the scopes Quarkus
 * derives from {@code @RolesAllowed}, among them its internal {@code **}) move to {@code x-roles}
 * and a line of the description, so a generator offers the bearer token and nothing else.</li>
 * <li>Every 4xx/5xx answer has the problem+json body (a 401 or 403 without one points at the
 * shared {@link ProblemResponses}).</li>
 * <li>Every response header has a schema; every 201 declares {@code Location}.</li>
 * <li>Objects that only appear in answers list every property as {@code required} (the server
 * always writes every field, {@code null} where the schema allows it) unless the class names its
 * own with {@code @Schema(requiredProperties = …)} (a class that omits null fields).</li>
 * </ul>
 */
@OpenApiFilter
public class ClientContract implements OASFilter {

    /** Schema names that are Java classes, not API types; the lint in deploy/test-support refuses them too. */
    public static final Set<String> JAVA_TYPES = Set.of("LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime",
            "ZonedDateTime", "Instant", "Duration", "UUID", "URI", "URL", "BigDecimal", "BigInteger", "JsonNode",
            "ObjectNode", "ArrayNode", "JsonNodeType", "Object", "Response");

    static final String SCHEMAS = "#/components/schemas/";
    static final String BEARER = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        inlineJavaTypes(api);
        alternatives(api);
        security(api);
        answers(api);
        required(api);
    }

    // ---- Java types -------------------------------------------------------------------------

    private void inlineJavaTypes(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, Schema> leaked = new java.util.HashMap<>();
        schemas.forEach((name, schema) -> {
            if (JAVA_TYPES.contains(name)) {
                leaked.put(SCHEMAS + name, schema);
            }
        });
        if (leaked.isEmpty()) {
            return;
        }
        everySchema(api, s -> {
            Schema definition = s.getRef() == null ? null : leaked.get(s.getRef());
            if (definition == null) {
                return;
            }
            s.setRef(null);
            if (s.getType() == null && definition.getType() != null) {
                s.setType(new ArrayList<>(definition.getType()));
            }
            if (s.getFormat() == null && definition.getFormat() != null) {
                s.setFormat(definition.getFormat());
            }
            if (s.getEnumeration() == null && definition.getEnumeration() != null) {
                s.setEnumeration(new ArrayList<>(definition.getEnumeration()));
            }
        });
        leaked.keySet().forEach(ref -> api.getComponents().removeSchema(ref.substring(SCHEMAS.length())));
    }

    // ---- oneOf / anyOf -----------------------------------------------------------------------

    /**
     * {@code @Schema(oneOf = …)} on a field keeps the field's own type next to the alternatives
     * ({@code type: number, oneOf: [number, boolean]}, which no boolean passes): the alternatives
     * alone say it. A nullable date comes as {@code type: [string, null], anyOf: [{string, date},
     * {null}]}: one {@code type: [string, null], format: date} says the same to every generator. A
     * nullable object comes as {@code type: object, anyOf: [{$ref}, {null}]}, which no null passes:
     * the alternatives alone say it.
     */
    private void alternatives(OpenAPI api) {
        everySchema(api, s -> {
            if (s.getOneOf() != null && !s.getOneOf().isEmpty() && s.getType() != null) {
                s.setType(null);
                s.setFormat(null);
            }
            List<Schema> any = s.getAnyOf();
            if (any != null && any.size() == 2 && s.getType() != null && !s.getType().contains(Schema.SchemaType.NULL)
                    && (isNull(any.get(0)) && any.get(1).getRef() != null || isNull(any.get(1)) && any.get(0).getRef() != null)) {
                s.setType(null);
            }
            if (any != null && any.size() == 2 && s.getType() != null && s.getType().contains(Schema.SchemaType.NULL)) {
                Schema value = isNull(any.get(0)) ? any.get(1) : isNull(any.get(1)) ? any.get(0) : null;
                if (value != null && value.getRef() == null && value.getType() != null && value.getType().size() == 1
                        && s.getType().contains(value.getType().get(0))) {
                    s.setAnyOf(null);
                    if (s.getFormat() == null) {
                        s.setFormat(value.getFormat());
                    }
                }
            }
        });
    }

    private static boolean isNull(Schema s) {
        return s.getRef() == null && s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    // ---- security ---------------------------------------------------------------------------

    private void security(OpenAPI api) {
        if (api.getComponents().getSecuritySchemes() == null || !api.getComponents().getSecuritySchemes().containsKey(BEARER)) {
            return;
        }
        api.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
        everyOperation(api, (path, op) -> {
            List<SecurityRequirement> requirements = op.getSecurity();
            if (requirements == null || requirements.stream().allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty())) {
                op.setSecurity(new ArrayList<>()); // not secured (or only the empty requirement, @PermitAll): open, not "inherits the bearer"
                return;
            }
            Set<String> roles = new LinkedHashSet<>();
            for (SecurityRequirement r : requirements) {
                if (r.getSchemes() != null) {
                    r.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            scopes.stream().filter(s -> !s.equals("**")).forEach(roles::add);
                        }
                    });
                }
            }
            op.setSecurity(null); // the document's bearer
            if (op.getExtensions() == null || !op.getExtensions().containsKey("x-roles")) {
                op.addExtension("x-roles", new ArrayList<>(roles));
                String who = roles.isEmpty() ? "Any valid token." : "Roles: " + String.join(", ", roles) + ".";
                op.setDescription(op.getDescription() == null || op.getDescription().isBlank() ? who : op.getDescription() + "\n\n" + who);
            }
        });
    }

    // ---- answers ----------------------------------------------------------------------------

    private void answers(OpenAPI api) {
        everyOperation(api, (path, op) -> {
            if (op.getResponses() == null || op.getResponses().getAPIResponses() == null) {
                return;
            }
            op.getResponses().getAPIResponses().forEach((code, response) -> {
                if (response.getRef() != null) {
                    return;
                }
                if (code.startsWith("4") || code.startsWith("5")) {
                    problemBody(code, response);
                }
                headers(code, response);
            });
        });
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().forEach((name, response) -> headers("", response));
        }
    }

    private void problemBody(String code, APIResponse response) {
        Content content = response.getContent();
        if (content != null && content.getMediaTypes() != null && !content.getMediaTypes().isEmpty()) {
            MediaType problem = content.getMediaTypes().get(Problem.MEDIA_TYPE);
            if (problem != null && problem.getExample() == null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
                problem.addExample(slug(code), OASFactory.createExample().value(example(code, response.getDescription())));
            }
            return;
        }
        if (code.equals("401") || code.equals("403")) {
            response.setDescription(null);
            response.setRef(code.equals("401") ? ProblemResponses.UNAUTHORIZED : ProblemResponses.FORBIDDEN_ROLE);
            return;
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ProblemResponses.PROBLEM_SCHEMA))
                        .addExample(slug(code), OASFactory.createExample().value(example(code, response.getDescription())))));
    }

    /** A problem answer of this status as the exception mappers write it, the response's description as detail. */
    static Map<String, Object> example(String code, String description) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "https://dti.gov.vn/problems/" + slug(code));
        body.put("title", TITLES.getOrDefault(code, "Error"));
        body.put("status", Integer.parseInt(code));
        body.put("detail", description == null || description.isBlank() ? TITLES.getOrDefault(code, "Error") + "." : description + ".");
        return body;
    }

    private static String slug(String code) {
        return SLUGS.getOrDefault(code, "error");
    }

    private static final Map<String, String> SLUGS = Map.of("400", "bad-request", "401", "unauthorized", "403", "forbidden",
            "404", "not-found", "406", "not-acceptable", "409", "conflict", "413", "payload-too-large", "415",
            "unsupported-media-type", "422", "validation", "500", "internal-error");
    private static final Map<String, String> TITLES = Map.of("400", "Bad request", "401", "Unauthorized", "403", "Forbidden",
            "404", "Not found", "406", "Not acceptable", "409", "Conflict", "413", "Payload too large", "415",
            "Unsupported media type", "422", "Validation failed", "500", "Internal error");

    private void headers(String code, APIResponse response) {
        if (code.equals("201") && (response.getHeaders() == null || !response.getHeaders().containsKey("Location"))) {
            response.addHeader("Location", OASFactory.createHeader().description("Where the created resource is read"));
        }
        if (response.getHeaders() == null) {
            return;
        }
        response.getHeaders().forEach((name, header) -> {
            if (header.getRef() != null || header.getSchema() != null || header.getContent() != null) {
                return;
            }
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            if (name.equalsIgnoreCase("Location")) {
                schema.setFormat("uri-reference");
                schema.setExamples(List.of("/api/v1/submissions/0b9f6c1e-4a43-4d1b-9a57-0e7c2f7f0d11"));
            }
            header.setSchema(schema);
        });
    }

    // ---- required ---------------------------------------------------------------------------

    private void required(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> inRequests = new HashSet<>();
        Set<String> inResponses = new HashSet<>();
        everyOperation(api, (path, op) -> {
            if (op.getRequestBody() != null) {
                reachable(schemas, op.getRequestBody().getContent(), inRequests);
            }
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    collect(schemas, p.getSchema(), inRequests);
                }
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> reachable(schemas, r.getContent(), inResponses));
            }
        });
        if (api.getComponents().getResponses() != null) {
            api.getComponents().getResponses().values().forEach(r -> reachable(schemas, r.getContent(), inResponses));
        }
        for (String name : inResponses) {
            Schema s = schemas.get(name);
            if (inRequests.contains(name) || s == null || s.getProperties() == null || s.getProperties().isEmpty()) {
                continue;
            }
            if (s.getRequired() == null || s.getRequired().isEmpty()) {
                s.setRequired(new ArrayList<>(s.getProperties().keySet()));
            }
        }
    }

    private static void reachable(Map<String, Schema> schemas, Content content, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType m : content.getMediaTypes().values()) {
            collect(schemas, m.getSchema(), into);
        }
    }

    private static void collect(Map<String, Schema> schemas, Schema schema, Set<String> into) {
        visit(schema, s -> {
            if (s.getRef() != null && s.getRef().startsWith(SCHEMAS)) {
                String name = s.getRef().substring(SCHEMAS.length());
                if (into.add(name)) {
                    collect(schemas, schemas.get(name), into);
                }
            }
        }, new java.util.IdentityHashMap<>());
    }

    // ---- walking ----------------------------------------------------------------------------

    interface OperationVisitor {
        void visit(String path, Operation op);
    }

    static void everyOperation(OpenAPI api, OperationVisitor visitor) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> e : api.getPaths().getPathItems().entrySet()) {
            Map<PathItem.HttpMethod, Operation> ops = e.getValue().getOperations();
            if (ops != null) {
                ops.values().forEach(op -> visitor.visit(e.getKey(), op));
            }
        }
    }

    /** Every schema object of the document, nested ones included. */
    static void everySchema(OpenAPI api, Consumer<Schema> action) {
        var seen = new java.util.IdentityHashMap<Schema, Boolean>();
        Components c = api.getComponents();
        if (c.getSchemas() != null) {
            c.getSchemas().values().forEach(s -> visit(s, action, seen));
        }
        if (c.getResponses() != null) {
            c.getResponses().values().forEach(r -> response(r, action, seen));
        }
        if (c.getParameters() != null) {
            c.getParameters().values().forEach(p -> parameter(p, action, seen));
        }
        if (c.getRequestBodies() != null) {
            c.getRequestBodies().values().forEach(b -> content(b.getContent(), action, seen));
        }
        if (c.getHeaders() != null) {
            c.getHeaders().values().forEach(h -> header(h, action, seen));
        }
        everyOperation(api, (path, op) -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> parameter(p, action, seen));
            }
            if (op.getRequestBody() != null) {
                content(op.getRequestBody().getContent(), action, seen);
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> response(r, action, seen));
            }
        });
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(item -> {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> parameter(p, action, seen));
                }
            });
        }
    }

    private static void response(APIResponse r, Consumer<Schema> action, Map<Schema, Boolean> seen) {
        content(r.getContent(), action, seen);
        if (r.getHeaders() != null) {
            r.getHeaders().values().forEach(h -> header(h, action, seen));
        }
    }

    private static void header(Header h, Consumer<Schema> action, Map<Schema, Boolean> seen) {
        visit(h.getSchema(), action, seen);
        content(h.getContent(), action, seen);
    }

    private static void parameter(Parameter p, Consumer<Schema> action, Map<Schema, Boolean> seen) {
        visit(p.getSchema(), action, seen);
        content(p.getContent(), action, seen);
    }

    private static void content(Content content, Consumer<Schema> action, Map<Schema, Boolean> seen) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> visit(m.getSchema(), action, seen));
        }
    }

    private static void visit(Schema s, Consumer<Schema> action, Map<Schema, Boolean> seen) {
        if (s == null || seen.put(s, Boolean.TRUE) != null) {
            return;
        }
        action.accept(s);
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> visit(p, action, seen));
        }
        visit(s.getItems(), action, seen);
        visit(s.getNot(), action, seen);
        visit(s.getAdditionalPropertiesSchema(), action, seen);
        for (List<Schema> list : new ArrayList<List<Schema>>(java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf()))) {
            if (list != null) {
                list.forEach(x -> visit(x, action, seen));
            }
        }
    }
}
