package vn.dti.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.dti.testing.jwt.LocalJwt;
import vn.dti.testing.keycloak.KeycloakServer;

/**
 * The three APIs configured as the local suite runs them (deploy/local/up.sh): tokens verified
 * against a real Keycloak's realm {@code dti} by issuer and JWK set URL, the tokens obtained from it
 * by the password grant of {@code dti-cli}. The services are replicas of the suite's (same databases
 * and consumer groups) with the identity provider's settings ({@link KeycloakSuite}, shared with
 * {@link PortalBrowserIT}). Periods 2086 and 2087 are this class's.
 */
class KeycloakSignInIT {

    private static Suite suite;
    private static Client client;
    private static KeycloakSuite realm;
    private static KeycloakServer keycloak;
    private static ServiceProcess indicator;
    private static ServiceProcess ranking;
    private static ServiceProcess report;

    @AfterAll
    static void stopTheReplicasTrustingKeycloak() {
        if (suite != null) {
            suite.doneWithKeycloak();
        }
    }

    @BeforeAll
    static void startKeycloakAndServicesTrustingIt() {
        suite = Suite.get();
        client = new Client(suite);
        realm = suite.keycloak();
        keycloak = realm.keycloak;
        indicator = realm.indicator;
        ranking = realm.ranking;
        report = realm.report;
    }

    @Test
    void theRealmsTokenCarriesTheClaimsTheServicesRead() {
        JsonNode claims = KeycloakServer.claims(token("officer-48"));
        assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuer());
        assertThat(audiences(claims)).contains(LocalJwt.AUDIENCE);
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("submitter");
        assertThat(claims.get("unit").asText()).isEqualTo("48");
        assertThat(claims.get("upn").asText()).isEqualTo("officer-48");

        JsonNode committee = KeycloakServer.claims(token("committee"));
        assertThat(committee.get("groups")).extracting(JsonNode::asText).containsExactly("committee");
        assertThat(committee.has("unit")).isFalse();

        // every seeded unit has its officer, e.g. Hà Nội's (01) and a 2025 unit's (Lâm Đồng, 68)
        for (String unit : new String[] {"01", "68"}) {
            JsonNode officer = KeycloakServer.claims(token("officer-" + unit));
            assertThat(officer.get("unit").asText()).isEqualTo(unit);
            assertThat(officer.get("groups")).extracting(JsonNode::asText).containsExactly("submitter");
        }
    }

    @Test
    void anOfficerOf48SubmitsFor48AndIsRefusedFor79() throws Exception {
        SplittableRandom random = new SplittableRandom(2086);
        String officer = token("officer-48");

        submit(officer, client.submission("48", "2086", 24, random)).then().statusCode(201);
        submit(officer, client.submission("79", "2086", 24, random)).then().statusCode(403)
                .contentType("application/problem+json");
        // no token, or a token of the realm's issuer signed by another key: 401
        given().baseUri(indicator.uri().toString()).contentType(ContentType.JSON)
                .body(client.submission("48", "2086", 24, random)).post("/api/v1/submissions").then().statusCode(401);
        String forged = LocalJwt.token(LocalJwt.generateKeyPair().getPrivate(), keycloak.issuer(), "submitter", "48");
        submit(forged, client.submission("48", "2086", 24, random)).then().statusCode(401);
    }

    @Test
    void aCommitteeMemberReadsTheStandingsAndTheBriefs() throws Exception {
        submit(token("officer-79"), client.submission("79", "2087", 24, new SplittableRandom(2087))).then().statusCode(201);
        String committee = token("committee");

        JsonNode standings = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    Response r = given().baseUri(ranking.uri().toString()).auth().oauth2(committee)
                            .get("/api/v1/standings/" + Suite.FRAMEWORK + "/2087");
                    return r.statusCode() == 200 ? Client.JSON.readTree(r.asString()) : null;
                }, s -> s != null && SubmissionToBriefIT.entry(s, "79") != null);
        assertThat(SubmissionToBriefIT.entry(standings, "79").get("unitName").asText()).isEqualTo("Thành phố Hồ Chí Minh");

        given().baseUri(report.uri().toString()).auth().oauth2(committee).accept(ContentType.JSON)
                .get("/api/v1/briefs").then().statusCode(200);
        // an officer is no committee member: the draft briefs are not for it
        given().baseUri(report.uri().toString()).auth().oauth2(token("officer-48")).contentType(ContentType.JSON)
                .body(Map.of("title", "Phiên họp", "meetingDate", "2087-12-01", "frameworkCode", Suite.FRAMEWORK,
                        "period", "2087", "language", "vi"))
                .post("/api/v1/briefs").then().statusCode(403);
    }

    private static String token(String user) {
        // the demo users and passwords of DESIGN §15, as the local suite has them
        return realm.token(user);
    }

    private static Response submit(String token, Map<String, Object> body) {
        return given().baseUri(indicator.uri().toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(body).post("/api/v1/submissions");
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? java.util.stream.StreamSupport.stream(aud.spliterator(), false).map(JsonNode::asText).toList()
                : List.of(aud.asText());
    }
}
