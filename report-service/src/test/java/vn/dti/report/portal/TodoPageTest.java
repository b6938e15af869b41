package vn.dti.report.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.report.portal.WorkFixtures.FW;
import static vn.dti.report.portal.WorkPages.action;
import static vn.dti.report.portal.WorkPages.form;
import static vn.dti.report.portal.WorkPages.html;
import static vn.dti.report.portal.WorkPages.open;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.SecurityAttribute;
import io.restassured.response.Response;
import vn.dti.report.portal.ApiStub.Request;

/**
 * The officer's to-do page against a stand-in indicator API: what it shows (missing codes, review status
 * and comment, in Vietnamese and English), what it sends (the CSV as text/csv, one value as JSON, with the
 * officer's own token), the import summary, the API's problems next to the fields, and the API's 403 for
 * another unit as the 403 page.
 */
@QuarkusTest
@QuarkusTestResource(value = ApiStub.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "officer-48", roles = "submitter", authMechanism = "code",
        attributes = @SecurityAttribute(key = "unit", value = "48"))
class TodoPageTest {

    private static final String SUBMISSIONS = "/api/v1/submissions?unitCode=48&frameworkCode=" + FW + "&size=20";

    WorkStub api = new WorkStub();

    @BeforeEach
    void theApiOfUnit48() {
        api.reset();
        api.get("/api/v1/frameworks/" + FW + "/periods", WorkFixtures.PERIODS)
                .get("/api/v1/completeness/" + FW + "/2024", WorkFixtures.TODO_48)
                .get("/api/v1/completeness/" + FW + "/2024?unitCode=48", WorkFixtures.TODO_48)
                .get(SUBMISSIONS, WorkFixtures.SUBMISSIONS_48)
                .get("/api/v1/disputes?frameworkCode=" + FW, WorkFixtures.NO_DISPUTES)
                .get("/api/v1/releases?frameworkCode=" + FW, WorkFixtures.RELEASES);
    }

