package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Issue #10 part A: import summary, warnings, all problems at once, atomicMode, rules, outliers, spreadsheet CSV. */
@QuarkusTest
class ImportFeedbackTest {

    static final String FW = "TEST-FEEDBACK";
    static final String FRAMEWORK = """
            {"code": "TEST-FEEDBACK", "name": "Import feedback test", "unitType": "PROVINCE", "periodType": "ANNUAL",
             "root": {"code": "ROOT", "children": [
               {"code": "SHARE_A", "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "normalization": {"method": "MIN_MAX"}}},
               {"code": "SHARE_B", "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "normalization": {"method": "MIN_MAX"}}},
               {"code": "COUNT_C", "indicator": {"unit": "NUMBER", "normalization": {"method": "MIN_MAX"}}},
               {"code": "COUNT_D", "indicator": {"unit": "NUMBER", "normalization": {"method": "MIN_MAX"}}},
               {"code": "FLAG", "indicator": {"unit": "BOOLEAN", "normalization": {"method": "BOOLEAN"}}}]},
             "rules": [
               {"code": "A_WITHIN_B", "name": "A is part of B", "left": "SHARE_A", "operator": "<=", "right": "SHARE_B", "severity": "ERROR"},
               {"code": "C_PER_D", "name": "fewer than 100 C per D", "nameVi": "ít hơn 100 C trên một D", "left": "COUNT_C / COUNT_D", "operator": "<", "right": "100", "severity": "WARNING"}],
             "maxChangeRatio": 0.5}""";

    private static boolean published;

    @Inject
    Db db;

    static synchronized void framework() {
        if (published) {
            return;
        }
        as("admin").contentType(ContentType.JSON).body(FRAMEWORK).put("/api/v1/frameworks/" + FW).then().statusCode(201)
                .body("outlierThreshold", equalTo(3.5f)).body("maxChangeRatio", equalTo(0.5f))
                .body("rules", hasSize(2)).body("rules[1].nameVi", equalTo("ít hơn 100 C trên một D"));
        as("admin").post("/api/v1/frameworks/" + FW + "/publish").then().statusCode(200).body("rules[0].code", equalTo("A_WITHIN_B"));
        published = true;
    }

    static String json(String unit, String period, String values) {
        return "{\"unitCode\": \"" + unit + "\", \"frameworkCode\": \"" + FW + "\", \"period\": \"" + period + "\", \"values\": [" + values + "]}";
    }

    static String v(String code, double value) {
        return "{\"indicatorCode\": \"" + code + "\", \"value\": " + value + "}";
    }

    static Response submit(String body) {
        return as("admin").contentType(ContentType.JSON).body(body).post("/api/v1/submissions");
    }

    @Test
    void theSummaryCountsNewUpdatedAndUnchangedValues() {
        framework();
        submit(json("01", "2030", v("SHARE_A", 10) + "," + v("SHARE_B", 20))).then().statusCode(201)
                .body("summary.imported", is(2)).body("summary.updated", is(0))
                .body("summary.unchanged", is(0)).body("summary.ignored", is(0))
                .body("warnings", hasSize(0));
        // the same A (unchanged), another B (updated), a first C (imported) — and a dry run says so too, storing nothing
        String next = json("01", "2030", v("SHARE_A", 10) + "," + v("SHARE_B", 30) + "," + v("COUNT_C", 5));
        String before = db.snapshot();
        as("admin").contentType(ContentType.JSON).body(next).post("/api/v1/submissions?dryRun").then().statusCode(200)
                .body("dryRun", is(true))
                .body("summary.imported", is(1)).body("summary.updated", is(1)).body("summary.unchanged", is(1)).body("summary.ignored", is(0));
        assertThat(db.snapshot()).isEqualTo(before);
        submit(next).then().statusCode(201)
                .body("summary.imported", is(1)).body("summary.updated", is(1)).body("summary.unchanged", is(1)).body("summary.ignored", is(0))
                .body("supersededValues.indicatorCode", contains("SHARE_A", "SHARE_B"));
    }

