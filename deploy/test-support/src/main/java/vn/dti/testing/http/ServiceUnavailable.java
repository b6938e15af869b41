package vn.dti.testing.http;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;

/** The answer of a service whose database is away: 503 problem+json with Retry-After (docs/api.md, Errors). */
public final class ServiceUnavailable {

    private ServiceUnavailable() {
    }

    /** Asserts {@code r} is the 503 of an unreachable database, with the default {@code Retry-After: 5}. */
    public static void assertUnavailable(Response r) {
        r.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("status", is(503))
                .body("type", endsWith("/service-unavailable"));
    }
}
