package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class UnitResourceTest {

    @Inject
    Db db;

    @Test
    void sixtyThreeProvincesUntilJuly2025AndThirtyFourAfter() {
        as("reviewer").get("/api/v1/units?type=PROVINCE&asOf=2024-12-31").then().statusCode(200).body("$", hasSize(63));
        as("reviewer").get("/api/v1/units?type=PROVINCE&asOf=2025-06-30").then().statusCode(200).body("$", hasSize(63));
        as("reviewer").get("/api/v1/units?type=PROVINCE&asOf=2025-07-01").then().statusCode(200).body("$", hasSize(34));
        // A code alone does not name a unit across time.
        as("submitter").get("/api/v1/units/44?asOf=2024-12-31").then().statusCode(200)
                .body("name", equalTo("Quảng Bình")).body("validTo", equalTo("2025-06-30"));
        as("submitter").get("/api/v1/units/44?asOf=2025-07-01").then().statusCode(200)
                .body("name", equalTo("Quảng Trị")).body("predecessors", contains("45", "44")).body("validTo", nullValue());
        as("committee").get("/api/v1/units/49?asOf=2025-07-01").then().statusCode(404).contentType("application/problem+json");
        as("committee").get("/api/v1/units?asOf=yesterday").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anAdminCreatesAMinistryOnce() {
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "BTC", "name": "Bộ Tài chính", "nameEn": "Ministry of Finance", "type": "MINISTRY",
                 "group": "Ministries providing public services", "validFrom": "2020-01-01"}""")
                .post("/api/v1/units").then().statusCode(201)
                .header("Location", containsString("/api/v1/units/BTC?asOf=2020-01-01"))
                .body("name", equalTo("Bộ Tài chính"));
        as("admin").get("/api/v1/units?type=MINISTRY&asOf=2024-12-31").then().statusCode(200).body("code", hasItem("BTC"));
        String before = db.snapshot();
        as("admin").contentType(ContentType.JSON).body("{\"code\": \"BTC\", \"name\": \"Again\", \"type\": \"MINISTRY\"}")
                .post("/api/v1/units").then().statusCode(409).contentType("application/problem+json");
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "x", "type": "TOWN", "validFrom": "2020-13-01", "predecessors": ["ZZ"], "colour": "red"}""")
                .post("/api/v1/units").then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.hasItems("/code", "/name", "/type", "/validFrom", "/colour"));
        as("admin").contentType(ContentType.JSON).body("""
                {"code": "NEW1", "name": "Mới", "type": "PROVINCE", "validFrom": "2030-01-01", "predecessors": ["01", "ZZ"]}""")
                .post("/api/v1/units").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/predecessors/1")).body("errors[0].code", equalTo("UNKNOWN_UNIT"));
        assertThat(db.snapshot()).isEqualTo(before);
    }
}
