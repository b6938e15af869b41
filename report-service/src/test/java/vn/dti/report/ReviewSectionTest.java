package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.report.Events.entry;
import static vn.dti.report.Events.values;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * For a framework with requireApproval the brief's reporting section names the units whose latest
 * submission awaits review and those returned with the reviewer's comment (dti.review.decided.v1),
 * in both languages; a framework without requireApproval has neither list.
 */
@QuarkusTest
class ReviewSectionTest {

    static final String FW = "T-REVIEWED";

    @Inject
    Db db;

    static String submission(String unit, String at, Object... values) {
        String id = UUID.randomUUID().toString();
        String payload = Events.submissionPayload(unit, FW, "2033", at, false, values(values))
                .replaceFirst("\"submissionId\":\"[0-9a-f-]+\"", "\"submissionId\":\"" + id + "\"");
        Events.send("dti.submissions", unit, "dti.submission.accepted.v1", payload);
        return id;
    }

    static String review(String unit, String submissionId, String decision, String at, String comment) {
        String payload = Events.JSON.createObjectNode().put("unitCode", unit).put("frameworkCode", FW).put("period", "2033")
                .put("submissionId", submissionId).put("decision", decision).put("reviewedBy", "reviewer")
                .put("decidedAt", at).put("comment", comment).toString();
        return Events.send("dti.submissions", unit, "dti.review.decided.v1", payload);
    }

    @Test
    void awaitingReviewAndReturnedUnitsAreListedWithTheReviewersComment() {
        if (db.count("framework", "code = '" + FW + "'") == 0) {
            Events.framework(Fixture.DOCUMENT.replace("\"T-BRIEF\"", "\"" + FW + "\"")
                    .replace("\"targets\"", "\"requireApproval\": true, \"targets\""));
            Events.period(FW, 2033, "2034-03-31T23:59:59+07:00");
            String s74 = submission("74", "2034-03-01T09:00:00.000+07:00", "FIBRE", 92, "PLAN", 1);
            String s48 = submission("48", "2034-03-02T09:00:00.000+07:00", "FIBRE", 95, "PLAN", 1);
            submission("46", "2034-03-03T09:00:00.000+07:00", "FIBRE", 80, "PLAN", 1);
            String s01 = submission("01", "2034-03-04T09:00:00.000+07:00", "FIBRE", 90, "PLAN", 1);
            review("74", s74, "APPROVE", "2034-03-10T09:00:00.000+07:00", null);
            // returned, then the comment of a later decision on the same submission wins
            review("48", s48, "RETURN", "2034-03-10T09:00:00.000+07:00", "old comment");
            String last = review("48", s48, "RETURN", "2034-03-11T09:00:00.000+07:00", "FIBRE | is 95 % <b>really</b>?");
            review("01", s01, "APPROVE", "2034-03-10T09:00:00.000+07:00", null);
            // Hà Nội submits again: its latest submission awaits review
            submission("01", "2034-03-12T09:00:00.000+07:00", "FIBRE", 91);
            Events.standings(FW, "2033", 1, "DTI",
                    entry(1, "48", "Đà Nẵng", 0.9, true, 0, "INFRA", 0.9, 1, "GOV", 0.9, 1, "ECON", 0.9, 1),
                    entry(2, "74", "Bình Dương", 0.8, true, 0, "INFRA", 0.8, 2, "GOV", 0.8, 2, "ECON", 0.8, 2),
                    entry(3, "01", "Hà Nội", 0.7, true, 0, "INFRA", 0.7, 3, "GOV", 0.7, 3, "ECON", 0.7, 3),
                    entry(4, "46", "Thừa Thiên Huế", 0.6, true, 0, "INFRA", 0.6, 4, "GOV", 0.6, 4, "ECON", 0.6, 4),
                    entry(5, "02", "Hà Giang", 0.0, false, 5, "INFRA", 0.0, 5, "GOV", 0.0, 5, "ECON", 0.0, 5));
            await().atMost(Duration.ofSeconds(60)).until(() -> db.processed(List.of(last)) == 1
                    && db.count("standings", "framework_code = '" + FW + "'") == 1
                    && db.count("current_value", "framework_code = '" + FW + "' and unit_code = '01' and value = 91") == 1);
        }
        Response created = Api.create(Api.request("Review", FW, "2033", null, "en"));
        JsonPath b = Api.json(created);
        assertThat(b.getList("reporting.notReported.unitCode")).containsExactly("02");
        assertThat(b.getList("reporting.awaitingReview.unitCode")).containsExactly("01", "46");
        assertThat(b.getList("reporting.returned.unitCode")).containsExactly("48");
        assertThat(b.getString("reporting.returned[0].comment")).isEqualTo("FIBRE | is 95 % <b>really</b>?");

        String location = created.getHeader("Location");
        String html = Api.read(location, "text/html").asString().replace('\u00a0', ' ');
        assertThat(html).contains("Units whose latest submission awaits review (2)", "Units whose latest submission was returned (1)",
                "FIBRE | is 95 % &lt;b&gt;really&lt;/b&gt;?");
        String md = Api.read(location, "text/markdown").asString().replace('\u00a0', ' ');
        assertThat(md).contains("### Units whose latest submission was returned (1)", "| Đà Nẵng | FIBRE \\| is 95 % \\<b\\>really\\</b\\>? |");

        Response vi = Api.create(Api.request("Thẩm định", FW, "2033", null, "vi"));
        String viHtml = Api.read(vi.getHeader("Location"), "text/html").asString().replace('\u00a0', ' ');
        assertThat(viHtml).contains("Các đơn vị có số liệu mới nhất đang chờ thẩm định (2)", "Các đơn vị có số liệu mới nhất bị trả lại (1)");
    }

    @Test
    void aFrameworkWithoutRequireApprovalHasNoReviewLists() {
        Fixture.load(db);
        JsonPath b = Api.json(Api.create(Api.request("No review", Fixture.FW, "2031", null, "en")));
        assertThat(b.getMap("reporting")).doesNotContainKeys("awaitingReview", "returned");
    }
}
