package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The OpenAPI document must parse cleanly and describe every operation, its formats and its errors. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentIsValidAndEveryOperationIsDescribed() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/api/v1/briefs", "/api/v1/briefs/{id}");
        api.getPaths().forEach((path, item) -> {
            for (Operation op : item.readOperations()) {
                assertThat(op.getSummary()).as("summary of %s", path).isNotBlank();
                assertThat(op.getResponses()).as("responses of %s", path).containsKey("401");
                assertThat(op.getSecurity()).as("security of %s", path).isNotEmpty();
                // every declared answer has a body description (the generator adds a bare 403 to
                // operations open to any authenticated caller, which never answer 403)
                op.getResponses().forEach((status, response) -> {
                    if (!status.equals("403") || op.getResponses().get("403").getContent() != null) {
                        assertThat(response.getContent()).as("content of %s %s", path, status).isNotEmpty();
                    }
                });
            }
        });
        Operation post = api.getPaths().get("/api/v1/briefs").getPost();
        assertThat(post.getResponses()).containsKeys("201", "400", "401", "403", "413", "415", "422");
        assertThat(post.getRequestBody().getContent().get("application/json").getExamples()).isNotEmpty();
        assertThat(post.getResponses().get("422").getContent().get("application/problem+json").getExamples()).isNotEmpty();
        Operation get = api.getPaths().get("/api/v1/briefs/{id}").getGet();
        assertThat(get.getResponses()).containsKeys("200", "401", "404", "406");
        assertThat(get.getResponses().get("200").getContent())
                .containsKeys("application/json", "text/html", "text/markdown", "application/pdf");
        assertThat(api.getPaths().get("/api/v1/briefs").getGet().getResponses()).containsKeys("200", "400", "401");
    }
}
