package vn.dti.indicator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
                case SUBMITTER_OWN -> given().auth().oauth2(TestTokens.token("submitter", "24"));
                case SUBMITTER_OTHER -> given().auth().oauth2(TestTokens.token("submitter", "25"));
                case REVIEWER -> given().auth().oauth2(TestTokens.token("reviewer"));
                case COMMITTEE -> given().auth().oauth2(TestTokens.token("committee"));
                case ADMIN -> given().auth().oauth2(TestTokens.token("admin"));
            };
        }
    }

    record Endpoint(String method, String path, String contentType, String body, Set<Who> allowed) {
    }

    static final Set<Who> AUTHENTICATED = Set.of(Who.SUBMITTER_OWN, Who.SUBMITTER_OTHER, Who.REVIEWER, Who.COMMITTEE, Who.ADMIN);
    static String submissionId;

    static void aSubmissionOfUnit24() {
        submissionId = Who.SUBMITTER_OWN.spec().contentType(ContentType.JSON).body(Api.submission("24", "2011", 70, 4))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
    }

    static List<Endpoint> endpoints() {
        String fw = "{\"name\":\"Authz\",\"unitType\":\"PROVINCE\",\"periodType\":\"ANNUAL\",\"root\":{\"code\":\"R\",\"children\":["
                + "{\"code\":\"A\",\"indicator\":{\"unit\":\"PERCENT\",\"normalization\":{\"method\":\"NONE\"}}}]}}";
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", "/api/v1/units?type=PROVINCE", null, null, AUTHENTICATED));
        e.add(new Endpoint("GET", "/api/v1/units/01", null, null, AUTHENTICATED));
        e.add(new Endpoint("POST", "/api/v1/units", "application/json",
                "{\"code\":\"AZ1\",\"name\":\"Bộ Thử\",\"type\":\"MINISTRY\"}", Set.of(Who.ADMIN)));
        e.add(new Endpoint("PUT", "/api/v1/units/AZ1", "application/json",
                "{\"name\":\"Bộ Thử Đổi\",\"type\":\"MINISTRY\"}", Set.of(Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/unit-types", null, null, AUTHENTICATED));
        e.add(new Endpoint("GET", "/api/v1/unit-types/PROVINCE", null, null, AUTHENTICATED));
        e.add(new Endpoint("PUT", "/api/v1/unit-types/AUTHZ_TYPE", "application/json", "{\"name\":\"Authz\"}", Set.of(Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/frameworks", null, null, AUTHENTICATED));
        e.add(new Endpoint("GET", "/api/v1/frameworks/DTI-PROVINCE", null, null, AUTHENTICATED));
        e.add(new Endpoint("PUT", "/api/v1/frameworks/AUTHZ", "application/json", fw, Set.of(Who.ADMIN)));
        e.add(new Endpoint("POST", "/api/v1/frameworks/NO-SUCH/publish", null, null, Set.of(Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/frameworks/DTI-PROVINCE/periods", null, null, AUTHENTICATED));
        e.add(new Endpoint("PUT", "/api/v1/frameworks/DTI-PROVINCE/periods/2010", "application/json",
                "{\"dueAt\":\"2011-03-31T00:00:00Z\",\"closesAt\":\"2099-01-01T00:00:00Z\"}", Set.of(Who.ADMIN)));
        e.add(new Endpoint("POST", "/api/v1/submissions", "application/json", Api.submission("24", "2011", 71, 4),
                Set.of(Who.SUBMITTER_OWN, Who.ADMIN)));
        e.add(new Endpoint("POST", "/api/v1/submissions", "text/csv",
                "unit_code,framework_code,period,indicator_code,value,note\n24,DTI-PROVINCE,2011,OPS_TIMELY_RATE,72,\n",
                Set.of(Who.SUBMITTER_OWN, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/submissions?unitCode=24", null, null, Set.of(Who.SUBMITTER_OWN, Who.REVIEWER, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/submissions/{id}", null, null, Set.of(Who.SUBMITTER_OWN, Who.REVIEWER, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/values/DTI-PROVINCE/2011?unitCode=24", null, null,
                Set.of(Who.SUBMITTER_OWN, Who.REVIEWER, Who.COMMITTEE, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/completeness/DTI-PROVINCE/2011?unitCode=24", null, null,
                Set.of(Who.SUBMITTER_OWN, Who.REVIEWER, Who.COMMITTEE, Who.ADMIN)));
        // without unitCode a submitter gets its own unit's to-do list
        e.add(new Endpoint("GET", "/api/v1/completeness/DTI-PROVINCE/2011", null, null, AUTHENTICATED));
        // a submitter sees its own unit's review only (the list is filtered, never another unit's)
        e.add(new Endpoint("GET", "/api/v1/reviews/DTI-PROVINCE/2011", null, null,
                Set.of(Who.SUBMITTER_OWN, Who.SUBMITTER_OTHER, Who.REVIEWER, Who.ADMIN)));
        e.add(new Endpoint("POST", "/api/v1/reviews/DTI-PROVINCE/2011/24", "application/json",
                "{\"decision\":\"RETURN\",\"submissionId\":\"00000000-0000-0000-0000-000000000000\",\"comment\":\"x\"}",
                Set.of(Who.REVIEWER, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/frameworks/DTI-PROVINCE/history", null, null, Set.of(Who.REVIEWER, Who.COMMITTEE, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/frameworks/DTI-PROVINCE/periods/2010/history", null, null,
                Set.of(Who.REVIEWER, Who.COMMITTEE, Who.ADMIN)));
        e.add(new Endpoint("GET", "/api/v1/units/01/history", null, null, Set.of(Who.REVIEWER, Who.COMMITTEE, Who.ADMIN)));
        return e;
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryEndpoint() {
        aSubmissionOfUnit24();
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (Who who : Who.values()) {
                tests.add(DynamicTest.dynamicTest(e.method() + " " + e.path() + " as " + who, () -> {
                    RequestSpecification spec = who.spec();
                    if (e.contentType() != null) {
                        spec = spec.contentType(e.contentType()).body(e.body());
                    }
                    Response r = spec.request(e.method(), e.path().replace("{id}", submissionId));
                    int expected = who == Who.NOBODY || who == Who.FORGED ? 401 : e.allowed().contains(who) ? -1 : 403;
                    if (expected == -1) {
                        assertThat(r.statusCode()).as(r.asString()).isNotIn(401, 403).isLessThan(500);
                    } else {
                        assertThat(r.statusCode()).as(r.asString()).isEqualTo(expected);
                        assertThat(r.contentType()).startsWith("application/problem+json");
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
