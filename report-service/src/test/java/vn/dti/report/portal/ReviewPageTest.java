package vn.dti.report.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.report.portal.WorkFixtures.FW;
import static vn.dti.report.portal.WorkPages.form;
import static vn.dti.report.portal.WorkPages.html;
import static vn.dti.report.portal.WorkPages.open;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import vn.dti.report.portal.ApiStub.Request;

/**
 * The reviewer's queue and unit page against a stand-in indicator API: the queue shows status, warnings
 * and outliers per unit; approve and return post the decision the reviewer saw (the latest submission id,
 * the comment); the API's stale-review 409 becomes a notice asking to reload; a return without a comment
 * comes back with the API's problem next to the comment; disputes are resolved from the queue.
 */
@QuarkusTest
@QuarkusTestResource(value = ApiStub.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "reviewer", roles = "reviewer", authMechanism = "code")
class ReviewPageTest {

    private static final String QUEUE = "/portal/reviews/" + FW + "/2024";
    private static final String DECIDE_48 = "/api/v1/reviews/" + FW + "/2024/48";

    WorkStub api = new WorkStub();

    @BeforeEach
    void theApi() {
        api.reset();
        api.get("/api/v1/reviews/" + FW + "/2024", WorkFixtures.REVIEWS)
                .get("/api/v1/disputes?frameworkCode=" + FW + "&period=2024", WorkFixtures.OPEN_DISPUTES)
                .get("/api/v1/submissions?unitCode=48&frameworkCode=" + FW + "&period=2024&size=50", WorkFixtures.SUBMISSIONS_48);
    }

