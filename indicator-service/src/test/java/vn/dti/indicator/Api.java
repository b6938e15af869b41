package vn.dti.indicator;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.jwt.TestTokens;

/** Small helpers shared by the HTTP tests. */
public final class Api {

    public static final String FW = "DTI-PROVINCE";

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role));
    }

    public static RequestSpecification submitter(String unit) {
        return given().auth().oauth2(TestTokens.token("submitter", unit));
    }

    /** A valid JSON submission of two values of the default framework. */
    public static String submission(String unit, String period, double timely, double ecommerce) {
        return """
                {"unitCode": "%s", "frameworkCode": "DTI-PROVINCE", "period": "%s",
                 "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": %s, "note": "portal <b>report</b>"},
                            {"indicatorCode": "ECOMMERCE_RETAIL_SHARE", "value": %s}]}""".formatted(unit, period, timely, ecommerce);
    }

    public static void schedule(String period, OffsetDateTime dueAt, OffsetDateTime closesAt) {
        as("admin").contentType(ContentType.JSON)
                .body("{\"dueAt\": \"" + dueAt + "\", \"closesAt\": \"" + closesAt + "\"}")
                .put("/api/v1/frameworks/" + FW + "/periods/" + period)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }
}
