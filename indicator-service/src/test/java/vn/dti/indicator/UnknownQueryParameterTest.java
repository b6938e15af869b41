package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.dti.testing.openapi.UnknownQueryParameterCheck;

/** DESIGN §12: an unknown query parameter is 400 problem+json naming it, on every operation; nothing is stored. */
@QuarkusTest
class UnknownQueryParameterTest {

    @Inject
    Db db;

    @Test
    void everyReadOfTheDocumentRefusesGeneratedUnknownNames() {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<String> checked = UnknownQueryParameterCheck.check(json,
                List.of(() -> as("admin"), () -> as("reviewer"), () -> as("committee"), () -> submitter("48")), 4);
        assertThat(checked).contains("GET /api/v1/units (listUnits)").hasSizeGreaterThan(5);
    }

    @Test
    void aMisspeltFilterIs400NotAnUnfilteredList() {
        as("reviewer").get("/api/v1/units?tpye=PROVINCE")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/bad-request"))
                .body("detail", is("Unknown query parameter 'tpye'. This operation takes: asOf, type."));
    }

    @Test
    void aMisspeltDryRunStoresNothing() {
        long before = db.count("submission", "unit_code = '31'");
        submitter("31").contentType(ContentType.JSON).body(submission("31", "2019", 60.0, 3.0))
                .post("/api/v1/submissions?dryrun=true")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", is("Unknown query parameter 'dryrun'. This operation takes: atomicMode, dryRun."));
        assertThat(db.count("submission", "unit_code = '31'")).isEqualTo(before);
    }

    @Test
    void healthAndTheDocumentKeepTheirOwnRules() {
        given().get("/q/health/live?foo=1").then().statusCode(200);
        given().get("/q/openapi?format=json&foo=1").then().statusCode(200);
    }
}
