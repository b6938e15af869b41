package vn.dti.plumbing.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.dti.plumbing.events.EventTypes;

/**
 * The event contract (docs/events/*.schema.json, copied into each service's jar under
 * {@code /schemas/events/} by its build): an incoming payload that does not validate is a poison
 * record, never half-applied. A schema is loaded on first use and kept.
 */
@ApplicationScoped
public class EventSchemas {

    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** The violations of {@code payload} against the schema of {@code type}, joined; null when valid. */
    public String violations(EventTypes type, JsonNode payload) {
        Set<ValidationMessage> messages = schemas.computeIfAbsent(type.type, this::load).validate(payload);
        if (messages.isEmpty()) {
            return null;
        }
        return messages.stream().map(ValidationMessage::getMessage).sorted().limit(5).collect(Collectors.joining("; "));
    }

    private JsonSchema load(String ceType) {
        String resource = "schemas/events/" + ceType + ".schema.json";
        // the schemas are the service's resources, not this library's: ask the application's loader
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream found = loader == null ? null : loader.getResourceAsStream(resource);
        try (InputStream in = found != null ? found : EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Event schema /" + resource + " is missing from the build");
            }
            return factory.getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
