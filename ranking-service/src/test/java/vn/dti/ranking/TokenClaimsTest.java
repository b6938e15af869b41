package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.dti.testing.jwt.LocalJwt;
import vn.dti.testing.jwt.TestTokens;

/**
 * Issue #9: a correctly signed token is still refused (401 problem+json) when it was not meant for
 * this suite (foreign or missing {@code aud}), claims to be issued in the future, or lives too long.
 * The same configuration is in all three services' application.properties.
 */
@QuarkusTest
class TokenClaimsTest {

    static final String PATH = "/api/v1/standings/NO-SUCH-FW/2031";

    private static void refused(String token, String why) {
        Response r = given().auth().oauth2(token).get(PATH);
        assertThat(r.statusCode()).as(why).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aValidTokenCarriesTheSuiteAudienceAndIsAccepted() {
        Instant now = Instant.now();
        // 404: authenticated, no such standings
        assertThat(given().auth().oauth2(TestTokens.token("committee")).get(PATH).statusCode()).isEqualTo(404);
        assertThat(given().auth().oauth2(TestTokens.token("committee", LocalJwt.AUDIENCE, now.minusSeconds(30),
                now.plus(Duration.ofHours(23)))).get(PATH).statusCode()).isEqualTo(404);
    }

    @Test
    void aForeignOrMissingAudienceIs401() {
        Instant now = Instant.now();
        refused(TestTokens.token("admin", "another-suite", now, now.plus(Duration.ofHours(1))), "foreign aud");
        refused(TestTokens.token("admin", null, now, now.plus(Duration.ofHours(1))), "no aud");
    }

    @Test
    void anIssueTimeInTheFutureIs401() {
        Instant now = Instant.now();
        refused(TestTokens.token("admin", LocalJwt.AUDIENCE, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)).plus(Duration.ofHours(1))),
                "iat a day ahead");
        refused(TestTokens.token("admin", LocalJwt.AUDIENCE, now.plus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2))),
                "iat ten minutes ahead");
    }

    @Test
    void aTokenValidForTooLongOrTooOldIs401() {
        Instant now = Instant.now();
        refused(TestTokens.token("admin", LocalJwt.AUDIENCE, now, now.plus(Duration.ofDays(3650))), "ten-year exp");
        refused(TestTokens.token("admin", LocalJwt.AUDIENCE, now, now.plus(Duration.ofHours(25))), "25 h lifetime");
        refused(TestTokens.token("admin", LocalJwt.AUDIENCE, now.minus(Duration.ofHours(30)), now.plus(Duration.ofHours(1))), "issued 30 h ago");
    }
}
