package vn.dti.ranking;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.jwt.TestTokens;

/** Every role against every endpoint: 401 without a valid token, 403 without the right, else served. */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who {
        NOBODY, FORGED, SUBMITTER_OWN, SUBMITTER_OTHER, REVIEWER, COMMITTEE, ADMIN;

        RequestSpecification spec() {
            return switch (this) {
                case NOBODY -> given();
                case FORGED -> given().auth().oauth2(TestTokens.foreignToken());
                case SUBMITTER_OWN -> given().auth().oauth2(TestTokens.token("submitter", "Z1"));
                case SUBMITTER_OTHER -> given().auth().oauth2(TestTokens.token("submitter", "Z2"));
                case REVIEWER -> given().auth().oauth2(TestTokens.token("reviewer"));
                case COMMITTEE -> given().auth().oauth2(TestTokens.token("committee"));
                case ADMIN -> given().auth().oauth2(TestTokens.token("admin"));
            };
        }
    }

    record Endpoint(String path, Set<Who> allowed) {
    }

    static final Set<Who> AUTHENTICATED = Set.of(Who.SUBMITTER_OWN, Who.SUBMITTER_OTHER, Who.REVIEWER, Who.COMMITTEE, Who.ADMIN);

    static void standingsToRead() {
        OffsetDateTime t = OffsetDateTime.parse("2041-01-05T00:00:00Z");
        Events.framework(Api.framework("T-AUTHZ", 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("Z1", "Tỉnh Zet Một", "2040-01-01", "2040-12-31");
        Events.unit("Z2", "Tỉnh Zet Hai", "2040-01-01", "2040-12-31");
        Events.submission("Z1", "T-AUTHZ", "2040", t, Events.values("A1", 50, "A2", 1, "B1", 3));
        Events.submission("Z2", "T-AUTHZ", "2040", t, Events.values("A1", 60, "A2", 0, "B1", 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.standings("T-AUTHZ", "2040"),
                j -> j != null && j.getInt("unitCount") == 2 && j.getInt("entries[1].missing") == 0);
    }

    static List<Endpoint> endpoints() {
        String base = "/api/v1/standings/T-AUTHZ/2040";
        Set<Who> profileReaders = Set.of(Who.SUBMITTER_OWN, Who.REVIEWER, Who.COMMITTEE, Who.ADMIN);
        return List.of(
                new Endpoint(base, AUTHENTICATED),
                new Endpoint(base + "?node=A", AUTHENTICATED),
                new Endpoint(base + "?version=1", AUTHENTICATED),
                new Endpoint(base + "/versions", AUTHENTICATED),
                new Endpoint(base + "/restated?asOf=2040-12-31", AUTHENTICATED),
                new Endpoint(base + "/units/Z1", profileReaders),
                new Endpoint(base + "/units/Z1?version=1", profileReaders),
                new Endpoint(base + "/units/Z1?compareTo=2040", profileReaders),
                new Endpoint(base + "/sensitivity?runs=50", Set.of(Who.REVIEWER, Who.COMMITTEE, Who.ADMIN)),
                new Endpoint("/api/v1/releases?frameworkCode=T-AUTHZ", AUTHENTICATED));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryEndpoint() {
        standingsToRead();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (Who who : Who.values()) {
                tests.add(DynamicTest.dynamicTest("GET " + e.path() + " as " + who, () -> {
                    Response r = who.spec().get(e.path());
                    int expected = who == Who.NOBODY || who == Who.FORGED ? 401 : e.allowed().contains(who) ? 200 : 403;
                    assertThat(r.statusCode()).as(r.asString()).isEqualTo(expected);
                    if (expected == 200) {
                        assertThat(r.contentType()).startsWith("application/json");
                    } else {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        assertThat(r.jsonPath().getInt("status")).isEqualTo(expected);
                    }
                    if (expected == 401) {
                        assertThat(r.header("WWW-Authenticate")).isEqualTo("Bearer");
                    }
                }));
            }
        }
        return tests.stream();
    }

    /** Only the committee and admins release: they reach the validation (422 for an empty body), nobody else does. */
    @TestFactory
    Stream<DynamicTest> onlyTheCommitteeAndAdminsRelease() {
        return Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest("POST /api/v1/releases as " + who, () -> {
            Response r = who.spec().contentType("application/json").body("{}").post("/api/v1/releases");
            int expected = who == Who.NOBODY || who == Who.FORGED ? 401 : who == Who.COMMITTEE || who == Who.ADMIN ? 422 : 403;
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(expected);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }));
    }

    @TestFactory
    Stream<DynamicTest> operationalEndpointsAreOpen() {
        return Stream.of("/q/health/ready", "/q/health/live", "/q/openapi", "/q/metrics")
                .map(path -> DynamicTest.dynamicTest(path, () -> given().get(path).then().statusCode(200)));
    }
}
