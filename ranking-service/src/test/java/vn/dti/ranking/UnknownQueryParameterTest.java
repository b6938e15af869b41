package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static vn.dti.ranking.Api.as;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dti.testing.openapi.UnknownQueryParameterCheck;

/** DESIGN §12: an unknown query parameter is 400 problem+json naming it, on every operation. */
@QuarkusTest
class UnknownQueryParameterTest {

    @Test
    void everyOperationOfTheDocumentRefusesGeneratedUnknownNames() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> checked = UnknownQueryParameterCheck.check(json,
                List.of(() -> as("committee"), () -> as("reviewer"), () -> as("submitter")), 6);
        assertThat(checked).containsExactlyInAnyOrder(
                "GET /api/v1/standings/{frameworkCode}/{period} (getStandings)",
                "GET /api/v1/standings/{frameworkCode}/{period}/units/{unitCode} (getUnitProfile)",
                "GET /api/v1/standings/{frameworkCode}/{period}/sensitivity (getSensitivity)",
                "GET /api/v1/standings/{frameworkCode}/{period}/versions (listStandingsVersions)",
                "GET /api/v1/standings/{frameworkCode}/{period}/official (getOfficialStandings)",
                "GET /api/v1/standings/{frameworkCode}/{period}/restated (getRestatedStandings)",
                "GET /api/v1/releases (listReleases)",
                "GET /api/v1/releases/{id} (getRelease)");
    }

    @Test
    void aMisspeltParameterIsNotTheLatestStandingsInDisguise() {
        as("committee").get("/api/v1/standings/DTI-PROVINCE/2024?verison=2")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/bad-request"))
                .body("detail", is("Unknown query parameter 'verison'. This operation takes: basis, node, version."));
    }
}
