package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.testing.openapi.OpenApiDocument;
import vn.dti.testing.openapi.OpenApiLint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The OpenAPI document must parse cleanly and describe every operation, its formats and its errors. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentPassesTheLintAndNamesEveryOperation() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiLint.requireClean(json);
        java.util.List<String> ids = new java.util.ArrayList<>();
        OpenApiDocument.parse(json).operations().forEach(op -> ids.add(op.id()));
        assertThat(ids).containsAll(java.util.List.of("createBrief", "listBriefs", "getBrief", "getBriefHtml", "getBriefMarkdown", "getBriefPdf"));
        JsonPath raw = JsonPath.from(json);
        assertThat(raw.getList("security")).containsExactly(Map.of("bearer", java.util.List.of()));
        assertThat(raw.getString("servers[0].url")).isEqualTo("http://127.0.0.1:8083");
        assertThat(raw.getMap("components.schemas")).doesNotContainKeys("OffsetDateTime", "LocalDate");
        assertThat(raw.getString("paths.'/api/v1/briefs/{id}/pdf'.get.responses.'200'.content.'application/pdf'.schema.format")).isEqualTo("binary");
        assertThat(raw.getList("components.schemas.RankingEntry.properties.previousRank.type")).containsExactlyInAnyOrder("integer", "null");
        assertThat(raw.getString("paths.'/api/v1/briefs'.post.responses.'201'.headers.Location.schema.type")).isEqualTo("string");
    }

    @Test
    void theDocumentIsValidAndEveryOperationIsDescribed() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ParseOptions throughReferences = new ParseOptions(); // as a client generator reads it
        throughReferences.setResolve(true);
        throughReferences.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, throughReferences);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getPaths()).containsKeys("/api/v1/briefs", "/api/v1/briefs/{id}", "/api/v1/briefs/{id}/publish",
                "/api/v1/briefs/{id}/links", "/api/v1/briefs/{id}/links/{linkId}", "/share/{secret}");
        api.getPaths().forEach((path, item) -> {
            for (Operation op : item.readOperations()) {
                assertThat(op.getSummary()).as("summary of %s", path).isNotBlank();
                if (path.startsWith("/share/")) {
                    // a share link is opened without a token (docs/briefs.md): no requirement, or only the empty one
                    assertThat(op.getSecurity()).as("security of %s", path).isNotNull().allMatch(java.util.Map::isEmpty);
                    assertThat(op.getResponses()).as("responses of %s", path).doesNotContainKey("401");
                } else {
                    assertThat(op.getResponses()).as("responses of %s", path).containsKey("401");
                    assertThat(op.getSecurity()).as("security of %s (the document's bearer)", path).isNull();
                }
                // every declared answer has a body description (the generator adds a bare 403 to
                // operations open to any authenticated caller, which never answer 403; a 204 has no body)
                op.getResponses().forEach((status, response) -> {
                    if (!status.equals("204") && (!status.equals("403") || op.getResponses().get("403").getContent() != null)) {
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
        // one format per operation, so a generated method reads what it gets (Accept still works on /briefs/{id})
        assertThat(get.getResponses().get("200").getContent())
                .containsKeys("application/json", "text/html", "text/markdown", "application/pdf");
        assertThat(get.getResponses().get("200").getContent().keySet()).first().isEqualTo("application/json");
        assertThat(api.getPaths().get("/api/v1/briefs/{id}/html").getGet().getResponses().get("200").getContent()).containsOnlyKeys("text/html");
        assertThat(api.getPaths().get("/api/v1/briefs/{id}/markdown").getGet().getResponses().get("200").getContent()).containsOnlyKeys("text/markdown");
        assertThat(api.getPaths().get("/api/v1/briefs/{id}/pdf").getGet().getResponses().get("200").getContent()).containsOnlyKeys("application/pdf");
        assertThat(api.getPaths().get("/api/v1/briefs").getGet().getResponses()).containsKeys("200", "400", "401");
        // the standard problem answers are declared once (deploy/plumbing) and referenced
        JsonPath raw = JsonPath.from(json);
        Map<String, Object> create = raw.getMap("paths.'/api/v1/briefs'.post.responses");
        assertThat(create.get("413")).isEqualTo(Map.of("$ref", "#/components/responses/PayloadTooLarge"));
        assertThat(create.get("415")).isEqualTo(Map.of("$ref", "#/components/responses/UnsupportedMediaType"));
        assertThat(raw.getMap("paths.'/api/v1/briefs/{id}'.get.responses").get("406"))
                .isEqualTo(Map.of("$ref", "#/components/responses/NotAcceptable"));
        assertThat(raw.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status", "detail", "errors");
        assertThat(raw.getString("components.responses.NotAcceptable.content.'application/problem+json'.examples.'not-acceptable'.value.detail"))
                .isEqualTo("A brief is served as application/json, text/html, text/markdown or application/pdf.");
    }
}
