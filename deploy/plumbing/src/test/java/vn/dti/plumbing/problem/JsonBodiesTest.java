package vn.dti.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class JsonBodiesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aWellFormedBodyBecomesItsTree() {
        assertThat(JsonBodies.read(json, " {\"title\": \"Q3\"} \n", "a JSON brief request").path("title").asText())
                .isEqualTo("Q3");
    }

    @Test
    void anEmptyBodyIsA400NamingWhatToSend() {
        for (String empty : new String[] {null, "", "  \n"}) {
            Problem p = problemOf(empty);
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.detail()).isEqualTo("The request body is empty; send a JSON submission.");
        }
    }

    @Test
    void malformedJsonIsA400SayingWhereItBreaks() {
        Problem p = problemOf("{\"unitCode\": \"48\",\n  \"values\": [}");
        assertThat(p.status()).isEqualTo(400);
        assertThat(p.title()).isEqualTo("Malformed request body");
        assertThat(p.detail()).startsWith("The body is not well-formed JSON at line 2, column ");
    }

    @Test
    void anythingAfterTheDocumentIsMalformedToo() {
        // two documents in one body would otherwise be read as the first one, silently
        assertThat(problemOf("{\"a\": 1} {\"a\": 2}").detail()).startsWith("The body is not well-formed JSON at line 1");
    }

    private Problem problemOf(String body) {
        return catchThrowableOfType(ProblemException.class,
                () -> JsonBodies.read(json, body, "a JSON submission")).problem();
    }
}
