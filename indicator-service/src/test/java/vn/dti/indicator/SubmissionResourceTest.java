package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.dti.indicator.Api.FW;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class SubmissionResourceTest {

    @Inject
    Db db;

    @Test
    void acceptsAJsonSubmissionAndServesItBack() {
        Response created = submitter("01").contentType(ContentType.JSON).body(submission("01", "2021", 98.01, 11.27))
                .post("/api/v1/submissions");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/submissions/"))
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("unitCode", equalTo("01"))
                .body("frameworkCode", equalTo(FW))
                .body("period", equalTo("2021"))
                .body("late", is(false))
                .body("receivedAt", notNullValue())
                .body("values", hasSize(2))
                .body("values[0].indicatorCode", equalTo("OPS_TIMELY_RATE"))
                .body("values[0].value", equalTo(98.01f))
                .body("values[0].note", equalTo("portal <b>report</b>"))
                .body("supersededValues", hasSize(0));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/submissions/" + id);

        submitter("01").get("/api/v1/submissions/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("values", hasSize(2));
        as("reviewer").get("/api/v1/submissions?unitCode=01&period=2021").then().statusCode(200)
                .body("total", is(1)).body("items[0].id", equalTo(id));
        as("committee").get("/api/v1/values/" + FW + "/2021?unitCode=01").then().statusCode(200)
                .body("values", hasSize(2))
                .body("values.find { it.indicatorCode == 'ECOMMERCE_RETAIL_SHARE' }.value", equalTo(11.27f))
                .body("values.find { it.indicatorCode == 'ECOMMERCE_RETAIL_SHARE' }.submissionId", equalTo(id));
    }

    @Test
    void aLaterValueSupersedesTheEarlierAndHistoryIsKept() {
        String first = submitter("02").contentType(ContentType.JSON).body(submission("02", "2021", 80, 5))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
        submitter("02").contentType(ContentType.JSON).body("""
                {"unitCode": "02", "frameworkCode": "DTI-PROVINCE", "period": "2021",
                 "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 85.5}]}""")
                .post("/api/v1/submissions").then().statusCode(201)
                .body("supersededValues", hasSize(1))
                .body("supersededValues[0].indicatorCode", equalTo("OPS_TIMELY_RATE"))
                .body("supersededValues[0].value", equalTo(80.0f))
                .body("supersededValues[0].submissionId", equalTo(first));

        as("admin").get("/api/v1/values/" + FW + "/2021?unitCode=02").then().statusCode(200)
                .body("values.find { it.indicatorCode == 'OPS_TIMELY_RATE' }.value", equalTo(85.5f))
                .body("values.find { it.indicatorCode == 'ECOMMERCE_RETAIL_SHARE' }.submissionId", equalTo(first));
        as("admin").get("/api/v1/submissions?unitCode=02&period=2021").then().statusCode(200).body("total", is(2));
        assertThat(db.count("submission_value", "indicator_code = 'OPS_TIMELY_RATE' and submission_id in "
                + "(select id from submission where unit_code = '02' and period = '2021')")).isEqualTo(2);
    }

    @Test
    void csvWithOneSubmissionPerUnitFrameworkAndPeriod() {
        String csv = """
                unit_code,framework_code,period,indicator_code,value,note
                04,DTI-PROVINCE,2021,OPS_TIMELY_RATE,91.5,"Quoted, with comma"
                04,DTI-PROVINCE,2021,DX_PLAN_APPROVED,true,
                06,DTI-PROVINCE,2021,OPS_TIMELY_RATE,77,
                """;
        as("admin").contentType("text/csv").body(csv).post("/api/v1/submissions").then().statusCode(201)
                .body("submissions", hasSize(2))
                .body("submissions[0].unitCode", equalTo("04"))
                .body("submissions[0].values", hasSize(2))
                .body("submissions[0].values[0].note", equalTo("Quoted, with comma"))
                .body("submissions[0].values[1].value", equalTo(1.0f))
                .body("submissions[1].unitCode", equalTo("06"));

        submitter("08").contentType("text/csv").body("""
                unit_code,framework_code,period,indicator_code,value,note
                08,DTI-PROVINCE,2021,OPS_TIMELY_RATE,66.6,
                """).post("/api/v1/submissions").then().statusCode(201)
                .header("Location", containsString("/api/v1/submissions/"))
                .body("unitCode", equalTo("08"));
    }

    @Test
    void csvErrorsPointAtTheRowAndColumnAndStoreNothing() {
        String before = db.snapshot();
        as("admin").contentType("text/csv").body("""
                unit_code,framework_code,period,indicator_code,value,note
                10,DTI-PROVINCE,2021,OPS_TIMELY_RATE,abc,
                10,DTI-PROVINCE,2021,OPS_TIMELY_RATE,,
                """).post("/api/v1/submissions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/rows/0/value"))
                .body("errors.pointer", hasItem("/rows/1/value"));
        as("admin").contentType("text/csv").body("""
                unit_code,framework_code,period,indicator_code,value,note
                10,DTI-PROVINCE,2021,OPS_TIMELY_RATE,50,
                10,DTI-PROVINCE,2021,NOPE,5,
                """).post("/api/v1/submissions").then().statusCode(422)
                .body("errors.pointer", hasItem("/rows/1/indicator_code"));
        as("admin").contentType("text/csv").body("unit,framework\n1,2\n").post("/api/v1/submissions").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/header"));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void idempotencyKeyReplaysTheOriginalAnswerAndRefusesAnotherBody() {
        String body = submission("11", "2021", 70, 3);
        Response first = submitter("11").contentType(ContentType.JSON).header("Idempotency-Key", "k-11-a").body(body)
                .post("/api/v1/submissions");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        String snapshot = db.snapshot();

        Response again = submitter("11").contentType(ContentType.JSON).header("Idempotency-Key", "k-11-a").body(body)
                .post("/api/v1/submissions");
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")))
                .body("receivedAt", equalTo(first.path("receivedAt")));
        assertThat(db.snapshot()).isEqualTo(snapshot);

        submitter("11").contentType(ContentType.JSON).header("Idempotency-Key", "k-11-a").body(submission("11", "2021", 71, 3))
                .post("/api/v1/submissions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("idempotency-key-reused"));
        assertThat(db.snapshot()).isEqualTo(snapshot);
    }

    @Test
    void dryRunValidatesAndStoresNothing() {
        submitter("12").contentType(ContentType.JSON).body(submission("12", "2021", 60, 2)).post("/api/v1/submissions")
                .then().statusCode(201);
        String before = db.snapshot();
        submitter("12").contentType(ContentType.JSON).body(submission("12", "2021", 65, 2))
                .post("/api/v1/submissions?dryRun=true").then().statusCode(200)
                .header("Location", nullValue())
                .body("dryRun", is(true))
                .body("supersededValues", hasSize(2))
                .body("supersededValues[0].value", equalTo(60.0f));
        submitter("12").contentType(ContentType.JSON).body(submission("12", "2021", 165, 2))
                .post("/api/v1/submissions?dryRun=true").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/values/0/value"));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void lateSubmissionsAreMarkedAndClosedPeriodsRefused() {
        OffsetDateTime now = OffsetDateTime.now();
        Api.schedule("2019", now.minusDays(2), now.plusDays(2));
        submitter("14").contentType(ContentType.JSON).body(submission("14", "2019", 90, 9)).post("/api/v1/submissions")
                .then().statusCode(201).body("late", is(true));
        as("committee").get("/api/v1/completeness/" + FW + "/2019").then().statusCode(200)
                .body("units.find { it.unitCode == '14' }.late", is(true));

        Api.schedule("2018", now.minusDays(10), now.minusDays(1));
        String before = db.snapshot();
        submitter("14").contentType(ContentType.JSON).body(submission("14", "2018", 90, 9)).post("/api/v1/submissions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", containsString("period-closed"));
        assertThat(db.snapshot()).isEqualTo(before);

        Api.schedule("2017", now.plusDays(10), now.plusDays(20));
        submitter("14").contentType(ContentType.JSON).body(submission("14", "2017", 90, 9)).post("/api/v1/submissions")
                .then().statusCode(201).body("late", is(false));
    }

    @Test
    void everyValidationErrorIsAProblemWithAPointerAndStoresNothing() {
        String before = db.snapshot();
        record Case(String body, String pointer, String code) {
        }
        Case[] cases = {
                new Case("{}", "/unitCode", "REQUIRED"),
                new Case("[]", "", "INVALID_TYPE"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[]}", "/values", "INVALID_TYPE"),
                new Case("{\"unitCode\":\"99\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1}]}", "/unitCode", "UNKNOWN_UNIT"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"NOPE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1}]}", "/frameworkCode", "UNKNOWN_FRAMEWORK"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021-Q1\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1}]}", "/period", "PERIOD_MISMATCH"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"NOPE\",\"value\":1}]}", "/values/0/indicatorCode", "UNKNOWN_INDICATOR"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":100.5}]}", "/values/0/value", "OUT_OF_RANGE"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":\"NaN\"}]}", "/values/0/value", "NOT_A_NUMBER"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1e400}]}", "/values/0/value", "NOT_FINITE"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1},{\"indicatorCode\":\"ECOMMERCE_RETAIL_SHARE\",\"value\":2},{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":3}]}", "/values/2/indicatorCode", "DUPLICATE_INDICATOR"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"DX_PLAN_APPROVED\",\"value\":2}]}", "/values/0/value", "OUT_OF_RANGE"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPEN_DATA_SETS\",\"value\":2.5}]}", "/values/0/value", "OUT_OF_RANGE"),
                new Case("{\"unitCode\":\"01\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2021\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1}],\"extra\":1}", "/extra", "UNKNOWN_FIELD"),
                // Quảng Nam (49) merged into Đà Nẵng on 2025-07-01: it has no 2025 data.
                new Case("{\"unitCode\":\"49\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2025\",\"values\":[{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":1}]}", "/unitCode", "UNIT_NOT_VALID_IN_PERIOD"),
        };
        for (Case c : cases) {
            as("admin").contentType(ContentType.JSON).body(c.body()).post("/api/v1/submissions").then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("status", is(422))
                    .body("title", notNullValue())
                    .body("errors.pointer", hasItem(c.pointer()))
                    .body("errors.code", hasItem(c.code()));
        }
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedOversizedAndWrongTypeBodiesAreProblems() {
        String before = db.snapshot();
        as("admin").contentType(ContentType.JSON).body("{\"unitCode\": ").post("/api/v1/submissions").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("line"));
        as("admin").contentType(ContentType.JSON).body(submission("01", "2021", 50, 5) + "{}").post("/api/v1/submissions").then()
                .statusCode(400).contentType("application/problem+json");
        submitter("01").contentType(ContentType.JSON).body(submission("01", "2021", 50, 5)).post("/api/v1/submissions?dryRun=yes").then()
                .statusCode(400).contentType("application/problem+json");
        as("admin").get("/api/v1/submissions?page=abc").then().statusCode(400).contentType("application/problem+json");
        as("admin").contentType("application/xml").body("<x/>").post("/api/v1/submissions").then()
                .statusCode(415).contentType("application/problem+json");
        String big = "{\"unitCode\":\"01\",\"pad\":\"" + "x".repeat(1_100_000) + "\"}";
        as("admin").contentType(ContentType.JSON).body(big).post("/api/v1/submissions").then()
                .statusCode(413).contentType("application/problem+json").body("status", is(413));
        as("admin").get("/api/v1/submissions/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("admin").get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void completenessListsEveryUnitOfThePeriod() {
        submitter("15").contentType(ContentType.JSON).body(submission("15", "2016", 90, 9)).post("/api/v1/submissions")
                .then().statusCode(201);
        as("reviewer").get("/api/v1/completeness/" + FW + "/2016").then().statusCode(200)
                .body("units", hasSize(63))
                .body("indicatorsExpected", is(24))
                .body("units.find { it.unitCode == '15' }.reported", is(2))
                .body("units.find { it.unitCode == '15' }.missing", is(22))
                .body("units.find { it.unitCode == '15' }.complete", is(false))
                .body("totals.reporting", is(1))
                .body("totals.notReported", is(62))
                .body("totals.valuesReported", is(2));
        as("reviewer").get("/api/v1/completeness/" + FW + "/2025").then().statusCode(200).body("units", hasSize(34));
    }

    @Test
    void problemsNeverLeakInternals() {
        as("admin").contentType(ContentType.JSON).body("{\"unitCode\": 12, \"values\": {}}").post("/api/v1/submissions").then()
                .statusCode(422).body(org.hamcrest.Matchers.not(containsString("Exception")))
                .body("type", startsWith("https://"));
        given().get("/api/v1/units").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }
}
