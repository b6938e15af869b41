package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.dti.indicator.Api.assertUnavailable;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import vn.dti.plumbing.problem.InFlightLimit;
import vn.dti.testing.jwt.TestTokens;

/**
 * Overload (issue 15): with {@code dti.http.max-in-flight} requests in progress, one more is 503
 * problem+json with Retry-After at once and stores nothing; health stays reachable; once the
 * requests in progress end, requests are served again.
 */
@QuarkusTest
@TestProfile(InFlightLimitTest.TwoInFlight.class)
class InFlightLimitTest {

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dti.http.max-in-flight", "2");
        }
    }

    @Inject
    InFlightLimit limit;

    @Inject
    Db db;

    @Test
    void aRequestBeyondTheLimitIs503AndStoresNothingUntilTheOthersEnd() throws Exception {
        int port = RestAssured.port; // the port Quarkus took (quarkus.http.test-port=0)
        List<Socket> slow = new ArrayList<>();
        try {
            // two submissions whose bodies never finish arriving: both stay in progress
            for (int i = 0; i < 2; i++) {
                Socket s = new Socket("127.0.0.1", port);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/submissions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Authorization: Bearer " + TestTokens.token("submitter", "17") + "\r\n"
                        + "Content-Length: 500\r\n\r\n{\"unitCode\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 2);
            String before = db.snapshot();

            assertUnavailable(submitter("17").contentType(ContentType.JSON).body(submission("17", "2020", 80.0, 5.0))
                    .post("/api/v1/submissions"), "1")
                    .body("detail", startsWith("The service is at its limit of 2 requests in progress; nothing was stored."));
            assertThat(db.snapshot()).isEqualTo(before);
            // the management paths are never refused (a liveness probe must not restart a busy replica)
            RestAssured.get("/q/health/live").then().statusCode(200);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
        // the clients gave up: their requests end, and the service takes requests again
        await().atMost(Duration.ofSeconds(10)).until(() -> limit.inFlight() == 0);
        submitter("17").contentType(ContentType.JSON).body(submission("17", "2020", 80.0, 5.0))
                .post("/api/v1/submissions")
                .then().statusCode(not(503));
    }
}
