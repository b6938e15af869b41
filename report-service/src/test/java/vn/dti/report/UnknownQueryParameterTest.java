package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static vn.dti.report.Api.as;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.testing.openapi.UnknownQueryParameterCheck;

/**
 * DESIGN §12: an unknown query parameter is 400 problem+json naming it, on every operation of the
 * API; nothing is stored. Share links ({@code /share/{secret}}, outside the API) keep their own rules.
 */
@QuarkusTest
class UnknownQueryParameterTest {

    @Inject
    Db db;

    @Test
    void everyReadOfTheDocumentRefusesGeneratedUnknownNames() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> checked = UnknownQueryParameterCheck.check(json,
                List.of(() -> as("committee"), () -> as("admin"), () -> as("reviewer")), 4);
        assertThat(checked).contains("GET /api/v1/briefs (listBriefs)", "GET /api/v1/briefs/{id}/pdf (getBriefPdf)");
    }

    @Test
    void aBriefRequestWithAnUnknownParameterStoresNothing() {
        long before = db.count("brief", "title = 'Unknown parameter'");
        as("committee").contentType(ContentType.JSON)
                .body(Api.request("Unknown parameter", Fixture.FW, "2031", "2030", "en"))
                .post("/api/v1/briefs?draft=true")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/bad-request"))
                .body("detail", is("Unknown query parameter 'draft'. This operation takes no query parameter."));
        assertThat(db.count("brief", "title = 'Unknown parameter'")).isEqualTo(before);
    }

    @Test
    void aShareLinkIsOutsideTheApiAndKeepsItsOwnRules() {
        given().get("/share/" + "A".repeat(43) + "?utm_source=mail").then().statusCode(404);
    }
}
