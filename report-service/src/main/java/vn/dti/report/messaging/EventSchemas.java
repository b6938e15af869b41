package vn.dti.report.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The event contract (docs/events/*.schema.json, copied into the jar by the build): an incoming
 * payload that does not validate is a poison record, never half-applied.
 */
@ApplicationScoped
public class EventSchemas {

    private final Map<EventTypes, JsonSchema> schemas = new EnumMap<>(EventTypes.class);

    public EventSchemas() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (EventTypes type : EventTypes.values()) {
            String resource = "/schemas/events/" + type.type + ".schema.json";
            try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Event schema " + resource + " is missing from the build");
                }
                schemas.put(type, factory.getSchema(in, config));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The violations of {@code payload} against the schema of {@code type}, joined; null when valid. */
    public String violations(EventTypes type, JsonNode payload) {
        Set<ValidationMessage> messages = schemas.get(type).validate(payload);
        if (messages.isEmpty()) {
            return null;
        }
        return messages.stream().map(ValidationMessage::getMessage).sorted().limit(5).collect(Collectors.joining("; "));
    }
}
