package vn.dti.ranking;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.jwt.TestTokens;

/** Small helpers shared by the HTTP tests. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(role));
    }

    /** The current standings, or null while there are none (404). */
    public static JsonPath standings(String frameworkCode, String period) {
        var r = as("committee").get("/api/v1/standings/" + frameworkCode + "/" + period);
        return r.statusCode() == 200 ? json(r.asString()) : null;
    }

    /** Scores are compared to 1e-12: JSON numbers are read as doubles, never floats (RestAssured's default). */
    public static JsonPath json(String body) {
        return new JsonPath(body).using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE));
    }

    /** A framework document as indicator-service publishes it (without the lifecycle fields). */
    public static String framework(String code, int rankPrecision, String missingValues, String rootChildren) {
        return """
                {"code": "%s", "name": "Test framework %s", "unitType": "PROVINCE", "periodType": "ANNUAL",
                 "rankPrecision": %d, "missingValues": "%s",
                 "root": {"code": "R", "name": "Index", "aggregation": "WEIGHTED_MEAN", "children": [%s]},
                 "targets": []}""".formatted(code, code, rankPrecision, missingValues, rootChildren);
    }
}
