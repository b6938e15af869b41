package vn.dti.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The problem documents of docs/contract.md §4, as they leave the services byte for byte. */
class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProblemWithoutErrorsHasNoErrorsMember() throws Exception {
        assertThat(json.writeValueAsString(StandardProblems.unauthorized())).isEqualTo(
                "{\"type\":\"https://dti.gov.vn/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"A valid Bearer token is required (Authorization: Bearer <JWT>).\"}");
    }

    @Test
    void theBodyTooLargeAnswerIsTheOneServicesSentBefore() throws Exception {
        // no dti.problem.payload-too-large.detail configured here: the default sentence
        assertThat(json.writeValueAsString(StandardProblems.payloadTooLarge())).isEqualTo(
                "{\"type\":\"https://dti.gov.vn/problems/payload-too-large\",\"title\":\"Payload too large\","
                        + "\"status\":413,\"detail\":\"Request bodies are limited to 1 MiB.\"}");
    }

    @Test
    void oneValidationErrorIsNamedInTheDetailSeveralAreCounted() {
        Problem one = Problem.validation(List.of(new FieldError("/values/3/value", "OUT_OF_RANGE", "must be between 0 and 100")));
        assertThat(one.status()).isEqualTo(422);
        assertThat(one.detail()).isEqualTo("/values/3/value: must be between 0 and 100");
        Problem two = Problem.validation(List.of(new FieldError("/a", "X", "x"), new FieldError("/b", "Y", "y")));
        assertThat(two.detail()).isEqualTo("2 problems in the request; see errors");
        assertThat(two.errors()).hasSize(2);
    }

    @Test
    void validationThrowsOnlyWhenSomethingWasCollected() {
        new Validation().throwIfInvalid();
        Validation v = new Validation().add("/period", "INVALID_FORMAT", "must look like 2024");
        assertThat(v.ok()).isFalse();
        assertThatThrownBy(v::throwIfInvalid).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).extracting(FieldError::pointer).containsExactly("/period"));
    }
}
