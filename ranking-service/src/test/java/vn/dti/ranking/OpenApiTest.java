package vn.dti.ranking;

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
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The OpenAPI document is what integrators live by: it must parse cleanly and describe every operation. */
@QuarkusTest
class OpenApiTest {

    @Test
    void theDocumentPassesTheLintAndNamesEveryOperation() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiLint.requireClean(json);
        java.util.List<String> ids = new java.util.ArrayList<>();
        OpenApiDocument.parse(json).operations().forEach(op -> ids.add(op.id()));
        assertThat(ids).containsAll(java.util.List.of("getStandings", "getRestatedStandings", "getUnitProfile", "getSensitivity",
                "listStandingsVersions", "createRelease", "listReleases", "getRelease", "getOfficialStandings"));
        JsonPath raw = JsonPath.from(json);
        assertThat(raw.getList("security")).containsExactly(Map.of("bearer", java.util.List.of()));
        assertThat(raw.getString("servers[0].url")).isEqualTo("http://127.0.0.1:8082");
        assertThat(raw.getMap("components.schemas")).doesNotContainKeys("OffsetDateTime");
        String sensitivity = "paths.'/api/v1/standings/{frameworkCode}/{period}/sensitivity'.get.parameters.find { it.name == 'weightNoise' }.schema";
        assertThat(raw.getBoolean(sensitivity + ".exclusiveMaximum") || raw.getDouble(sensitivity + ".exclusiveMaximum") == 1.0).isTrue();
        assertThat(raw.getList("components.schemas.ProfileIndicator.properties.raw.type")).containsExactlyInAnyOrder("number", "null");
        assertThat(raw.getList("components.schemas.Comparison.properties.basis.enum")).containsExactly("SAME_UNIT", "PREDECESSORS_MEAN", "NONE");
        assertThat(raw.getList("components.schemas.Comparison.properties.compareBasis.enum")).containsExactly("SAME_UNITS", "RESTATED");
        assertThat(raw.getList("components.schemas.RestatedStandingsEntry.required")).contains("predecessors");
        assertThat(raw.getList("components.schemas.UnitProfile.required")).doesNotContain("comparison").contains("tree");
    }

    @Test
    void theDocumentIsValidAndEveryOperationIsDescribedWithExamples() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ParseOptions throughReferences = new ParseOptions(); // as a client generator reads it
        throughReferences.setResolve(true);
        throughReferences.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, throughReferences);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        String base = "/api/v1/standings/{frameworkCode}/{period}";
        assertThat(api.getPaths()).containsKeys(base, base + "/restated", base + "/units/{unitCode}", base + "/sensitivity");
        assertThat(api.getPaths().get(base + "/restated").getGet().getResponses()).containsKeys("400");
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            for (Operation op : item.readOperations()) {
                assertThat(op.getSummary()).as("summary of %s", path).isNotBlank();
                assertThat(op.getResponses()).as("responses of %s", path).containsKey("401");
                assertThat(op.getResponses().keySet()).as("success of %s", path).containsAnyOf("200", "201");
                if (!"listReleases".equals(op.getOperationId())) {
                    assertThat(op.getResponses()).as("responses of %s", path).containsKey("404");
                }
                assertThat(op.getSecurity()).as("security of %s (the document's bearer)", path).isNull();
                for (var entry : op.getResponses().entrySet()) {
                    ApiResponse response = entry.getValue();
                    if (entry.getKey().equals("403") && response.getContent() == null && (path.endsWith("{period}")
                            || path.endsWith("/versions") || path.endsWith("/official") || path.endsWith("{period}/restated"))) {
                        continue; // added by Quarkus for @RolesAllowed("**"): any valid token may read standings
                    }
                    assertThat(response.getContent()).as("content of %s %s", path, entry.getKey()).isNotEmpty();
                    response.getContent().forEach((type, media) -> assertThat(media.getExamples())
                            .as("examples of %s %s %s", path, entry.getKey(), type).isNotEmpty());
                }
            }
        });
        assertThat(api.getPaths().get(base + "/units/{unitCode}").getGet().getResponses()).containsKeys("400", "403");
        assertThat(api.getPaths().get(base + "/sensitivity").getGet().getResponses()).containsKeys("400", "403");
        // a version: 400 not a positive whole number, 404 never existed, 410 dropped by retention
        assertThat(api.getPaths().get(base).getGet().getResponses()).containsKeys("400", "404", "410");
        assertThat(api.getPaths().get(base + "/units/{unitCode}").getGet().getResponses()).containsKeys("410");
        assertThat(api.getPaths().get(base + "/versions").getGet().getResponses()).containsKeys("200", "400", "401", "404");
        assertThat(api.getPaths().get("/api/v1/releases").getPost().getResponses()).containsKeys("201", "403", "404", "409", "422");
        // the standard problem answers are declared once (deploy/plumbing) and referenced
        JsonPath raw = JsonPath.from(json);
        Map<String, Object> sensitivity = raw.getMap("paths.'" + base + "/sensitivity'.get.responses");
        assertThat(sensitivity.get("401")).isEqualTo(Map.of("$ref", "#/components/responses/Unauthorized"));
        assertThat(sensitivity.get("403")).isEqualTo(Map.of("$ref", "#/components/responses/ForbiddenRole"));
        assertThat(raw.getMap("components.schemas.Problem.properties")).containsKeys("type", "title", "status", "detail", "errors");
    }
}
