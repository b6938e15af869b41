package vn.dti.testing.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The event contract lives in docs/events/*.schema.json; payloads are checked against it. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Validation messages of {@code payload} against the schema of {@code ceType}; empty when valid. */
    public static Set<ValidationMessage> validate(String ceType, String payload) throws IOException {
        Path file = eventsDirectory().resolve(ceType + ".schema.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(file)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            JsonNode node = JSON.readTree(payload);
            return schema.validate(node);
        }
    }

    /** Fails the test unless {@code payload} is a valid {@code ceType}: test data must keep the contract. */
    public static void requireValid(String ceType, String payload) {
        Set<ValidationMessage> errors;
        try {
            errors = validate(ceType, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("test payload of " + ceType + ": " + payload + " breaks the schema: " + errors);
        }
    }

    /** docs/events of the repository, found from the module a test runs in (services and deploy/* alike). */
    private static Path eventsDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path events = dir.resolve("docs").resolve("events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new IllegalStateException("no docs/events above " + Path.of("").toAbsolutePath());
    }
}
