package vn.dti.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** What an integrator does against the running suite, in the words of the public API. */
final class Client {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An indicator of the framework with what makes a value valid for it. */
    record Indicator(String code, String unit, Double min, Double max) {
    }

    private final Suite suite;
    private List<Indicator> indicators;

    Client(Suite suite) {
        this.suite = suite;
    }

    RequestSpecification as(String role, String unit, ServiceProcess service) {
        return given().baseUri(service.uri().toString()).auth().oauth2(suite.token(role, unit));
    }

    /** The default framework's indicators, in framework order. */
    synchronized List<Indicator> indicators() throws Exception {
        if (indicators == null) {
            String body = as("admin", null, suite.indicator).get("/api/v1/frameworks/" + Suite.FRAMEWORK)
                    .then().statusCode(200).extract().asString();
            indicators = collect(JSON.readTree(body).get("root"), new ArrayList<>());
        }
        return indicators;
    }

    private static List<Indicator> collect(JsonNode node, List<Indicator> into) {
        if (node.has("indicator")) {
            JsonNode i = node.get("indicator");
            into.add(new Indicator(node.get("code").asText(), i.path("unit").asText(),
                    i.hasNonNull("min") ? i.get("min").asDouble() : null, i.hasNonNull("max") ? i.get("max").asDouble() : null));
        } else {
            node.get("children").forEach(c -> collect(c, into));
        }
        return into;
    }

    /** A valid submission body of {@code count} indicators with values drawn from {@code random}. */
    Map<String, Object> submission(String unit, String period, int count, SplittableRandom random) throws Exception {
        List<Map<String, Object>> values = new ArrayList<>();
        List<Indicator> all = indicators();
        for (int i = 0; i < Math.min(count, all.size()); i++) {
            Indicator ind = all.get(i);
            double value = switch (ind.unit()) {
                case "BOOLEAN" -> random.nextInt(2);
                case "COUNT" -> random.nextInt(200);
                default -> {
                    double lo = ind.min() != null ? ind.min() : 0;
                    double hi = ind.max() != null ? ind.max() : 100;
                    yield Math.round((lo + (hi - lo) * random.nextDouble()) * 100) / 100.0;
                }
            };
            values.add(Map.of("indicatorCode", ind.code(), "value", value));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("frameworkCode", Suite.FRAMEWORK);
        body.put("period", period);
        body.put("values", values);
        return body;
    }

    Response submit(Map<String, Object> body, String idempotencyKey) {
        return submit(body, idempotencyKey, suite.indicator);
    }

    /** A submission posted to a given indicator-service replica. */
    Response submit(Map<String, Object> body, String idempotencyKey, ServiceProcess indicator) {
        RequestSpecification spec = as("submitter", (String) body.get("unitCode"), indicator).contentType(ContentType.JSON)
                .body(body);
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey);
        }
        return spec.post("/api/v1/submissions");
    }

    /** The standings of a period from a ranking-service, or null while there are none. */
    JsonNode standings(ServiceProcess ranking, String period) throws Exception {
        Response r = as("committee", null, ranking).get("/api/v1/standings/" + Suite.FRAMEWORK + "/" + period);
        return r.statusCode() == 200 ? JSON.readTree(r.asString()) : null;
    }

    /** Releases a standings version of the default framework as the committee; the response (201, 404, 409...). */
    Response release(ServiceProcess ranking, String period, int version, String label) {
        return as("committee", null, ranking).contentType("application/json")
                .body(JSON.createObjectNode().put("frameworkCode", Suite.FRAMEWORK).put("period", period).put("version", version)
                        .put("label", label).toString())
                .post("/api/v1/releases");
    }

    /** The official standings (latest release) of a period as served, byte for byte, or null while there are none. */
    String official(ServiceProcess ranking, String period) {
        Response r = as("committee", null, ranking).get("/api/v1/standings/" + Suite.FRAMEWORK + "/" + period + "/official");
        return r.statusCode() == 200 ? r.asString() : null;
    }

    /** The current values of a period as the indicator-service holds them: unit → indicator → value. */
    Map<String, Map<String, Double>> currentValues(String period) throws Exception {
        JsonNode body = JSON.readTree(as("admin", null, suite.indicator)
                .get("/api/v1/values/" + Suite.FRAMEWORK + "/" + period).then().statusCode(200).extract().asString());
        Map<String, Map<String, Double>> values = new LinkedHashMap<>();
        for (JsonNode v : body.get("values")) {
            values.computeIfAbsent(v.get("unitCode").asText(), k -> new LinkedHashMap<>())
                    .put(v.get("indicatorCode").asText(), v.get("value").asDouble());
        }
        return values;
    }

    /** The 63 province codes valid in a year. */
    List<String> provinces(int year) throws Exception {
        JsonNode units = JSON.readTree(as("admin", null, suite.indicator)
                .get("/api/v1/units?type=PROVINCE&asOf=" + year + "-12-31").then().statusCode(200).extract().asString());
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.get("code").asText()));
        return codes;
    }

    /** The entries of a standings body, reduced to what must be equal between two computations. */
    static List<String> ranking(JsonNode standings) {
        List<String> rows = new ArrayList<>();
        for (JsonNode e : standings.get("entries")) {
            rows.add(e.get("rank").asInt() + " " + e.get("unitCode").asText() + " "
                    + String.format("%.12f", e.get("score").asDouble()) + " complete=" + e.get("complete").asBoolean()
                    + " missing=" + e.get("missing").asInt());
        }
        return rows;
    }
}
