package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static vn.dti.indicator.Api.as;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class FrameworkResourceTest {

    @Inject
    Db db;

    static final String HALF_YEAR = """
            {"code": "TEST-HY", "name": "Half-yearly test", "unitType": "PROVINCE", "periodType": "HALF_YEAR",
             "rankPrecision": 3, "missingValues": "RESCALE",
             "root": {"code": "ROOT", "aggregation": "GEOMETRIC_MEAN", "children": [
               {"code": "P1", "weight": 2, "children": [
                 {"code": "I1", "indicator": {"unit": "PERCENT", "normalization": {"method": "GOALPOSTS", "low": 10, "high": 90}}},
                 {"code": "I2", "weight": 3, "indicator": {"unit": "COUNT", "direction": "LOWER_IS_BETTER", "normalization": {"method": "MIN_MAX"}}}]},
               {"code": "I3", "weight": 1, "indicator": {"unit": "NUMBER", "normalization": {"method": "TARGET", "target": 5}}}]},
             "targets": [{"indicatorCode": "I1", "comparator": ">=", "value": 50, "label": "I1 at least half"}]}""";

    @Test
    void theDefaultProvincialFrameworkIsPublished() {
        as("committee").get("/api/v1/frameworks/DTI-PROVINCE").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("unitType", equalTo("PROVINCE"))
                .body("rankPrecision", is(4))
                .body("root.children", hasSize(8))
                .body("root.children.code", hasItems("AWARENESS", "INSTITUTIONS", "INFRASTRUCTURE", "WORKFORCE",
                        "CYBERSECURITY", "DG_ACTIVITY", "DE_ACTIVITY", "DS_ACTIVITY"))
                .body("root.children.find { it.code == 'DG_ACTIVITY' }.weight", equalTo(0.2f))
                .body("root.children.find { it.code == 'DE_ACTIVITY' }.weight", equalTo(0.15f))
                .body("targets.indicatorCode", hasItems("ECOMMERCE_RETAIL_SHARE", "PAYMENT_ACCOUNT_ADULT_SHARE",
                        "EINVOICE_ENTERPRISE_SHARE", "ONLINE_PUBLIC_SERVICES_SHARE"))
                .body("targets.find { it.indicatorCode == 'ECOMMERCE_RETAIL_SHARE' }.value", equalTo(7.0f));
    }

    @Test
    void aDraftIsValidatedReplacedPublishedAndThenFrozen() {
        as("admin").contentType(ContentType.JSON).body(HALF_YEAR).put("/api/v1/frameworks/TEST-HY").then().statusCode(201)
                .header("Location", containsString("/api/v1/frameworks/TEST-HY"))
                .body("status", equalTo("DRAFT")).body("version", is(1))
                .body("root.children[0].aggregation", equalTo("WEIGHTED_MEAN"))
                .body("root.children[0].children[0].weight", equalTo(1.0f))
                .body("root.children[0].children[0].indicator.direction", equalTo("HIGHER_IS_BETTER"));
        as("admin").contentType(ContentType.JSON).body(HALF_YEAR).put("/api/v1/frameworks/TEST-HY").then().statusCode(200)
                .body("version", is(2));
        // A draft takes no submissions.
        as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "01", "frameworkCode": "TEST-HY", "period": "2024-H1", "values": [{"indicatorCode": "I1", "value": 50}]}""")
                .post("/api/v1/submissions").then().statusCode(422).body("errors[0].code", equalTo("FRAMEWORK_NOT_PUBLISHED"));
        as("admin").post("/api/v1/frameworks/TEST-HY/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedAt", org.hamcrest.Matchers.notNullValue());
        as("admin").contentType(ContentType.JSON).body(HALF_YEAR).put("/api/v1/frameworks/TEST-HY").then().statusCode(409)
                .contentType("application/problem+json");
        as("admin").post("/api/v1/frameworks/TEST-HY/publish").then().statusCode(409);

        as("admin").contentType(ContentType.JSON).body("{\"dueAt\":\"2024-07-31T00:00:00Z\",\"closesAt\":\"2099-01-01T00:00:00Z\"}")
                .put("/api/v1/frameworks/TEST-HY/periods/2024").then().statusCode(422).body("errors[0].code", equalTo("PERIOD_MISMATCH"));
        as("admin").contentType(ContentType.JSON).body("{\"dueAt\":\"2024-07-31T00:00:00Z\",\"closesAt\":\"2099-01-01T00:00:00Z\"}")
                .put("/api/v1/frameworks/TEST-HY/periods/2024-H1").then().statusCode(201)
                .body("startsOn", equalTo("2024-01-01")).body("endsOn", equalTo("2024-06-30"));
        as("admin").contentType(ContentType.JSON).body("{\"dueAt\":\"2024-07-31T00:00:00Z\",\"closesAt\":\"2024-07-01T00:00:00Z\"}")
                .put("/api/v1/frameworks/TEST-HY/periods/2024-H2").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/closesAt"));
        as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "01", "frameworkCode": "TEST-HY", "period": "2024-H1", "values": [{"indicatorCode": "I2", "value": 3}]}""")
                .post("/api/v1/submissions").then().statusCode(201).body("late", is(true));
    }

    @Test
    void publishingRulesAreCheckedWithPointers() {
        String before = db.snapshot();
        as("admin").contentType(ContentType.JSON).body("""
                {"name": "Broken", "unitType": "PROVINCE", "periodType": "ANNUAL", "rankPrecision": 11,
                 "root": {"code": "ROOT", "children": [
                   {"code": "A", "weight": 0, "indicator": {"unit": "PERCENT", "normalization": {"method": "GOALPOSTS", "low": 10}}},
                   {"code": "A", "weight": 1, "indicator": {"unit": "PERCENT", "normalization": {"method": "TARGET"}}},
                   {"code": "B", "weigth": 1, "indicator": {"unit": "PERCENT", "normalization": {"method": "LOG"}}},
                   {"code": "C", "children": [], "indicator": {"unit": "PERCENT", "normalization": {"method": "NONE"}}}]},
                 "targets": [{"indicatorCode": "ZZZ", "comparator": "~", "value": 1, "label": "x"}]}""")
                .put("/api/v1/frameworks/BROKEN").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItems("/rankPrecision", "/root/children/0/weight", "/root/children/0/indicator/normalization/high",
                        "/root/children/1/code", "/root/children/1/indicator/normalization/target", "/root/children/2/weigth",
                        "/root/children/2/indicator/normalization/method", "/root/children/3", "/targets/0/indicatorCode",
                        "/targets/0/comparator"))
                .body("errors.code", hasItem("DUPLICATE_CODE"));
        as("admin").contentType(ContentType.JSON).body("{\"code\": \"OTHER\"}").put("/api/v1/frameworks/BROKEN2").then().statusCode(422)
                .body("errors.pointer", hasItem("/code"));
        assertThat(db.snapshot()).isEqualTo(before);
    }
}
