package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.jwt.TestTokens;

/**
 * Every role against every endpoint: 401 without a valid token, 403 without the right, else
 * served (201 for a created brief, 200 for reads). Published briefs may be read by any
 * authenticated caller (docs/contract.md §3); only committee and admin create them.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who {
        NOBODY, FORGED, SUBMITTER, REVIEWER, COMMITTEE, ADMIN;

        RequestSpecification spec() {
            return switch (this) {
                case NOBODY -> given();
                case FORGED -> given().auth().oauth2(TestTokens.foreignToken());
                case SUBMITTER -> given().auth().oauth2(TestTokens.token("submitter", "48"));
                case REVIEWER -> given().auth().oauth2(TestTokens.token("reviewer"));
                case COMMITTEE -> given().auth().oauth2(TestTokens.token("committee"));
                case ADMIN -> given().auth().oauth2(TestTokens.token("admin"));
            };
        }
    }

    record Endpoint(String method, String path, String accept, String body, Set<Who> allowed, int status) {
    }

    static final Set<Who> AUTHENTICATED = Set.of(Who.SUBMITTER, Who.REVIEWER, Who.COMMITTEE, Who.ADMIN);

    @Inject
    Db db;

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryEndpoint() {
        Fixture.load(db);
        String location = Api.create(Api.request("Authz", Fixture.FW, "2031", null, "en")).header("Location");
        String body = Api.request("Authz", Fixture.FW, "2031", "2030", "vi");
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/v1/briefs", "application/json", body, Set.of(Who.COMMITTEE, Who.ADMIN), 201),
                new Endpoint("GET", "/api/v1/briefs", "application/json", null, AUTHENTICATED, 200),
                new Endpoint("GET", location, "application/json", null, AUTHENTICATED, 200),
                new Endpoint("GET", location, "text/html", null, AUTHENTICATED, 200),
                new Endpoint("GET", location, "text/markdown", null, AUTHENTICATED, 200),
                new Endpoint("GET", location, "application/pdf", null, AUTHENTICATED, 200));
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (Who who : Who.values()) {
                tests.add(DynamicTest.dynamicTest(e.method() + " " + e.path() + " (" + e.accept() + ") as " + who, () -> {
                    RequestSpecification spec = who.spec().accept(e.accept());
                    if (e.body() != null) {
                        spec = spec.contentType("application/json").body(e.body());
                    }
                    Response r = spec.request(e.method(), e.path());
                    int expected = who == Who.NOBODY || who == Who.FORGED ? 401 : e.allowed().contains(who) ? e.status() : 403;
                    assertThat(r.statusCode()).as(r.asString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(r.contentType()).startsWith("application/problem+json");
                        assertThat(r.jsonPath().getInt("status")).isEqualTo(expected);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> operationalEndpointsAreOpen() {
        return Stream.of("/q/health/ready", "/q/health/live", "/q/openapi", "/q/metrics")
                .map(path -> DynamicTest.dynamicTest(path, () -> given().get(path).then().statusCode(200)));
    }
}
