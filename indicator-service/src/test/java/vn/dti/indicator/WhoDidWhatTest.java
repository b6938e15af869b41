package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A unit's to-do list, corrections after closing, submittedBy, and the history of frameworks, periods and units. */
@QuarkusTest
class WhoDidWhatTest {

    static final String FW = Api.FW;

    @Inject
    Db db;

    @Test
    void aSubmitterSeesItsOwnToDoListWithMissingCodesDeadlinesAndReviewStatus() {
        OffsetDateTime due = OffsetDateTime.parse("2099-03-31T23:59:59+07:00");
        Api.schedule("2016", due, due.plusMonths(1));
        String id = submitter("26").contentType(ContentType.JSON).body(submission("26", "2016", 90, 8))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        int expected = as("admin").get("/api/v1/completeness/" + FW + "/2016").then().statusCode(200)
                .extract().path("indicatorsExpected");
        // no unitCode: the submitter's own unit
        submitter("26").get("/api/v1/completeness/" + FW + "/2016").then().statusCode(200)
                .body("units", hasSize(1)).body("units[0].unitCode", equalTo("26"))
                .body("units[0].reported", is(2)).body("units[0].missing", is(expected - 2))
                .body("units[0].reportedIndicators", org.hamcrest.Matchers.containsInAnyOrder("OPS_TIMELY_RATE", "ECOMMERCE_RETAIL_SHARE"))
                .body("units[0].missingIndicators", hasSize(expected - 2))
                .body("units[0].missingIndicators", org.hamcrest.Matchers.not(hasItems("OPS_TIMELY_RATE")))
                .body("units[0].reviewStatus", equalTo("SUBMITTED"))
                .body("dueAt", notNullValue()).body("closesAt", notNullValue())
                .body("totals.units", is(1)).body("totals.valuesReported", is(2));
        // another unit: refused, as for values and submissions
        submitter("26").get("/api/v1/completeness/" + FW + "/2016?unitCode=27").then().statusCode(403)
                .contentType("application/problem+json");
        // returned: the reviewer's comment is on the to-do list
        as("reviewer").contentType(ContentType.JSON)
                .body("{\"decision\": \"RETURN\", \"submissionId\": \"" + id + "\", \"comment\": \"Add the remaining indicators\"}")
                .post("/api/v1/reviews/" + FW + "/2016/26").then().statusCode(200);
        submitter("26").get("/api/v1/completeness/" + FW + "/2016?unitCode=26").then().statusCode(200)
                .body("units[0].reviewStatus", equalTo("RETURNED"))
                .body("units[0].reviewComment", equalTo("Add the remaining indicators"));
        submitter("27").get("/api/v1/completeness/" + FW + "/2016").then().statusCode(200)
                .body("units[0].unitCode", equalTo("27")).body("units[0].reviewStatus", equalTo("NOT_SUBMITTED"))
                .body("units[0].reportedIndicators", hasSize(0)).body("units[0].reviewComment", nullValue());
        as("committee").get("/api/v1/completeness/" + FW + "/2016?unitCode=ZZ").then().statusCode(404);
    }

    @Test
    void afterClosingOnlyAnAdminCorrectsWithAReasonAndTheSubmissionIsFlagged() {
        OffsetDateTime now = OffsetDateTime.now();
        Api.schedule("2018", now.minusDays(20), now.minusDays(10));
        String before = db.snapshot();
        submitter("30").contentType(ContentType.JSON).body(submission("30", "2018", 80, 4)).post("/api/v1/submissions")
                .then().statusCode(409).body("type", containsString("period-closed"));
        // an admin without a reason
        as("admin").contentType(ContentType.JSON).body(submission("30", "2018", 80, 4)).post("/api/v1/submissions")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/correctionReason"))
                .body("errors[0].code", equalTo("REQUIRED"));
        as("admin").contentType("text/csv").body("unit_code,framework_code,period,indicator_code,value,note\n30,DTI-PROVINCE,2018,OPS_TIMELY_RATE,81,\n")
                .post("/api/v1/submissions").then().statusCode(422);
        // a submitter's reason does not open a closed period
        submitter("30").contentType(ContentType.JSON).body(withReason(submission("30", "2018", 80, 4), "late data"))
                .post("/api/v1/submissions").then().statusCode(409);
        assertThat(db.snapshot()).isEqualTo(before);

        long corrections = db.count("submission", "unit_code = '30' and period = '2018' and correction");
        String id = as("admin").contentType(ContentType.JSON)
                .body(withReason(submission("30", "2018", 82.5, 4), "Province 30 re-counted its online services (letter 12/2025)"))
                .post("/api/v1/submissions").then().statusCode(201)
                .body("correction", is(true)).body("correctionReason", containsString("re-counted"))
                .body("submittedBy", equalTo("admin"))
                .extract().path("id");
        as("admin").contentType("text/csv").header("Correction-Reason", "CSV correction")
                .body("unit_code,framework_code,period,indicator_code,value,note\n30,DTI-PROVINCE,2018,OPS_TIMELY_RATE,83,\n")
                .post("/api/v1/submissions").then().statusCode(201).body("correction", is(true))
                .body("correctionReason", equalTo("CSV correction"));
        as("reviewer").get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("correction", is(true)).body("submittedBy", equalTo("admin"));
        as("reviewer").get("/api/v1/submissions?unitCode=30&period=2018").then().statusCode(200)
                .body("items[0].correction", is(true))
                .body("items.correctionReason", hasItems("CSV correction"));
        assertThat(db.count("submission", "unit_code = '30' and period = '2018' and correction")).isEqualTo(corrections + 2);
    }

