package vn.dti.indicator;

import static org.hamcrest.Matchers.startsWith;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.assertUnavailable;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * PostgreSQL unreachable (a port nobody listens on): the API answers 503 problem+json with
 * Retry-After, never 500, for reads and for writes.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.NoDatabase.class)
class DatabaseDownTest {

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/dti_indicator_test",
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT3S",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "dti.seed.default-framework", "false");
        }
    }

    @Test
    void aSubmissionIs503WithRetryAfter() {
        assertUnavailable(submitter("17").contentType(ContentType.JSON).body(submission("17", "2020", 80.0, 5.0))
                .post("/api/v1/submissions"), "5")
                .body("detail", startsWith("A service this request needs"));
    }

    @Test
    void aReadIs503WithRetryAfter() {
        assertUnavailable(as("reviewer").get("/api/v1/units"), "5");
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort(); // closed again when this returns: connections are refused
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
