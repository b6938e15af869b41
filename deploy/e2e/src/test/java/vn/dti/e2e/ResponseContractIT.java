package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.openapi.ResponseValidation;

/**
 * Every answer of a broad run over the three services (each operation, successes and errors)
 * validates against the schema its service's OpenAPI document declares for that operation and
 * status: {@link ResponseValidation} fails the call on any mismatch, and at least 200 answers are
 * checked. Period 2017 is this class's own.
 */
class ResponseContractIT {

    static final String PERIOD = "2017";
    static final String FW = Suite.FRAMEWORK;

    private final Suite suite = Suite.get();
    private final Client client = new Client(suite);
    private final ResponseValidation validation = new ResponseValidation();

    RequestSpecification as(String role, String unit, ServiceProcess service) {
        RequestSpecification spec = RestAssured.given().baseUri(service.uri().toString()).filter(validation);
        return role == null ? spec : spec.auth().oauth2(suite.token(role, unit));
    }

    @Test
    void everyAnswerOfEveryServiceMatchesItsDocument() throws Exception {
        SplittableRandom random = new SplittableRandom(17);
        List<String> provinces = client.provinces(2017);

        // indicator-service: units, frameworks, periods
        for (int year = 2019; year <= 2025; year++) {
            as("committee", null, suite.indicator).get("/api/v1/units?type=PROVINCE&asOf=" + year + "-12-31").then().statusCode(200);
            as("committee", null, suite.indicator).get("/api/v1/units?asOf=" + year + "-06-30").then().statusCode(200);
        }
        for (String code : provinces) {
            as("reviewer", null, suite.indicator).get("/api/v1/units/" + code + "?asOf=2017-12-31").then().statusCode(200);
        }
        as("admin", null, suite.indicator).get("/api/v1/units/ZZ99").then().statusCode(404);
        as("admin", null, suite.indicator).get("/api/v1/units?asOf=yesterday").then().statusCode(400);
        as(null, null, suite.indicator).get("/api/v1/units").then().statusCode(401);
        as("admin", null, suite.indicator).get("/api/v1/frameworks").then().statusCode(200);
        as("admin", null, suite.indicator).get("/api/v1/frameworks/" + FW).then().statusCode(200);
        as("admin", null, suite.indicator).get("/api/v1/frameworks/NO-SUCH").then().statusCode(404);
        as("admin", null, suite.indicator).get("/api/v1/frameworks/" + FW + "/periods").then().statusCode(200);
        as("submitter", "48", suite.indicator).contentType(ContentType.JSON).body("{\"dueAt\": \"2030-01-01T00:00:00Z\", \"closesAt\": \"2030-02-01T00:00:00Z\"}")
                .put("/api/v1/frameworks/" + FW + "/periods/" + PERIOD).then().statusCode(403);

        // submissions: created, replayed, dry runs, read back, searched; and the errors
        List<String> reporting = provinces.subList(0, 12);
        for (String unit : reporting) {
            Map<String, Object> body = client.submission(unit, PERIOD, 40, random);
            Response created = submit(unit, body, "contract-" + unit);
            created.then().statusCode(201);
            submit(unit, body, "contract-" + unit).then().statusCode(201).header("Idempotent-Replayed", "true");
            as("submitter", unit, suite.indicator).get(created.header("Location")).then().statusCode(200);
            as("reviewer", null, suite.indicator).get("/api/v1/submissions/" + created.path("id")).then().statusCode(200);
        }
        for (int i = 0; i < 4; i++) {
            String unit = reporting.get(i);
            as("submitter", unit, suite.indicator).contentType(ContentType.JSON).body(client.submission(unit, PERIOD, 5, random))
                    .post("/api/v1/submissions?dryRun=true").then().statusCode(200);
            Map<String, Object> other = client.submission(reporting.get(i + 1), PERIOD, 3, random);
            as("submitter", unit, suite.indicator).contentType(ContentType.JSON).body(other).post("/api/v1/submissions").then().statusCode(403);
            as("submitter", unit, suite.indicator).contentType(ContentType.JSON)
                    .body(Map.of("unitCode", unit, "frameworkCode", FW, "period", PERIOD,
                            "values", List.of(Map.of("indicatorCode", "NOPE", "value", 1))))
                    .post("/api/v1/submissions").then().statusCode(422);
            submit(unit, client.submission(unit, PERIOD, 2, random), "contract-" + unit).then().statusCode(422);
        }
        as("submitter", "01", suite.indicator).contentType(ContentType.JSON).body("{\"unitCode\": ").post("/api/v1/submissions")
                .then().statusCode(400);
        as("submitter", "01", suite.indicator).contentType("application/xml").body("<a/>").post("/api/v1/submissions")
                .then().statusCode(415);
        as(null, null, suite.indicator).contentType(ContentType.JSON).body("{}").post("/api/v1/submissions").then().statusCode(401);
        String csv = "unit_code,framework_code,period,indicator_code,value,note\n"
                + "79," + FW + "," + PERIOD + "," + client.indicators().get(1).code() + ",1,first\n";
        as("submitter", "79", suite.indicator).contentType("text/csv").body(csv).post("/api/v1/submissions/csv?dryRun=true")
                .then().statusCode(200);
        as("submitter", "79", suite.indicator).contentType("text/csv").header("Idempotency-Key", "contract-csv-79").body(csv)
                .post("/api/v1/submissions/csv").then().statusCode(201);
        // a CSV without its columns: refused (400 or 422), as documented
        int refused = as("submitter", "79", suite.indicator).contentType("text/csv").body("unit_code\n").post("/api/v1/submissions/csv")
                .statusCode();
        assertThat(refused).isIn(400, 422);
        for (int page = 0; page < 3; page++) {
            as("reviewer", null, suite.indicator).get("/api/v1/submissions?period=" + PERIOD + "&size=5&page=" + page).then().statusCode(200);
        }
        as("submitter", "48", suite.indicator).get("/api/v1/submissions?unitCode=01").then().statusCode(403);
        as("reviewer", null, suite.indicator).get("/api/v1/submissions?size=0").then().statusCode(400);
        as("reviewer", null, suite.indicator).get("/api/v1/submissions/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        as("committee", null, suite.indicator).get("/api/v1/values/" + FW + "/" + PERIOD).then().statusCode(200);
        as("submitter", reporting.get(0), suite.indicator).get("/api/v1/values/" + FW + "/" + PERIOD).then().statusCode(200);
        as("committee", null, suite.indicator).get("/api/v1/completeness/" + FW + "/" + PERIOD).then().statusCode(200);
        // a submitter's to-do list: its own unit (the default), never another's
        as("submitter", "48", suite.indicator).get("/api/v1/completeness/" + FW + "/" + PERIOD).then().statusCode(200);
        as("submitter", "48", suite.indicator).get("/api/v1/completeness/" + FW + "/" + PERIOD + "?unitCode=01").then().statusCode(403);

        // ranking-service, once the submissions are in the standings
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> standingsComplete(reporting));
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD).then().statusCode(200);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "?node=NO_NODE").then().statusCode(404);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/1999").then().statusCode(404);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "?version=1").then().statusCode(200);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "?version=1&node=NO_NODE").then().statusCode(404);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "?version=99999999").then().statusCode(404);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "?version=0").then().statusCode(400);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/units/01?version=1").then().statusCode(200);
        as("reviewer", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/versions?size=5").then().statusCode(200);
        as("reviewer", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/versions?size=0").then().statusCode(400);
        as("reviewer", null, suite.ranking).get("/api/v1/standings/" + FW + "/1999/versions").then().statusCode(404);
        // restated on the units of the period's own last day: every unit stands for itself
        as("submitter", "01", suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/restated?asOf=" + PERIOD + "-12-31")
                .then().statusCode(200);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/restated?asOf=2017-13-01").then().statusCode(400);
        for (String unit : provinces.subList(0, 20)) {
            as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/units/" + unit).then().statusCode(200);
        }
        as("submitter", "01", suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/units/01").then().statusCode(200);
        as("submitter", "01", suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/units/48").then().statusCode(403);
        as("committee", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/units/01?compareTo=last-year").then().statusCode(400);
        as("reviewer", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/sensitivity?runs=30&seed=3").then().statusCode(200);
        as("reviewer", null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/sensitivity?weightNoise=1").then().statusCode(400);
        as("submitter", "01", suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD + "/sensitivity").then().statusCode(403);
        as(null, null, suite.ranking).get("/api/v1/standings/" + FW + "/" + PERIOD).then().statusCode(401);

        // report-service: briefs in every format, and the errors
        String id = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response r = RestAssured.given().baseUri(suite.report.uri().toString()).auth().oauth2(suite.token("committee", null))
                    .contentType(ContentType.JSON).body(Map.of("title", "Contract", "meetingDate", "2026-12-01",
                            "frameworkCode", FW, "period", PERIOD, "language", "en"))
                    .post("/api/v1/briefs");
            return r.statusCode() == 201 && r.asString().contains(reporting.get(0)) ? r.<String>path("id") : null;
        }, v -> v != null);
        as("committee", null, suite.report).contentType(ContentType.JSON).body(Map.of("title", "Contract vi", "meetingDate", "2026-12-02",
                "frameworkCode", FW, "period", PERIOD, "language", "vi")).post("/api/v1/briefs").then().statusCode(201);
        as("committee", null, suite.report).contentType(ContentType.JSON).body(Map.of("title", "", "meetingDate", "someday",
                "frameworkCode", FW, "period", PERIOD, "language", "fr")).post("/api/v1/briefs").then().statusCode(422);
        as("committee", null, suite.report).contentType(ContentType.JSON).body("{").post("/api/v1/briefs").then().statusCode(400);
        as("submitter", "01", suite.report).contentType(ContentType.JSON).body("{}").post("/api/v1/briefs").then().statusCode(403);
        // a draft until published; then a share link opens it without a token
        as("reviewer", null, suite.report).get("/api/v1/briefs/" + id).then().statusCode(404);
        as("committee", null, suite.report).contentType(ContentType.JSON).body(Map.of("expiresInDays", 7))
                .post("/api/v1/briefs/" + id + "/links").then().statusCode(409);
        as("committee", null, suite.report).post("/api/v1/briefs/" + id + "/publish").then().statusCode(200);
        as("committee", null, suite.report).post("/api/v1/briefs/" + id + "/publish").then().statusCode(409);
        String url = as("committee", null, suite.report).contentType(ContentType.JSON).body(Map.of("expiresInDays", 7))
                .post("/api/v1/briefs/" + id + "/links").then().statusCode(201).extract().path("url");
        String linkId = as("committee", null, suite.report).get("/api/v1/briefs/" + id + "/links").then().statusCode(200)
                .extract().path("items[0].id");
        String share = url.substring(url.indexOf("/share/"));
        as(null, null, suite.report).get(share).then().statusCode(200);
        as(null, null, suite.report).get(share + "?format=pdf").then().statusCode(200);
        as("committee", null, suite.report).delete("/api/v1/briefs/" + id + "/links/" + linkId).then().statusCode(204);
        as(null, null, suite.report).get(share).then().statusCode(404);
        for (String format : List.of("", "/html", "/markdown", "/pdf")) {
            as("reviewer", null, suite.report).get("/api/v1/briefs/" + id + format).then().statusCode(200);
        }
        for (String accept : List.of("application/json", "text/html", "text/markdown", "application/pdf")) {
            as("submitter", "48", suite.report).accept(accept).get("/api/v1/briefs/" + id).then().statusCode(200);
        }
        as("reviewer", null, suite.report).accept("image/png").get("/api/v1/briefs/" + id).then().statusCode(406);
        as("reviewer", null, suite.report).get("/api/v1/briefs/00000000-0000-4000-8000-000000000000").then().statusCode(404);
        as("reviewer", null, suite.report).get("/api/v1/briefs/00000000-0000-4000-8000-000000000000/pdf").then().statusCode(404);
        as("reviewer", null, suite.report).get("/api/v1/briefs?frameworkCode=" + FW + "&period=" + PERIOD).then().statusCode(200);
        as("reviewer", null, suite.report).get("/api/v1/briefs?size=500").then().statusCode(400);
        as(null, null, suite.report).get("/api/v1/briefs").then().statusCode(401);

        System.out.println("OpenAPI response validation: " + validation.validated() + " answers of "
                + validation.operations().size() + " operations validated, " + validation.mismatches().size() + " mismatches");
        assertThat(validation.mismatches()).isEmpty();
        assertThat(validation.validated()).as("answers validated against their schema").isGreaterThanOrEqualTo(200);
        assertThat(validation.operations()).contains("listUnits", "getUnit", "listFrameworks", "getFramework", "listPeriods",
                "createSubmission", "createSubmissionCsv", "getSubmission", "listSubmissions", "getCurrentValues",
                "getCompleteness", "getStandings", "listStandingsVersions", "getRestatedStandings", "getUnitProfile", "getSensitivity", "createBrief", "listBriefs", "getBrief",
                "getBriefHtml", "getBriefMarkdown", "getBriefPdf");
    }

    private Response submit(String unit, Map<String, Object> body, String key) {
        return as("submitter", unit, suite.indicator).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/submissions");
    }

    private boolean standingsComplete(List<String> units) {
        Response r = RestAssured.given().baseUri(suite.ranking.uri().toString()).auth().oauth2(suite.token("committee", null))
                .get("/api/v1/standings/" + FW + "/" + PERIOD);
        if (r.statusCode() != 200) {
            return false;
        }
        List<Map<String, Object>> entries = r.path("entries");
        return entries.stream().filter(e -> units.contains((String) e.get("unitCode"))).count() == units.size();
    }
}
