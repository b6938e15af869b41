package vn.dti.report.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The committee's pages rendered for a signed-in person, without a browser: the person is a
 * {@code @TestSecurity} identity with the token the portal forwards (SignedInAs), the indicator- and
 * ranking-service are the recorded answers of ApiStub. The real sign-in in a browser against Keycloak
 * is deploy/e2e's.
 */
@QuarkusTest
@QuarkusTestResource(value = ApiStub.class, restrictToAnnotatedClass = false)
class PortalPagesTest {

    static final String FW = "DTI-PROVINCE";

    @BeforeEach
    void forget() {
        ApiStub.requests.clear();
    }

    static Document html(Response r) {
        assertThat(r.contentType()).startsWith("text/html");
        return Jsoup.parse(r.asString());
    }

    /** The layout's elements of the contract, in the page's language. */
    static void assertLayout(Document page, String lang, String user) {
        assertThat(page.select("html").attr("lang")).isEqualTo(lang);
        assertThat(page.select("header span#signed-in-as").text()).contains(user);
        assertThat(page.select("header a#sign-out").attr("href")).isEqualTo("/portal/logout");
        assertThat(page.select("a[hreflang=vi]")).hasSize(1);
        assertThat(page.select("a[hreflang=en]")).hasSize(1);
        assertThat(page.select("main#content")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void theOverviewIsInVietnameseOrEnglishWithTheStrictPolicy() {
        Response vi = given().header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").get("/portal/");
        assertThat(vi.statusCode()).isEqualTo(200);
        Document page = html(vi);
        assertLayout(page, "vi", "committee");
        assertThat(page.select("h1").text()).isEqualTo("Tổng quan");
        assertThat(page.select("#signed-in-as").text()).isEqualTo("committee (thành viên Ủy ban)");
        assertThat(page.select("li[data-framework=DTI-PROVINCE][data-period=2024] a.standings").attr("href"))
                .isEqualTo("/portal/standings/DTI-PROVINCE/2024");
        assertThat(page.select("li[data-framework=DTI-DRAFT]")).as("a draft framework is not listed").isEmpty();
        String policy = vi.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'none'", "frame-ancestors 'none'");
        assertThat(vi.asString()).doesNotContain("<script", "style=\"");

        Document en = html(given().header("Accept-Language", "en").get("/portal/"));
        assertLayout(en, "en", "committee");
        assertThat(en.select("h1").text()).isEqualTo("Overview");
        // the switch's cookie wins over Accept-Language
        Document switched = html(given().header("Accept-Language", "en").cookie("lang", "vi").get("/portal/"));
        assertThat(switched.select("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void theLanguageSwitchSetsItsCookieAndGoesBackToThePageOnly() {
        Response r = given().redirects().follow(false).get("/portal/lang?to=en&back=/portal/standings/DTI-PROVINCE/2024");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/portal/standings/DTI-PROVINCE/2024");
        assertThat(r.detailedCookie("lang").getValue()).isEqualTo("en");
        assertThat(r.detailedCookie("lang").isHttpOnly()).isTrue();
        Response away = given().redirects().follow(false).get("/portal/lang?to=en&back=//evil.example/portal");
        assertThat(away.header("Location")).endsWith("/portal/").doesNotContain("evil");
        // a back path that is no URI (a broken escape) is the start page, never a 500
        Response broken = given().urlEncodingEnabled(false).redirects().follow(false).get("/portal/lang?to=vi&back=/portal/%25zz%7C");
        assertThat(broken.statusCode()).isEqualTo(303);
        assertThat(broken.header("Location")).endsWith("/portal/");
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void theStandingsRankEveryUnitWithItsChangeAndEscapeNames() {
        Response r = given().header("Accept-Language", "vi").get("/portal/standings/DTI-PROVINCE/2024?compare=2023");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = html(r);
        assertLayout(page, "vi", "committee");
        assertThat(page.select("table#standings tr[data-unit]")).hasSize(4);
        assertThat(page.select("tr[data-unit=48] td.rank").text()).isEqualTo("1");
        assertThat(page.select("tr[data-unit=48] td.score").text()).isEqualTo("0,7814");
        assertThat(page.select("tr[data-unit=48] td.change").text()).isEqualTo("▲ 1");
        assertThat(page.select("tr[data-unit=01] td.change").text()).isEqualTo("▼ 1");
        assertThat(page.select("tr[data-unit=79] td.change").text()).isEqualTo("mới");
        // a unit's name is text, never markup
        assertThat(page.select("tr[data-unit=66] td").get(1).text()).startsWith("<script>alert('x')</script> & Co");
        assertThat(r.asString()).contains("&lt;script&gt;").doesNotContain("<script>");
        // the time of the computation in Vietnam's time, as the officer's deadlines (07:05:09Z is 14:05 in UTC+7)
        assertThat(page.select("main p.muted").first().text()).contains("2025-04-02 14:05 (UTC+7)").doesNotContain("07:05:09");
        // the ranking-service was asked with the person's own token
        ApiStub.Request asked = ApiStub.requests.stream().filter(q -> q.pathAndQuery().equals("/api/v1/standings/DTI-PROVINCE/2024"))
                .findFirst().orElseThrow();
        assertThat(asked.claims().path("upn").asText()).isEqualTo("committee");
        assertThat(asked.claims().path("aud").asText()).isEqualTo("dti-suite");

        Document en = html(given().header("Accept-Language", "en").get("/portal/standings/DTI-PROVINCE/2024?node=DG_ACTIVITY"));
        assertThat(en.select("tr[data-unit=48] td.score").text()).isEqualTo("0.7814");
        assertThat(en.select("h1").text()).isEqualTo("Standings DTI-PROVINCE 2024");
        assertThat(ApiStub.requests).anyMatch(q -> q.pathAndQuery().equals("/api/v1/standings/DTI-PROVINCE/2024?node=DG_ACTIVITY"));
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void theOfficialStandingsComeFromTheRelease() {
        Document page = html(given().header("Accept-Language", "en").get("/portal/standings/DTI-PROVINCE/2024?official=true"));
        assertThat(page.select("h1").text()).isEqualTo("Official standings DTI-PROVINCE 2024");
        assertThat(page.select("table#standings tr[data-unit]")).hasSize(4);
        assertThat(ApiStub.requests).anyMatch(q -> q.pathAndQuery().equals("/api/v1/standings/DTI-PROVINCE/2024/official"));
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void aProfileShowsContributionsStrengthsAndTheChange() {
        Response r = given().header("Accept-Language", "en").get("/portal/units/48?fw=DTI-PROVINCE&period=2024&compare=2023");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = html(r);
        assertLayout(page, "en", "committee");
        assertThat(page.select("section#profile").attr("data-unit")).isEqualTo("48");
        assertThat(page.select("#contributions tr[data-indicator]")).hasSize(2);
        assertThat(page.select("#strengths li[data-indicator=OPS_TIMELY_RATE]")).hasSize(1);
        assertThat(page.select("#weaknesses li[data-indicator=ECOMMERCE_RETAIL_SHARE]")).hasSize(1);
        assertThat(page.select("#comparison").text()).contains("+0.0600", "▲ 2");
        assertThat(ApiStub.requests).anyMatch(q -> q.pathAndQuery().equals("/api/v1/standings/DTI-PROVINCE/2024/units/48?compareTo=2023"));
    }

    @Test
    @TestSecurity(user = "submitter-48", roles = "submitter", authMechanism = "code",
            attributes = @SecurityAttribute(key = "unit", value = "48"))
    void anOfficerSeesItsOwnProfileAndTheForbiddenPageForAnother() {
        Response own = given().header("Accept-Language", "vi").get("/portal/units/48?fw=DTI-PROVINCE&period=2024");
        assertThat(own.statusCode()).isEqualTo(200);
        assertLayout(html(own), "vi", "submitter-48");

        Response other = given().header("Accept-Language", "vi").get("/portal/units/79?fw=DTI-PROVINCE&period=2024");
        assertThat(other.statusCode()).isEqualTo(403);
        Document page = html(other);
        assertLayout(page, "vi", "submitter-48");
        assertThat(page.select("h1#forbidden").text()).isEqualTo("Bạn không được mở trang này");
        assertThat(other.asString()).doesNotContain("\"status\"");
        assertThat(ApiStub.requests).anyMatch(q -> q.pathAndQuery().endsWith("/units/79") && "48".equals(q.claims().path("unit").asText()));
    }

    @Test
    @TestSecurity(user = "submitter-48", roles = "submitter", authMechanism = "code",
            attributes = @SecurityAttribute(key = "unit", value = "48"))
    void anOfficerWhoPostsTheReleaseFormGetsTheForbiddenPage() {
        Csrf csrf = Csrf.from("/portal/releases");
        assertThat(html(csrf.page()).select("form#publish-release")).as("the form is the committee's").isEmpty();
        Response r = csrf.post("/portal/releases", Map.of("framework", FW, "period", "2024", "version", "17", "label", "L"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(html(r).select("h1#forbidden")).hasSize(1);
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void theCommitteePublishesTheLatestVersionAndSeesTheRelease() {
        Csrf csrf = Csrf.from("/portal/releases");
        Document form = html(csrf.page());
        assertThat(form.select("form#publish-release[method=post] input[name=framework]")).hasSize(1);
        assertThat(form.select("table#releases tr[data-release=9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d] li[data-unit=48]")).hasSize(1);

        Response r = csrf.post("/portal/releases", Map.of("framework", FW, "period", "2024", "version", "", "label", "DTI 2024"));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/portal/releases?notice=released");
        ApiStub.Request posted = ApiStub.requests.stream().filter(q -> q.method().equals("POST")).findFirst().orElseThrow();
        assertThat(posted.json().path("version").asLong()).as("the latest version").isEqualTo(17);
        assertThat(posted.json().path("frameworkCode").asText()).isEqualTo(FW);
        Document after = html(given().header("Accept-Language", "en").get("/portal/releases?notice=released"));
        assertThat(after.select("p.notice").text()).isEqualTo("The release was published.");
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void aRefusedReleaseShowsTheApisErrorsNextToTheField() {
        Csrf csrf = Csrf.from("/portal/releases");
        Response r = csrf.post("/portal/releases", Map.of("framework", FW, "period", "2024", "version", "17", "label", " "));
        assertThat(r.statusCode()).isEqualTo(422);
        Document page = html(r);
        assertThat(page.select("#label-error").text()).isEqualTo("is required");
        assertThat(page.select("form#publish-release input[name=framework]").attr("value")).isEqualTo(FW);
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        Csrf csrf = Csrf.from("/portal/releases");
        Response none = given().redirects().follow(false).cookie("csrf-token", csrf.token()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("framework", FW, "period", "2024", "label", "L")).post("/portal/releases");
        assertThat(none.statusCode()).isEqualTo(400);
        Response wrong = given().redirects().follow(false).cookie("csrf-token", csrf.token()).contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA", "framework", FW, "period", "2024", "label", "L"))
                .post("/portal/releases");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(ApiStub.requests).noneMatch(q -> q.method().equals("POST"));
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void anUnknownPortalPageIsTheNotFoundPage() {
        Response r = given().header("Accept-Language", "en").get("/portal/no-such-page");
        assertThat(r.statusCode()).isEqualTo(404);
        Document page = html(r);
        assertLayout(page, "en", "committee");
        assertThat(page.select("h1#not-found").text()).isEqualTo("Page not found");
        // outside the portal, the API's problem+json as before
        Response api = given().get("/api/v1/no-such-thing");
        assertThat(api.statusCode()).isIn(401, 404);
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    /** A page's CSRF token (its cookie, the same value in the form) and form posts that carry it. */
    record Csrf(Response page, String token) {
        static Csrf from(String path) {
            Response page = given().header("Accept-Language", "en").get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            return new Csrf(page, page.detailedCookie("csrf-token").getValue());
        }

        Response post(String path, Map<String, String> fields) {
            return given().redirects().follow(false).header("Accept-Language", "en").cookie("csrf-token", token)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token).formParams(fields).post(path);
        }
    }
}
