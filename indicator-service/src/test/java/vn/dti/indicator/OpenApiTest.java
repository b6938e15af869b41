package vn.dti.indicator;

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

/** The OpenAPI document is what integrators live by: it must parse cleanly and describe every operation. */
@QuarkusTest
class OpenApiTest {

    static final String OPERATION_IDS = "createSubmission createSubmissionCsv createUnit getCompleteness getCurrentValues "
            + "getFramework getPeriod getSubmission getUnit listFrameworks listPeriods listSubmissions listUnits publishFramework "
            + "putFramework putPeriod";

    @Test
    void theDocumentPassesTheLintAndNamesEveryOperation() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        OpenApiLint.requireClean(json);
        java.util.List<String> ids = new java.util.ArrayList<>();
        OpenApiDocument.parse(json).operations().forEach(op -> ids.add(op.id()));
        // stable names: a generated client's method names; the integrator adds those of new operations
        assertThat(ids).containsAll(java.util.List.of(OPERATION_IDS.split(" ")));
        JsonPath raw = JsonPath.from(json);
        assertThat(raw.getMap("components.schemas")).doesNotContainKeys("OffsetDateTime", "LocalDate", "UUID", "JsonNode", "JsonNodeType");
        assertThat(raw.getList("components.schemas.PeriodRequest.required")).containsExactlyInAnyOrder("dueAt", "closesAt");
        assertThat(raw.getString("components.schemas.PeriodRequest.properties.dueAt.format")).isEqualTo("date-time");
        assertThat(raw.getList("components.schemas.Unit.properties.validTo.type")).containsExactlyInAnyOrder("string", "null");
        assertThat(raw.getList("components.schemas.Unit.required")).contains("code", "validTo", "group");
        assertThat(raw.getList("components.schemas.SubmissionValueRequest.properties.value.oneOf.type")).containsExactly("number", "boolean");
        assertThat(raw.getString("paths.'/api/v1/submissions/{id}'.get.parameters[0].schema.format")).isEqualTo("uuid");
        assertThat(raw.getInt("paths.'/api/v1/submissions'.get.parameters.find { it.name == 'size' }.schema.maximum")).isEqualTo(200);
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
                assertThat(op.getSecurity()).as("security of %s (the document's bearer)", path).isNull();
            }
        });
        assertThat(api.getSecurity()).singleElement().satisfies(r -> assertThat(r).containsOnlyKeys("bearer").containsValue(java.util.List.of()));
        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("http://127.0.0.1:8081"));
        Operation post = api.getPaths().get("/api/v1/submissions").getPost();
        assertThat(post.getResponses()).containsKeys("201", "400", "401", "403", "409", "413", "415", "422");
        // one request body per operation (a generator keeps one): CSV has its own path
        assertThat(post.getRequestBody().getContent()).containsOnlyKeys("application/json");
        assertThat(post.getRequestBody().getContent().get("application/json").getExamples()).isNotEmpty();
        Operation csv = api.getPaths().get("/api/v1/submissions/csv").getPost();
        assertThat(csv.getOperationId()).isEqualTo("createSubmissionCsv");
        assertThat(csv.getRequestBody().getContent()).containsOnlyKeys("text/csv");
        assertThat(csv.getResponses().get("201").getHeaders()).containsKeys("Location", "Idempotent-Replayed");
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
