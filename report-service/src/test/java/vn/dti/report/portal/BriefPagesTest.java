package vn.dti.report.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import vn.dti.report.Db;
import vn.dti.report.Fixture;
import vn.dti.report.portal.PortalPagesTest.Csrf;

/**
 * The briefs page against the report-service's real API (the portal calls it over HTTP with the
 * person's token, like any client): create, the API's 422 next to the field, publish, open as HTML and
 * PDF, share; an officer sees published briefs only (the API leaves drafts out).
 */
@QuarkusTest
class BriefPagesTest {

    @Inject
    Db db;

    static Element row(Document page, String title) {
        return page.select("table#briefs tr[data-brief]").stream()
                .filter(tr -> tr.select("td").first().text().equals(title)).findFirst().orElseThrow();
    }

    @Test
    @TestSecurity(user = "committee", roles = "committee", authMechanism = "code")
    void theCommitteeCreatesPublishesOpensAndSharesABrief() {
        Fixture.load(db);
        String title = "Phiên họp <b>thử</b> " + System.nanoTime();
        Csrf csrf = Csrf.from("/portal/briefs");
        assertThat(PortalPagesTest.html(csrf.page()).select("form#create-brief[method=post]")).hasSize(1);

        // the API's refusal (no standings of that period), next to the field, in the form as typed
        Response refused = csrf.post("/portal/briefs", Map.of("title", title, "meetingDate", "2032-04-15",
                "framework", Fixture.FW, "period", "2040", "language", "vi"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document form = PortalPagesTest.html(refused);
        assertThat(form.select("#period-error").text()).isNotBlank();
        assertThat(form.select("#title").attr("value")).isEqualTo(title);

        // the API's detail names the framework as typed: shown as text, in the page's language by its code
        Response markup = csrf.post("/portal/briefs", Map.of("title", title, "meetingDate", "2032-04-15",
                "framework", "<b>X</b>", "period", "2031", "language", "vi"));
        assertThat(markup.statusCode()).isEqualTo(422);
        assertThat(markup.asString()).contains("&lt;b&gt;X&lt;/b&gt;").doesNotContain("<b>X</b>");
        Response vi = given().redirects().follow(false).header("Accept-Language", "vi").cookie("csrf-token", csrf.token())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf.token())
                .formParams(Map.of("title", " ", "meetingDate", "2032-04-15", "framework", Fixture.FW, "period", "2031", "language", "vi"))
                .post("/portal/briefs");
        assertThat(vi.statusCode()).isEqualTo(422);
        assertThat(PortalPagesTest.html(vi).select("#title-error").text()).startsWith("bắt buộc phải nhập (");

        Response created = csrf.post("/portal/briefs", Map.of("title", title, "meetingDate", "2032-04-15",
                "framework", Fixture.FW, "period", "2031", "comparePeriod", "2030", "language", "vi"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/portal/briefs?notice=created");

        Document list = PortalPagesTest.html(given().header("Accept-Language", "en").get("/portal/briefs?notice=created"));
        assertThat(list.select("p.notice").text()).isEqualTo("The brief was created as a draft.");
        Element draft = row(list, title);
        String id = draft.attr("data-brief");
        assertThat(draft.attr("data-status")).isEqualTo("DRAFT");
        assertThat(draft.select("form.publish-brief")).hasSize(1);
        assertThat(draft.select("form.share-brief")).isEmpty();
        assertThat(list.outerHtml()).contains("Phiên họp &lt;b&gt;thử&lt;/b&gt;");

        Response published = csrf.post("/portal/briefs/" + id + "/publish", Map.of());
        assertThat(published.statusCode()).isEqualTo(303);
        Element now = row(PortalPagesTest.html(given().get("/portal/briefs")), title);
        assertThat(now.attr("data-status")).isEqualTo("PUBLISHED");
        assertThat(now.select("form.publish-brief")).isEmpty();
        assertThat(now.select("a.brief-html").attr("href")).isEqualTo("/portal/briefs/" + id + ".html");

        Response html = given().get("/portal/briefs/" + id + ".html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.asString()).contains("Phiên họp &lt;b&gt;thử&lt;/b&gt;");
        assertThat(html.header("Content-Security-Policy")).startsWith("default-src 'none'");
        Response pdf = given().get("/portal/briefs/" + id + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5)).isEqualTo("%PDF-");

        Response shared = csrf.post("/portal/briefs/" + id + "/share", Map.of("expiresInDays", "7"));
        assertThat(shared.statusCode()).isEqualTo(200);
        String url = PortalPagesTest.html(shared).select("#share-url a").attr("href");
        assertThat(url).contains("/share/");
        Response bad = csrf.post("/portal/briefs/" + id + "/share", Map.of("expiresInDays", "0"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(PortalPagesTest.html(bad).select("tr[data-brief=" + id + "] .field-error").text()).isNotBlank();
    }

    @Test
    @TestSecurity(user = "submitter-48", roles = "submitter", authMechanism = "code",
            attributes = @SecurityAttribute(key = "unit", value = "48"))
    void anOfficerSeesPublishedBriefsOnlyAndNoForms() {
        Fixture.load(db);
        Response r = given().header("Accept-Language", "vi").get("/portal/briefs");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = PortalPagesTest.html(r);
        assertThat(page.select("form#create-brief")).isEmpty();
        assertThat(page.select("tr[data-status=DRAFT]")).isEmpty();
        assertThat(page.select("form.publish-brief, form.share-brief")).isEmpty();
        // a draft does not exist for an officer: the API's 404 is the portal's 404 page
        Response missing = given().get("/portal/briefs/00000000-0000-0000-0000-000000000000.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(PortalPagesTest.html(missing).select("h1#not-found")).hasSize(1);
    }
}
