package vn.dti.report.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import vn.dti.report.Api;
import vn.dti.testing.db.TestDatabaseResource;
import vn.dti.testing.jwt.TestTokens;
import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * The service as configured by default, without an identity provider (no ApiStub, sign-in off): it
 * starts, its API answers as always, and /portal is a page saying sign-in is not configured (503).
 */
@QuarkusTest
@TestProfile(SignInNotConfiguredTest.WithoutSignIn.class)
class SignInNotConfiguredTest {

    public static class WithoutSignIn implements QuarkusTestProfile {
        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaBrokerResource.class), new TestResourceEntry(TestTokens.class),
                    new TestResourceEntry(TestDatabaseResource.class, Map.of(TestDatabaseResource.NAME, "dti_report_test")));
        }
    }

    @Test
    void thePortalSaysSignInIsNotConfiguredAndTheApiWorks() {
        Response portal = given().redirects().follow(false).get("/portal/briefs");
        assertThat(portal.statusCode()).isEqualTo(503);
        assertThat(portal.contentType()).startsWith("text/html");
        assertThat(portal.asString()).contains("id=\"sign-in-not-configured\"", "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(portal.header("Content-Security-Policy")).contains("script-src 'none'");
        assertThat(given().get("/portal/portal.css").statusCode()).isEqualTo(200);
        Api.as("reviewer").get("/api/v1/briefs").then().statusCode(200);
        given().get("/api/v1/briefs").then().statusCode(401).contentType("application/problem+json");
    }
}