    @Test
    void theToDoShowsTheMissingIndicatorsDeadlinesAndTheReviewersCommentInVietnamese() {
        Response page = open("/portal/todo", "vi");
        assertThat(page.statusCode()).isEqualTo(200);
        Document doc = html(page);
        PortalPagesTest.assertLayout(doc, "vi", "submitter-48");
        assertThat(page.asString()).doesNotContain("<script", "style=\"");
        Element todo = doc.getElementById("todo");
        assertThat(todo.attr("data-unit")).isEqualTo("48");
        assertThat(doc.select("#missing li").eachAttr("data-indicator"))
                .containsExactly("ECOMMERCE_RETAIL_SHARE", "EINVOICE_ENTERPRISE_SHARE");
        Element status = doc.getElementById("review-status");
        assertThat(status.attr("data-status")).isEqualTo("RETURNED");
        assertThat(status.text()).contains("Bị trả lại kèm ý kiến");
        assertThat(doc.getElementById("review-comment").text()).contains("Please check OPS_TIMELY_RATE against the portal report");
        // deadlines in Vietnam's time: 2025-03-31T16:59:59Z is 23:59 on the 31st there
        assertThat(doc.getElementById("due-at").text()).isEqualTo("2025-03-31 23:59 (UTC+7)");
        assertThat(doc.select("#submissions tr[data-submission]").eachAttr("data-submission"))
                .containsExactly(WorkFixtures.SUBMISSION_ID);
        assertThat(doc.getElementById("upload").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(doc.select("#upload input[type=file][name=file]")).hasSize(1);
        assertThat(doc.select("#file-dispute select[name=releaseId] option").eachAttr("value")).containsExactly(WorkFixtures.RELEASE_ID);

        // the officer's own token went to the API, and the API chose the unit (no unitCode asked)
        Request todoCall = api.calls("GET", "/api/v1/completeness/" + FW + "/2024").get(0);
        assertThat(todoCall.pathAndQuery()).doesNotContain("unitCode");
        assertThat(todoCall.authorization()).startsWith("Bearer ");
        assertThat(todoCall.claims().path("unit").asText()).isEqualTo("48");
        assertThat(todoCall.claims().path("groups").toString()).contains("submitter");
    }

    @Test
    void theSamePageInEnglish() {
        Document doc = html(open("/portal/todo", "en"));
        PortalPagesTest.assertLayout(doc, "en", "submitter-48");
        assertThat(doc.getElementById("review-status").text()).contains("Returned with comments");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Đà Nẵng (48): to do");
    }

    @Test
    void anUploadedCsvGoesToTheApiAsTextCsvWithTheOfficersTokenAndTheSummaryShowsWhatItDid() {
        api.post("/api/v1/submissions", 201, WorkFixtures.CSV_ACCEPTED);
        Response page = open("/portal/todo", "en");
        String csv = "unit_code,framework_code,period,indicator_code,value,note\n48,DTI-PROVINCE,2024,OPS_TIMELY_RATE,98.01,Provincial portal\n";
        Response posted = upload(page, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).contains("import=").doesNotContain("notice=");

        Request sent = api.calls("POST", "/api/v1/submissions").get(0);
        assertThat(sent.contentType()).startsWith("text/csv");
        assertThat(sent.body()).isEqualTo(csv);
        assertThat(sent.claims().path("unit").asText()).isEqualTo("48");

        Document doc = html(given().header("Accept-Language", "en").cookies(page.getCookies()).get(posted.getHeader("Location")));
        Element summary = doc.getElementById("import-summary");
        assertThat(summary.attr("data-stored")).isEqualTo("true");
        assertThat(summary.selectFirst("dd[data-count=imported]").text()).isEqualTo("2");
        assertThat(summary.selectFirst("dd[data-count=updated]").text()).isEqualTo("1");
        assertThat(summary.selectFirst("dd[data-count=unchanged]").text()).isEqualTo("0");
        assertThat(summary.selectFirst("dd[data-count=ignored]").text()).isEqualTo("0");
        assertThat(doc.select("#warnings li").eachAttr("data-pointer")).containsExactly("/rows/1/value");
        assertThat(doc.select("#warnings li").text()).contains("Outlier");
    }

    @Test
    void aRefusedCsvShowsEveryProblemWithItsPointerInThePagesLanguage() {
        api.post("/api/v1/submissions", 422, WorkFixtures.CSV_INVALID);
        Response page = open("/portal/todo", "vi");
        Response posted = upload(page, "unit_code,framework_code,period,indicator_code,value,note\n".getBytes(StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).isEqualTo(303);

        Document doc = html(given().header("Accept-Language", "vi").cookies(page.getCookies()).get(posted.getHeader("Location")));
        Element summary = doc.getElementById("import-summary");
        assertThat(summary.attr("data-stored")).isEqualTo("false");
        assertThat(summary.text()).contains("Chưa lưu gì: có 2 lỗi cần sửa.");
        assertThat(doc.select("#problems li").eachAttr("data-pointer")).containsExactly("/rows/0/value", "/rows/1/indicator_code");
        assertThat(doc.select("#problems li").get(0).text()).contains("Ngoài khoảng cho phép").contains("must be between 0 and 100");
        assertThat(doc.select("#problems li").get(1).text()).contains("Chỉ số không tồn tại");
    }

    @Test
    void aValueTheApiRefusesComesBackWithTheProblemNextToItsField() {
        api.post("/api/v1/submissions", 422, WorkFixtures.VALUE_INVALID);
        Response page = open("/portal/todo", "en");
        Response posted = form(page, "#value", Map.of("period", "2024", "indicatorCode", "OPS_TIMELY_RATE", "value", "180,5", "note", "x"))
                .post(action(page, "#value"));
        assertThat(posted.statusCode()).isEqualTo(422);

        Request sent = api.calls("POST", "/api/v1/submissions").get(0);
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.json().path("unitCode").asText()).isEqualTo("48");
        assertThat(sent.json().path("frameworkCode").asText()).isEqualTo(FW);
        assertThat(sent.json().path("period").asText()).isEqualTo("2024");
        // a decimal comma is read as the officer meant it
        assertThat(sent.json().at("/values/0/value").decimalValue()).isEqualByComparingTo("180.5");
        assertThat(sent.json().at("/values/0/indicatorCode").asText()).isEqualTo("OPS_TIMELY_RATE");

        Document doc = html(posted);
        Element valueField = doc.getElementById("value-value");
        assertThat(valueField.attr("aria-invalid")).isEqualTo("true");
        assertThat(valueField.attr("value")).isEqualTo("180,5");
        Element error = doc.getElementById("value-error");
        assertThat(error.selectFirst("[data-pointer]").attr("data-pointer")).isEqualTo("/values/0/value");
        assertThat(error.text()).contains("Out of range").contains("must be between 0 and 100");
        assertThat(doc.getElementById("indicatorCode-error")).isNull();
    }

    @Test
    void aStoredValueEndsWithARedirectAndANotice() {
        api.post("/api/v1/submissions", 201, WorkFixtures.CSV_ACCEPTED);
        Response page = open("/portal/todo", "en");
        Response posted = form(page, "#value", Map.of("period", "2024", "indicatorCode", "ECOMMERCE_RETAIL_SHARE", "value", "11.27"))
                .post(action(page, "#value"));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.getHeader("Location")).contains("notice=stored");
        Document doc = html(given().header("Accept-Language", "en").get(posted.getHeader("Location")));
        assertThat(doc.selectFirst("p.notice").text()).isEqualTo("The value was stored.");
    }

