package vn.dti.testing.http;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to the health endpoints while a dependency is away. Quarkus's Kafka readiness check
 * answers DOWN only when its admin client gives up (default.api.timeout.ms, 60 s) while the broker
 * is unreachable, longer than the test client's 30 s; so these requests wait up to 90 s.
 */
public final class Probes {

    private Probes() {
    }

    public static RequestSpecification patient() {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 90_000)));
    }
}
