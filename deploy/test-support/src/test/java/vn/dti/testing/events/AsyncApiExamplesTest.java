package vn.dti.testing.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import org.junit.jupiter.api.Test;

/**
 * docs/events/asyncapi.yaml gives every message an example, and each one is right: its payload
 * validates against the message's payload schema, its headers against the CloudEvents headers.
 */
class AsyncApiExamplesTest {

    @Test
    void everyMessageHasAnExampleThatKeepsItsSchemas() throws Exception {
        Path file = Path.of("../../docs/events/asyncapi.yaml");
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        JsonNode headersSchema = doc.at("/components/schemas/CloudEventHeaders");
        var headers = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(headersSchema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        List<String> messages = new ArrayList<>();
        doc.at("/components/messages").fields().forEachRemaining(e -> {
            String type = e.getValue().path("name").asText();
            messages.add(type);
            JsonNode examples = e.getValue().path("examples");
            assertThat(examples.size()).as("examples of %s", type).isPositive();
            for (JsonNode example : examples) {
                assertThat(headers.validate(example.path("headers"))).as("headers of the %s example", type).isEmpty();
                assertThat(example.path("headers").path("ce_type").asText()).isEqualTo(type);
                try {
                    assertThat(EventSchemas.validate(type, example.path("payload").toString())).as("payload of the %s example", type).isEmpty();
                } catch (java.io.IOException x) {
                    throw new AssertionError(x);
                }
            }
        });
        assertThat(messages).containsExactlyInAnyOrder("dti.unit.changed.v1", "dti.framework.published.v1",
                "dti.period.changed.v1", "dti.submission.accepted.v1", "dti.review.decided.v1", "dti.standings.recomputed.v1",
                "dti.release.published.v1");
    }
}