    @Test
    void theQueueShowsEachUnitsStatusWarningsAndOutliers() {
        Response page = open(QUEUE, "vi");
        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = html(page);
        PortalPagesTest.assertLayout(doc, "vi", "reviewer");
        assertThat(page.asString()).doesNotContain("<script", "style=\"");
        assertThat(doc.select("#review-queue tbody tr").eachAttr("data-unit")).containsExactly("48", "01", "79");
        Element row48 = doc.selectFirst("#review-queue tr[data-unit=48]");
        assertThat(row48.attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(row48.selectFirst("td.status").text()).isEqualTo("Đã nộp, chờ thẩm định");
        assertThat(row48.selectFirst("td.warnings").text()).isEqualTo("2");
        assertThat(row48.selectFirst("td.outliers").text()).isEqualTo("1");
        assertThat(row48.select("form.approve")).hasSize(1);
        assertThat(row48.select("form.return textarea[name=comment]")).hasSize(1);
        // nothing to decide for a unit that has not submitted
        assertThat(doc.select("#review-queue tr[data-unit=79] form")).isEmpty();
        assertThat(doc.select("#disputes tr[data-dispute]").eachAttr("data-status")).containsExactly("OPEN");
        assertThat(api.calls("GET", "/api/v1/reviews/" + FW + "/2024").get(0).claims().path("groups").toString())
                .contains("reviewer");
    }

    @Test
    void approvingPostsTheSubmissionTheReviewerSaw() {
        api.post(DECIDE_48, 200, WorkFixtures.REVIEW_OUTCOME);
        Response page = open(QUEUE, "en");
        Response posted = form(page, "#review-queue tr[data-unit=48] form.approve", Map.of())
                .post(html(page).selectFirst("#review-queue tr[data-unit=48] form.approve").attr("action"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).endsWith(QUEUE + "?notice=approved");

        Request sent = api.calls("POST", DECIDE_48).get(0);
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.json().path("decision").asText()).isEqualTo("APPROVE");
        assertThat(sent.json().path("submissionId").asText()).isEqualTo(WorkFixtures.SUBMISSION_ID);
        assertThat(sent.json().has("comment")).isFalse();
        assertThat(sent.claims().path("groups").toString()).contains("reviewer");
    }

    @Test
    void returningPostsTheCommentAndShowsANotice() {
        api.post(DECIDE_48, 200, WorkFixtures.REVIEW_OUTCOME);
        Response page = open(QUEUE, "en");
        String selector = "#review-queue tr[data-unit=48] form.return";
        Response posted = form(page, selector, Map.of("comment", "Ước tính trên cổng, không phải báo cáo"))
                .post(html(page).selectFirst(selector).attr("action"));
        assertThat(posted.statusCode()).isEqualTo(303);
        Request sent = api.calls("POST", DECIDE_48).get(0);
        assertThat(sent.json().path("decision").asText()).isEqualTo("RETURN");
        assertThat(sent.json().path("submissionId").asText()).isEqualTo(WorkFixtures.SUBMISSION_ID);
        assertThat(sent.json().path("comment").asText()).isEqualTo("Ước tính trên cổng, không phải báo cáo");

        Document after = html(given().header("Accept-Language", "en").get(posted.getHeader("Location")));
        assertThat(after.selectFirst("p.notice").text()).isEqualTo("Returned with your comment.");
    }

    @Test
    void aStaleDecisionBecomesANoticeAskingToReload() {
        api.post(DECIDE_48, 409, WorkFixtures.STALE);
        Response page = open(QUEUE + "/48", "vi");
        assertThat(page.statusCode()).isEqualTo(200);
        Response posted = form(page, "form.approve", Map.of()).post(html(page).selectFirst("form.approve").attr("action"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).endsWith(QUEUE + "/48?notice=stale");
        Document after = html(given().header("Accept-Language", "vi").get(posted.getHeader("Location")));
        assertThat(after.selectFirst("p.notice").attr("data-notice")).isEqualTo("stale");
        assertThat(after.selectFirst("p.notice").text()).contains("tải lại trang");
    }

    @Test
    void aReturnWithoutACommentShowsTheApisProblemNextToTheComment() {
        api.post(DECIDE_48, 422, WorkFixtures.RETURN_WITHOUT_COMMENT);
        Response page = open(QUEUE + "/48", "en");
        Response posted = form(page, "form.return", Map.of("comment", "")).post(html(page).selectFirst("form.return").attr("action"));
        assertThat(posted.statusCode()).isEqualTo(422);
        Document doc = html(posted);
        assertThat(doc.selectFirst("form.return textarea").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.getElementById("comment-error").text()).contains("Required").contains("a RETURN needs a comment");
    }

    @Test
    void theUnitPageShowsTheSubmissionWithItsValuesAndWarnings() {
        Document doc = html(open(QUEUE + "/48", "en"));
        PortalPagesTest.assertLayout(doc, "en", "reviewer");
        assertThat(doc.getElementById("review").attr("data-submission")).isEqualTo(WorkFixtures.SUBMISSION_ID);
        assertThat(doc.select("article.submission tr[data-indicator]").eachAttr("data-indicator"))
                .containsExactly("OPS_TIMELY_RATE", "DX_PLAN_APPROVED");
        assertThat(doc.select("#warnings li").eachAttr("data-pointer")).containsExactly("/values/0/value", "/values/1/value");
    }

    @Test
    void aUnitNotInThePeriodIsThe404Page() {
        Response page = open(QUEUE + "/99", "en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(html(page).getElementById("not-found")).isNotNull();
    }

    @Test
    void aDisputeIsResolvedFromTheQueue() {
        api.post("/api/v1/disputes/" + WorkFixtures.DISPUTE_ID + "/resolution", 200, WorkFixtures.DISPUTE_UPHELD);
        Response page = open(QUEUE, "en");
        String selector = "#disputes tr[data-dispute=" + WorkFixtures.DISPUTE_ID + "] form.resolve";
        Response posted = form(page, selector, Map.of("decision", "UPHELD", "comment", "Confirmed."))
                .post(html(page).selectFirst(selector).attr("action"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).endsWith(QUEUE + "?notice=resolved");
        Request sent = api.calls("POST", "/api/v1/disputes/" + WorkFixtures.DISPUTE_ID + "/resolution").get(0);
        assertThat(sent.json().path("decision").asText()).isEqualTo("UPHELD");
        assertThat(sent.json().path("comment").asText()).isEqualTo("Confirmed.");
    }
}