    @Test
    void everyProblemOfARequestIsInOneAnswer() {
        // before: the two format errors (rows 0 and 1) hid the five others until the next try
        String before = db.snapshot();
        as("admin").contentType("text/csv").body("""
                unit_code,framework_code,period,indicator_code,value
                01,DTI-PROVINCE,2024,OPS_TIMELY_RATE,abc
                01,DTI-PROVINCE,2024,,5
                01,DTI-PROVINCE,2024,NOPE,5
                01,DTI-PROVINCE,2024,ECOMMERCE_RETAIL_SHARE,101
                01,DTI-PROVINCE,2024,DX_PLAN_APPROVED,2
                99,DTI-PROVINCE,2024,OPS_TIMELY_RATE,5
                01,NOPE,2024,OPS_TIMELY_RATE,5
                """).post("/api/v1/submissions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(7))
                .body("errors.pointer", contains("/rows/0/value", "/rows/1/indicator_code", "/rows/2/indicator_code",
                        "/rows/3/value", "/rows/4/value", "/rows/5/unit_code", "/rows/6/framework_code"))
                .body("errors.code", contains("NOT_A_NUMBER", "REQUIRED", "UNKNOWN_INDICATOR", "OUT_OF_RANGE", "OUT_OF_RANGE",
                        "UNKNOWN_UNIT", "UNKNOWN_FRAMEWORK"));
        // JSON too: a type error and an unknown indicator in one answer
        as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "01", "frameworkCode": "DTI-PROVINCE", "period": "2024",
                 "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": "high"}, {"indicatorCode": "NOPE", "value": 1}]}""")
                .post("/api/v1/submissions").then().statusCode(422)
                .body("errors.pointer", contains("/values/0/value", "/values/1/indicatorCode"));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void anErrorRuleRefusesOnTheMergedValuesAndStoresNothing() {
        framework();
        submit(json("04", "2030", v("SHARE_B", 40))).then().statusCode(201);
        String before = db.snapshot();
        // 45 > the current 40 of B: the rule reads the stored B and the submitted A
        submit(json("04", "2030", v("COUNT_C", 1) + "," + v("SHARE_A", 45))).then().statusCode(422)
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/values/1/value"))
                .body("errors[0].code", equalTo("A_WITHIN_B"))
                .body("errors[0].detail", equalTo("rule A_WITHIN_B (A is part of B): SHARE_A <= SHARE_B does not hold: 45 <= 40"));
        assertThat(db.snapshot()).isEqualTo(before);
        // with B raised in the same submission, it holds
        submit(json("04", "2030", v("SHARE_A", 45) + "," + v("SHARE_B", 45))).then().statusCode(201).body("warnings", hasSize(0));
    }

    @Test
    void aWarningRuleStoresListsAndKeepsTheWarning() {
        framework();
        // 500 / 2 = 250, not < 100
        Response r = submit(json("08", "2030", v("COUNT_C", 500) + "," + v("COUNT_D", 2)));
        r.then().statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("C_PER_D"))
                .body("warnings[0].pointer", equalTo("/values/0/value"))
                .body("warnings[0].detail", containsString("250 < 100"));
        as("reviewer").get("/api/v1/submissions/" + r.path("id")).then().statusCode(200)
                .body("warnings", hasSize(1)).body("warnings[0].code", equalTo("C_PER_D")).body("summary", nullValue());
        assertThat(db.count("submission", "id = '" + r.path("id") + "' and warnings @> '[{\"code\": \"C_PER_D\"}]'")).isEqualTo(1);
        // D = 0: the rule cannot be evaluated (division by zero) and is skipped
        submit(json("08", "2030", v("COUNT_D", 0))).then().statusCode(201).body("warnings", hasSize(0));
    }

    @Test
    void anOutlierAgainstTheOtherUnitsIsAWarningWithTheFiguresComputedByHand() {
        framework();
        // the other units' COUNT_C: 9, 10, 11, 12, 13 → median 11, absolute deviations 2, 1, 0, 1, 2 → MAD 1
        // their SHARE_B: all 50 → MAD 0, no check; their COUNT_D: only four units → no check
        String[] others = {"11", "12", "14", "15", "19"};
        for (int i = 0; i < others.length; i++) {
            String values = v("COUNT_C", 9 + i) + "," + v("SHARE_B", 50) + (i < 4 ? "," + v("COUNT_D", 1000 + i) : "");
            submit(json(others[i], "2031", values)).then().statusCode(201);
        }
        // z = 0.6745 × (40 − 11) / 1 = 19.56 > 3.5
        submit(json("44", "2031", v("COUNT_C", 40) + "," + v("SHARE_B", 99) + "," + v("COUNT_D", 999_999))).then().statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("OUTLIER"))
                .body("warnings[0].pointer", equalTo("/values/0/value"))
                .body("warnings[0].detail", equalTo("40 is far from the other 5 units' values of 2031: median 11, MAD 1, robust z 19.56 (|z| > 3.5)"));
        // z = 0.6745 × (14 − 11) = 2.02: no warning (and 44's own earlier value is not one of "the others")
        submit(json("44", "2031", v("COUNT_C", 14))).then().statusCode(201).body("warnings", hasSize(0));
    }

    @Test
    void aSuddenChangeAgainstThePreviousPeriodIsAWarning() {
        framework();
        submit(json("20", "2032", v("COUNT_C", 100))).then().statusCode(201).body("warnings", hasSize(0));
        // |160 − 100| / 100 = 0.6 > maxChangeRatio 0.5
        submit(json("20", "2033", v("COUNT_C", 160))).then().statusCode(201)
                .body("warnings.code", contains("SUDDEN_CHANGE"))
                .body("warnings[0].detail", equalTo("160 against 100 in 2032: a change ratio of 0.6000 (> maxChangeRatio 0.5)"));
        submit(json("22", "2033", v("COUNT_C", 160))).then().statusCode(201).body("warnings", hasSize(0));
    }

    static final String MIXED_CSV = """
            unit_code,framework_code,period,indicator_code,value
            24,TEST-FEEDBACK,2034,SHARE_A,10
            24,TEST-FEEDBACK,2034,SHARE_B,20
            25,TEST-FEEDBACK,2034,SHARE_A,10
            25,TEST-FEEDBACK,2034,SHARE_B,x
            31,TEST-FEEDBACK,2034,SHARE_A,80
            31,TEST-FEEDBACK,2034,SHARE_B,50
            33,TEST-FEEDBACK,,SHARE_A,1
            """;

    @Test
    void atomicModeNoneStoresTheValidGroupsAndReportsTheOthers() {
        framework();
        String before = db.snapshot();
        // ALL (the default): every problem, nothing stored
        as("admin").contentType("text/csv").body(MIXED_CSV).post("/api/v1/submissions").then().statusCode(422)
                .body("errors.pointer", contains("/rows/3/value", "/rows/4/value", "/rows/6/period"))
                .body("errors.code", contains("NOT_A_NUMBER", "A_WITHIN_B", "REQUIRED"));
        as("admin").contentType("text/csv").body(MIXED_CSV).post("/api/v1/submissions?atomicMode=ALL").then().statusCode(422);
        // a dry run of NONE says what would happen, storing nothing
        as("admin").contentType("text/csv").body(MIXED_CSV).post("/api/v1/submissions?atomicMode=NONE&dryRun=true").then()
                .statusCode(200).body("submissions", hasSize(1)).body("conflicts", hasSize(3)).body("summary.ignored", is(5));
        as("admin").contentType("text/csv").body(MIXED_CSV).post("/api/v1/submissions?atomicMode=SOME").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("atomicMode"));
        assertThat(db.snapshot()).isEqualTo(before);

        Response partial = as("admin").contentType("text/csv").header("Idempotency-Key", "feedback-none-1").body(MIXED_CSV)
                .post("/api/v1/submissions?atomicMode=NONE");
        partial.then().statusCode(200)
                .header("Location", containsString("/api/v1/submissions/"))
                .body("submissions", hasSize(1))
                .body("submissions[0].unitCode", equalTo("24"))
                .body("summary.imported", is(2)).body("summary.updated", is(0)).body("summary.unchanged", is(0))
                .body("summary.ignored", is(5))  // 2 values of 25, 2 of 31, the row without a period
                .body("conflicts.pointer", contains("/rows/3/value", "/rows/4/value", "/rows/6/period"))
                .body("conflicts.code", contains("NOT_A_NUMBER", "A_WITHIN_B", "REQUIRED"))
                .body("warnings", hasSize(0));
        assertThat(db.count("current_value", "framework_code = 'TEST-FEEDBACK' and period = '2034'")).isEqualTo(2);
        String stored = db.snapshot();
        // the replay answers the same 200 and stores nothing more; the key with ALL is another request
        as("admin").contentType("text/csv").header("Idempotency-Key", "feedback-none-1").body(MIXED_CSV)
                .post("/api/v1/submissions?atomicMode=NONE").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("submissions[0].id", equalTo(partial.path("submissions[0].id")))
                .body("conflicts", hasSize(3));
        as("admin").contentType("text/csv").header("Idempotency-Key", "feedback-none-1").body(MIXED_CSV)
                .post("/api/v1/submissions").then().statusCode(422).body("type", containsString("idempotency-key-reused"));
        assertThat(db.snapshot()).isEqualTo(stored);
        // nothing valid at all: refused as with ALL
        as("admin").contentType("text/csv").body("unit_code,framework_code,period,indicator_code,value\n25,TEST-FEEDBACK,2034,SHARE_A,y\n")
                .post("/api/v1/submissions?atomicMode=NONE").then().statusCode(422).body("errors[0].pointer", equalTo("/rows/0/value"));
        // all valid: 201, and NONE always answers the batch shape
        as("admin").contentType("text/csv").body("unit_code,framework_code,period,indicator_code,value\n37,TEST-FEEDBACK,2034,SHARE_A,1\n")
                .post("/api/v1/submissions?atomicMode=NONE").then().statusCode(201)
                .body("submissions", hasSize(1)).body("conflicts", hasSize(0)).body("summary.imported", is(1));
    }

    @Test
    void aSpreadsheetCsvWithBomSemicolonsDecimalCommasAndAnotherCharset() {
        framework();
        byte[] bom = "\uFEFFunit_code;framework_code;period;indicator_code;value;note\r\n38;TEST-FEEDBACK;2035;SHARE_A;12,5;Hà Nội\r\n38;TEST-FEEDBACK;2035;SHARE_B;99,75;\r\n"
                .getBytes(StandardCharsets.UTF_8);
        as("admin").contentType("text/csv; charset=UTF-8").body(bom).post("/api/v1/submissions").then().statusCode(201)
                .body("values.value", contains(12.5f, 99.75f)).body("values[0].note", equalTo("Hà Nội"));
        // UTF-16 and windows-1258 (Vietnamese Windows) are converted, never stored as mojibake
        for (String charset : List.of("UTF-16", "windows-1258")) {
            byte[] body = "unit_code,framework_code,period,indicator_code,value,note\n40,TEST-FEEDBACK,2035,SHARE_A,1.5,Cà Mau Đông\n"
                    .getBytes(Charset.forName(charset));
            as("admin").contentType("text/csv; charset=" + charset).body(body).post("/api/v1/submissions").then().statusCode(201)
                    .body("values[0].note", equalTo("Cà Mau Đông")).body("values[0].value", equalTo(1.5f));
        }
        String before = db.snapshot();
        // bytes that are not UTF-8; a charset this server does not know; a dot in a ';' file
        as("admin").contentType("text/csv; charset=UTF-8").body(new byte[] {'u', ';', (byte) 0xC3, (byte) 0x28}).post("/api/v1/submissions").then()
                .statusCode(400).contentType("application/problem+json");
        as("admin").contentType("text/csv; charset=x-klingon").body("a".getBytes(StandardCharsets.UTF_8)).post("/api/v1/submissions").then()
                .statusCode(415).contentType("application/problem+json");
        as("admin").contentType("text/csv").body("unit_code;framework_code;period;indicator_code;value\n42;TEST-FEEDBACK;2035;SHARE_A;1.5\n")
                .post("/api/v1/submissions").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/rows/0/value")).body("errors[0].detail", containsString("decimal mark is a comma"));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void rulesAreValidatedWithPointersIntoRules() {
        String before = db.snapshot();
        String bad = FRAMEWORK.replace("TEST-FEEDBACK", "TEST-BAD-RULES").replace("""
                "rules": [""", """
                "rules": [
                  {"code": "R1", "name": "unknown", "left": "SHARE_A + NOPE", "operator": "<=", "right": "100", "severity": "ERROR"},
                  {"code": "R2", "name": "bad", "left": "SHARE_A", "operator": "<=", "right": "(SHARE_B * ", "severity": "WARNING"},
                  {"code": "R1", "name": "twice", "left": "SHARE_A", "operator": "=<", "right": "1", "severity": "FATAL"},""");
        as("admin").contentType(ContentType.JSON).body(bad).put("/api/v1/frameworks/TEST-BAD-RULES").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", contains("/rules/0/left", "/rules/1/right", "/rules/2/code", "/rules/2/operator", "/rules/2/severity"))
                .body("errors.code", contains("UNKNOWN_INDICATOR", "INVALID_EXPRESSION", "DUPLICATE_CODE", "INVALID_VALUE", "INVALID_VALUE"))
                .body("errors[0].detail", containsString("NOPE"))
                .body("errors[1].detail", containsString("ends at character 12"));
        as("admin").contentType(ContentType.JSON).body(FRAMEWORK.replace("TEST-FEEDBACK", "TEST-BAD-RULES").replace("\"maxChangeRatio\": 0.5", "\"maxChangeRatio\": 0, \"outlierThreshold\": \"x\""))
                .put("/api/v1/frameworks/TEST-BAD-RULES").then().statusCode(422)
                .body("errors.pointer", hasItem("/maxChangeRatio")).body("errors.pointer", hasItem("/outlierThreshold"));
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @Test
    void theDefaultFrameworkHasMeaningfulRules() {
        as("committee").get("/api/v1/frameworks/DTI-PROVINCE").then().statusCode(200)
                .body("rules.size()", greaterThanOrEqualTo(3))
                .body("rules.code", hasItem("SME_PLATFORM_WITHIN_EINVOICE"))
                .body("outlierThreshold", equalTo(3.5f));
        // 80 % of SMEs on digital platforms but 60 % of enterprises with e-invoices: stored, with the rule's warning
        as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "20", "frameworkCode": "DTI-PROVINCE", "period": "2036",
                 "values": [{"indicatorCode": "EINVOICE_ENTERPRISE_SHARE", "value": 60}, {"indicatorCode": "SME_DIGITAL_PLATFORM_SHARE", "value": 80}]}""")
                .post("/api/v1/submissions").then().statusCode(201)
                .body("warnings.code", contains("SME_PLATFORM_WITHIN_EINVOICE"))
                .body("warnings[0].pointer", equalTo("/values/0/value"));
    }
}
