package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Invalid requests are 422 (or 400) problem documents with a pointer per problem, and store nothing. */
@QuarkusTest
class BriefValidationTest {

    @Inject
    Db db;

    @BeforeEach
    void fixture() {
        Fixture.load(db);
    }

    private JsonPath refused(String body, int status) {
        long before = db.count("brief", null);
        Response r = Api.as("committee").contentType(ContentType.JSON).body(body).post("/api/v1/briefs");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.asString()).doesNotContain("Exception").doesNotContain("at vn.");
        assertThat(db.count("brief", null)).as("nothing stored").isEqualTo(before);
        return r.jsonPath();
    }

    @Test
    void everyProblemIsReportedWithItsPointer() {
        JsonPath p = refused("""
                {"title": "  ", "meetingDate": "15/04/2032", "frameworkCode": "NO-SUCH", "period": "2031",
                 "language": "fr", "colour": "blue"}""", 422);
        assertThat(p.getString("type")).isEqualTo("https://dti.gov.vn/problems/validation");
        assertThat(p.getList("errors.pointer")).containsExactlyInAnyOrder("/colour", "/title", "/meetingDate", "/language", "/frameworkCode");
        assertThat(p.getList("errors.code")).containsExactlyInAnyOrder("UNKNOWN_FIELD", "REQUIRED", "INVALID_FORMAT", "INVALID_VALUE",
                "UNKNOWN_FRAMEWORK");
    }

    @Test
    void missingFieldsTooLongTitleAndWrongTypes() {
        JsonPath p = refused("{\"title\": \"" + "x".repeat(201) + "\", \"period\": 2031, \"language\": \"en\"}", 422);
        assertThat(p.getList("errors.pointer")).containsExactlyInAnyOrder("/title", "/meetingDate", "/frameworkCode", "/period");
        assertThat(p.getList("errors.code")).containsExactlyInAnyOrder("TOO_LONG", "REQUIRED", "REQUIRED", "INVALID_TYPE");
    }

    @Test
    void periodsWithoutStandingsOrOfTheWrongShapeOrOrder() {
        JsonPath p = refused(Api.request("t", Fixture.FW, "2029", null, "en"), 422);
        assertThat(p.getList("errors.code")).containsExactly("NO_STANDINGS");
        assertThat(p.getList("errors.pointer")).containsExactly("/period");

        p = refused(Api.request("t", Fixture.FW, "2031-Q1", "2028", "en"), 422);
        assertThat(p.getList("errors.pointer")).containsExactlyInAnyOrder("/period", "/comparePeriod");
        assertThat(p.getList("errors.code")).containsExactlyInAnyOrder("PERIOD_MISMATCH", "NO_STANDINGS");

        p = refused(Api.request("t", Fixture.FW, "2030", "2031", "en"), 422);
        assertThat(p.getList("errors.pointer")).containsExactly("/comparePeriod");
        assertThat(p.getList("errors.code")).containsExactly("INVALID_VALUE");

        p = refused(Api.request("t", Fixture.FW, "31", null, "en"), 422);
        assertThat(p.getList("errors.code")).containsExactly("INVALID_FORMAT");
    }

    @Test
    void malformedBodiesAndTheWrongMediaType() {
        assertThat(refused("{\"title\": ", 400).getString("detail")).contains("line 1");
        refused("[1, 2]", 422);
        long before = db.count("brief", null);
        Response r = Api.as("committee").contentType("text/plain").body("hello").post("/api/v1/briefs");
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.contentType()).startsWith("application/problem+json");
        Response big = Api.as("committee").contentType(ContentType.JSON).body("{\"title\": \"" + "x".repeat(1_100_000) + "\"}")
                .post("/api/v1/briefs");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.contentType()).startsWith("application/problem+json");
        assertThat(db.count("brief", null)).isEqualTo(before);
    }

    @Test
    void theListIsPagedNewestFirst() {
        Api.create(Api.request("List A", Fixture.FW, "2031", null, "en"));
        Api.create(Api.request("List B", Fixture.FW, "2031", null, "vi"));
        JsonPath page = Api.as("reviewer").get("/api/v1/briefs?size=2&frameworkCode=" + Fixture.FW).then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getList("items.title")).containsExactly("List B", "List A");
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.getString("items[0].href")).startsWith("/api/v1/briefs/");
        assertThat(page.getInt("items[0].standingsVersion")).isEqualTo(3);
        assertThat(List.of(page.getString("items[0].language"))).containsExactly("vi");
        Response bad = Api.as("reviewer").get("/api/v1/briefs?size=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }
}
