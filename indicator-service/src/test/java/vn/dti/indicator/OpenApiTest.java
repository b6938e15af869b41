package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The OpenAPI document is what integrators live by: it must parse cleanly and describe every operation. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentIsValidAndEveryOperationIsDescribed() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
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
    }
}