    @Test
    void anOfficerOf48AskingForUnit79GetsTheApisRefusalAsThe403Page() {
        api.answer("GET", "/api/v1/completeness/" + FW + "/2024?unitCode=79", 403, WorkFixtures.FORBIDDEN_79);
        Response page = open("/portal/todo?unit=79", "en");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(html(page).getElementById("forbidden")).isNotNull();
    }

    @Test
    void aDisputeIsPostedToTheApiAndItsProblemsComeBackNextToTheFields() {
        api.post("/api/v1/disputes", 422, WorkFixtures.DISPUTE_INVALID);
        Response page = open("/portal/todo", "en");
        Response posted = form(page, "#file-dispute", Map.of("releaseId", WorkFixtures.RELEASE_ID, "reason", " "))
                .post(action(page, "#file-dispute"));
        assertThat(posted.statusCode()).isEqualTo(422);
        Request sent = api.calls("POST", "/api/v1/disputes").get(0);
        assertThat(sent.json().path("releaseId").asText()).isEqualTo(WorkFixtures.RELEASE_ID);
        assertThat(sent.json().path("unitCode").asText()).isEqualTo("48");
        assertThat(html(posted).getElementById("reason-error").text()).contains("Required");

        api.post("/api/v1/disputes", 201, WorkFixtures.DISPUTE_UPHELD);
        Response filed = form(page, "#file-dispute", Map.of("releaseId", WorkFixtures.RELEASE_ID, "reason", "Counted for 2023."))
                .post(action(page, "#file-dispute"));
        assertThat(filed.statusCode()).isEqualTo(303);
        assertThat(filed.getHeader("Location")).contains("notice=filed");
    }

    private static Response upload(Response page, byte[] csv) {
        Element form = html(page).getElementById("upload");
        // The body a browser sends for this form: the hidden fields, then the file, with a Content-Length.
        // (RestAssured's own multiPart(...) request reached the resource with its fields but without the file.)
        String boundary = "----portalTestBoundary7MA4YWxkTrZu0gW";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(body, true, StandardCharsets.UTF_8);
        for (Element input : form.select("input[type=hidden]")) {
            out.print("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + input.attr("name") + "\"\r\n\r\n"
                    + input.attr("value") + "\r\n");
        }
        out.print("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"todo.csv\"\r\nContent-Type: text/csv\r\n\r\n");
        out.write(csv, 0, csv.length);
        out.print("\r\n--" + boundary + "--\r\n");
        return given().redirects().follow(false).cookies(page.getCookies())
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray()).post(form.attr("action"));
    }
}