    @Test
    void submittedByIsShownAndOrdinarySubmissionsAreNoCorrections() {
        String id = submitter("31").contentType(ContentType.JSON).body(submission("31", "2017", 60, 3))
                .post("/api/v1/submissions").then().statusCode(201).body("submittedBy", equalTo("submitter-31"))
                .body("correction", nullValue()).extract().path("id");
        submitter("31").get("/api/v1/submissions/" + id).then().statusCode(200).body("submittedBy", equalTo("submitter-31"));
    }

    @Test
    void changesToFrameworksPeriodsAndUnitsAreRecordedWithWhoAndWhen() {
        String run = Long.toString(System.nanoTime() % 1_000_000L);
        String fw = "HIST-" + run;
        String unit = "H" + run;
        String doc = "{\"name\":\"History\",\"unitType\":\"PROVINCE\",\"periodType\":\"ANNUAL\",\"root\":{\"code\":\"R\",\"children\":["
                + "{\"code\":\"A\",\"indicator\":{\"unit\":\"PERCENT\",\"normalization\":{\"method\":\"NONE\"}}}]}}";
        as("admin").contentType(ContentType.JSON).body(doc).put("/api/v1/frameworks/" + fw + "").then().statusCode(201);
        as("admin").contentType(ContentType.JSON).body(doc.replace("History", "History 2")).put("/api/v1/frameworks/" + fw + "")
                .then().statusCode(200);
        as("admin").post("/api/v1/frameworks/" + fw + "/publish").then().statusCode(200);
        as("committee").get("/api/v1/frameworks/" + fw + "/history").then().statusCode(200)
                .body("entity", equalTo("FRAMEWORK")).body("key", equalTo("" + fw + ""))
                .body("changes.action", org.hamcrest.Matchers.contains("DRAFT_CREATED", "DRAFT_REPLACED", "PUBLISHED"))
                .body("changes.changedBy", org.hamcrest.Matchers.everyItem(equalTo("admin")))
                .body("changes[1].detail.name", equalTo("History 2")).body("changes[2].detail.version", is(2))
                .body("changes[0].changedAt", notNullValue());
        as("admin").contentType(ContentType.JSON).body("{\"dueAt\": \"2026-03-31T00:00:00Z\", \"closesAt\": \"2026-04-30T00:00:00Z\"}")
                .put("/api/v1/frameworks/" + fw + "/periods/2025").then().statusCode(201);
        as("admin").contentType(ContentType.JSON).body("{\"dueAt\": \"2026-04-15T00:00:00Z\", \"closesAt\": \"2026-05-30T00:00:00Z\"}")
                .put("/api/v1/frameworks/" + fw + "/periods/2025").then().statusCode(200);
        as("reviewer").get("/api/v1/frameworks/" + fw + "/periods/2025/history").then().statusCode(200)
                .body("changes.action", org.hamcrest.Matchers.contains("SCHEDULED", "RESCHEDULED"))
                .body("changes[1].detail.closesAt", equalTo("2026-05-30T00:00Z"));
        as("admin").contentType(ContentType.JSON).body("{\"code\":\"" + unit + "\",\"name\":\"Bộ Lịch sử\",\"type\":\"MINISTRY\"}")
                .post("/api/v1/units").then().statusCode(201);
        as("admin").get("/api/v1/units/" + unit + "/history").then().statusCode(200)
                .body("changes", hasSize(1)).body("changes[0].action", equalTo("CREATED"))
                .body("changes[0].changedBy", equalTo("admin")).body("changes[0].detail.name", equalTo("Bộ Lịch sử"));
        as("admin").get("/api/v1/units/NOPE9/history").then().statusCode(404);
        as("admin").get("/api/v1/frameworks/NO-SUCH/history").then().statusCode(404);
        as("admin").get("/api/v1/frameworks/" + fw + "/periods/2024/history").then().statusCode(404);
        // the default framework is seeded at startup, outside any request: recorded as "system" (when the
        // database was new to this version; an older test database predates the history)
        as("admin").get("/api/v1/frameworks/DTI-PROVINCE/history").then().statusCode(200)
                .body("changes.changedBy", org.hamcrest.Matchers.everyItem(equalTo("system")));
    }

    static String withReason(String json, String reason) {
        return json.substring(0, json.lastIndexOf('}')) + ", \"correctionReason\": \"" + reason + "\"}";
    }
}
