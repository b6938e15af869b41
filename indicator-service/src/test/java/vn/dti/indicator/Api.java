package vn.dti.indicator;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
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

    /**
     * A 503 as the plumbing answers it (database unreachable, overload): problem+json of type
     * service-unavailable with the given Retry-After; the caller checks the detail it expects.
     */
    public static ValidatableResponse assertUnavailable(Response response, String retryAfter) {
        return response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", retryAfter)
                .body("status", org.hamcrest.Matchers.is(503))
                .body("type", org.hamcrest.Matchers.endsWith("/service-unavailable"));
    }
}
