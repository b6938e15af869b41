package vn.dti.plumbing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.junit.jupiter.api.Test;

/** The shared responses show, as their example, the very body the exception mappers send. */
class ProblemResponsesTest {

    @Test
    void everyStandardAnswerIsAProblemWithItsRealBodyAsExample() {
        OpenAPI api = OASFactory.createOpenAPI();
        new ProblemResponses().filterOpenAPI(api);
        Map<String, Integer> statuses = Map.of(ProblemResponses.UNAUTHORIZED, 401, ProblemResponses.FORBIDDEN_ROLE, 403,
                ProblemResponses.NOT_ACCEPTABLE, 406, ProblemResponses.PAYLOAD_TOO_LARGE, 413,
                ProblemResponses.UNSUPPORTED_MEDIA_TYPE, 415);
        assertThat(api.getComponents().getResponses()).containsOnlyKeys(statuses.keySet());
        statuses.forEach((name, status) -> {
            MediaType media = api.getComponents().getResponses().get(name).getContent().getMediaType("application/problem+json");
            assertThat(media.getSchema().getRef()).isEqualTo("#/components/schemas/Problem");
            assertThat(media.getExamples()).hasSize(1);
            Object body = media.getExamples().values().iterator().next().getValue();
            assertThat(body).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("status", status).containsKeys("type", "title", "detail").doesNotContainKey("errors");
        });
    }

    @Test
    void aResponseAServiceDeclaredItselfIsKept() {
        OpenAPI api = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addResponse(ProblemResponses.UNAUTHORIZED, OASFactory.createAPIResponse().description("own")));
        new ProblemResponses().filterOpenAPI(api);
        assertThat(api.getComponents().getResponses().get(ProblemResponses.UNAUTHORIZED).getDescription()).isEqualTo("own");
    }
}
