package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The OpenAPI document is what integrators live by: it must parse cleanly and describe every operation. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentIsValidAndEveryOperationIsDescribed() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ParseOptions throughReferences = new ParseOptions(); // as a client generator reads it
        throughReferences.setResolve(true);
        throughReferences.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, throughReferences);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/api/v1/submissions", "/api/v1/units", "/api/v1/frameworks/{code}",
                "/api/v1/frameworks/{code}/periods/{period}", "/api/v1/values/{frameworkCode}/{period}",
                "/api/v1/completeness/{frameworkCode}/{period}");
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Operation op : item.readOperations()) {
                assertThat(op.getSummary()).as("summary of %s", path).isNotBlank();
                assertThat(op.getResponses()).as("responses of %s %s", path, op.getSummary()).containsKey("401");
                assertThat(op.getSecurity()).as("security of %s", path).isNotEmpty();
            }
        });
        Operation post = api.getPaths().get("/api/v1/submissions").getPost();
        assertThat(post.getResponses()).containsKeys("201", "400", "401", "403", "409", "413", "415", "422");
        assertThat(post.getRequestBody().getContent()).containsKeys("application/json", "text/csv");
        assertThat(post.getRequestBody().getContent().get("application/json").getExamples()).isNotEmpty();
        // the standard problem answers are declared once (deploy/plumbing) and referenced, in this service's words
        JsonPath raw = JsonPath.from(json);
        Map<String, Object> submitResponses = raw.getMap("paths.'/api/v1/submissions'.post.responses");
        assertThat(submitResponses.get("401")).isEqualTo(Map.of("$ref", "#/components/responses/Unauthorized"));
        assertThat(raw.getString("components.responses.PayloadTooLarge.content.'application/problem+json'.examples.'too-large'.value.detail"))
                .isEqualTo("Request bodies are limited to 1 MiB; split the submission.");
        assertThat(raw.getString("components.responses.UnsupportedMediaType.content.'application/problem+json'.examples.unsupported.value.detail"))
                .isEqualTo("Send application/json (or text/csv where the operation accepts it).");
    }
}
