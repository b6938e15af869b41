package vn.dti.report;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.jwt.TestTokens;

/** Small helpers shared by the HTTP tests. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role));
    }

    public static String request(String title, String frameworkCode, String period, String comparePeriod, String language) {
        return """
                {"title": %s, "meetingDate": "2032-04-15", "frameworkCode": "%s", "period": "%s", %s"language": "%s"}"""
                .formatted(Events.JSON.valueToTree(title).toString(), frameworkCode, period,
                        comparePeriod == null ? "" : "\"comparePeriod\": \"" + comparePeriod + "\", ", language);
    }

    /** Creates a brief as the committee and publishes it (so every role may read it); returns the 201 response. */
    public static Response create(String body) {
        Response created = createDraft(body);
        as("committee").post(created.header("Location") + "/publish").then().statusCode(200);
        return created;
    }

    /** Creates a brief as the committee and leaves it a draft; returns the 201 response. */
    public static Response createDraft(String body) {
        return as("committee").contentType(ContentType.JSON).body(body).post("/api/v1/briefs")
                .then().statusCode(201).extract().response();
    }

    /** The body as JSON, numbers as doubles (RestAssured's default float loses the 8th digit). */
    public static JsonPath json(Response r) {
        return JsonPath.from(r.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    public static Response read(String location, String accept) {
        return as("reviewer").accept(accept).get(location).then().extract().response();
    }
}
