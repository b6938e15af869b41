package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static vn.dti.report.Events.entry;
import static vn.dti.report.Events.values;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Briefs made from a release (dti.release.published.v1): every figure comes from the release's standings
 * and the submissions it names, not from a later standings version or later values; the brief names the
 * release in JSON and in its text (both languages); a brief of revision 2 lists the changes against revision 1
 * (JSON, HTML, Markdown), one of revision 1 none; an unknown or mismatched release is a 422 at /releaseId.
 * The read model alone serves them: no ranking-service runs in these tests.
 */
@QuarkusTest
class ReleaseBriefTest {

    static final String FW = "T-RELBRIEF";
    static final String RELEASE_ID = "4c1e2a37-9b0d-4f6e-8a21-5d3c7b9e0f12";
    static final String REVISION_2_ID = "7d2f3b48-0c1e-4a7f-9b32-6e4d8c0a1f23";
    static final String SUB_74 = "0a000000-0000-4000-8000-000000000074";
    static final String SUB_48 = "0a000000-0000-4000-8000-000000000048";
    static final String SUB_74_LATER = "0b000000-0000-4000-8000-000000000074";
    private static boolean sent;
    private static String lastEvent;

    @Inject
    Db db;

    @BeforeEach
    void world() {
        synchronized (ReleaseBriefTest.class) {
            if (!sent) {
                send();
                sent = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> db.processed(List.of(lastEvent)) == 1
                && db.count("standings", "framework_code = '" + FW + "' and version = 5") == 1
                && db.count("release", "framework_code = '" + FW + "'") == 2
                && db.count("current_value", "framework_code = '" + FW + "' and unit_code = '74' and indicator_code = 'ECOMMERCE' and value = 2") == 1);
    }

    static void send() {
        Events.framework(Fixture.DOCUMENT.replace("\"code\": \"T-BRIEF\"", "\"code\": \"" + FW + "\""));
        Events.period(FW, 2031, Fixture.DUE);
        Events.unit("74", "Bình Dương", "Binh Duong", "2008-08-01");
        Events.unit("48", "Đà Nẵng", "Da Nang", "2008-08-01");
        submission(SUB_74, "74", "2032-03-10T09:00:00.000+07:00",
                values("FIBRE", 92, "PLAN", 1, "OPS_TIMELY", 98, "ECOMMERCE", 11, "INCIDENTS", 0.5));
        submission(SUB_48, "48", "2032-03-12T10:00:00.000+07:00",
                values("FIBRE", 95, "PLAN", 1, "OPS_TIMELY", 96.5, "ECOMMERCE", 9.5, "INCIDENTS", 0.2));
        // Revision 1 freezes version 3: Bình Dương first.
        ObjectNode release = Events.JSON.createObjectNode().put("releaseId", RELEASE_ID).put("frameworkCode", FW).put("period", "2031")
                .put("revision", 1).put("version", 3).put("basis", "submitted").put("label", "DTI 2031 official results")
                .putNull("note").put("releasedBy", "committee-chair").put("releasedAt", "2032-04-01T03:00:00Z").putNull("supersedes");
        release.putArray("changes");
        ArrayNode provenance = release.putArray("provenance");
        provenance.addObject().put("unitCode", "48").putArray("submissionIds").add(SUB_48);
        provenance.addObject().put("unitCode", "74").putArray("submissionIds").add(SUB_74);
        ObjectNode standings = (ObjectNode) read(Events.standingsPayload(FW, "2031", 3, "DTI",
                entry(1, "74", "Bình Dương", 0.9, true, 0, "INFRA", 0.9, 1, "GOV", 0.96, 1, "ECON", 0.85, 1),
                entry(2, "48", "Đà Nẵng", 0.8, true, 0, "INFRA", 0.85, 2, "GOV", 0.9, 2, "ECON", 0.6, 2)));
        standings.put("computedAt", "2032-04-01T02:00:00Z");
        release.set("standings", standings);
        Events.send("dti.standings", FW + "/2031", "dti.release.published.v1", release.toString());
        // The same release again (a republished outbox row: another ce_id): still one release.
        Events.send("dti.standings", FW + "/2031", "dti.release.published.v1", release.toString());
        // After the release: a correction of Bình Dương and a later standings version with Đà Nẵng first.
        submission(SUB_74_LATER, "74", "2032-03-20T09:00:00.000+07:00", values("ECOMMERCE", 2));
        Events.standings(FW, "2031", 5, "DTI",
                entry(1, "48", "Đà Nẵng", 0.95, true, 0, "INFRA", 0.95, 1, "GOV", 0.95, 1, "ECON", 0.95, 1),
                entry(2, "74", "Bình Dương", 0.7, true, 0, "INFRA", 0.7, 2, "GOV", 0.7, 2, "ECON", 0.7, 2));
        // Revision 2 freezes version 5 after the correction: Đà Nẵng 2 → 1 (0.8 → 0.95), Bình Dương 1 → 2 (0.9 → 0.7).
        ObjectNode revision2 = Events.JSON.createObjectNode().put("releaseId", REVISION_2_ID).put("frameworkCode", FW).put("period", "2031")
                .put("revision", 2).put("version", 5).put("basis", "submitted").put("label", "DTI 2031 official results, revision 2")
                .put("note", "Corrects Bình Dương's e-commerce figure.").put("releasedBy", "committee-chair")
                .put("releasedAt", "2032-04-10T03:00:00Z").put("supersedes", RELEASE_ID);
        ArrayNode changes = revision2.putArray("changes");
        changes.addObject().put("unitCode", "74").put("previousRank", 1).put("rank", 2).put("previousScore", 0.9).put("score", 0.7);
        changes.addObject().put("unitCode", "48").put("previousRank", 2).put("rank", 1).put("previousScore", 0.8).put("score", 0.95);
        ArrayNode provenance2 = revision2.putArray("provenance");
        provenance2.addObject().put("unitCode", "48").putArray("submissionIds").add(SUB_48);
        provenance2.addObject().put("unitCode", "74").putArray("submissionIds").add(SUB_74).add(SUB_74_LATER);
        ObjectNode standings5 = (ObjectNode) read(Events.standingsPayload(FW, "2031", 5, "DTI",
                entry(1, "48", "Đà Nẵng", 0.95, true, 0, "INFRA", 0.95, 1, "GOV", 0.95, 1, "ECON", 0.95, 1),
                entry(2, "74", "Bình Dương", 0.7, true, 0, "INFRA", 0.7, 2, "GOV", 0.7, 2, "ECON", 0.7, 2)));
        standings5.put("computedAt", "2032-04-09T02:00:00Z");
        revision2.set("standings", standings5);
        lastEvent = Events.send("dti.standings", FW + "/2031", "dti.release.published.v1", revision2.toString());
    }

    @Test
    void aBriefOfRevision2ListsTheChangesAgainstRevision1AndOneOfRevision1None() throws Exception {
        Response created = Api.createDraft(request("en", REVISION_2_ID, "2031"));
        JsonPath b = Api.json(created);
        assertThat(b.getInt("release.revision")).isEqualTo(2);
        assertThat(b.getInt("release.supersededRevision")).isEqualTo(1);
        // by rank in revision 2, whatever order the event listed them in
        assertThat(b.getList("release.changes.unitCode")).containsExactly("48", "74");
        assertThat(b.getList("release.changes.unitName")).containsExactly("Đà Nẵng", "Bình Dương");
        assertThat(List.of(b.getInt("release.changes[0].previousRank"), b.getInt("release.changes[0].rank"),
                b.getInt("release.changes[1].previousRank"), b.getInt("release.changes[1].rank"))).containsExactly(2, 1, 1, 2);
        assertThat(b.getDouble("release.changes[0].previousScore")).isCloseTo(0.8, within(1e-12));
        assertThat(b.getDouble("release.changes[0].score")).isCloseTo(0.95, within(1e-12));
        assertThat(b.getDouble("release.changes[1].previousScore")).isCloseTo(0.9, within(1e-12));
        assertThat(b.getDouble("release.changes[1].score")).isCloseTo(0.7, within(1e-12));
        String html = text(created, "text/html");
        assertThat(html).contains("Changes against revision 1",
                "<td>Đà Nẵng</td><td class=\"num\">2 → 1</td><td class=\"num\">0.8000 → 0.9500</td>",
                "<td>Bình Dương</td><td class=\"num\">1 → 2</td><td class=\"num\">0.9000 → 0.7000</td>");
        String markdown = text(created, "text/markdown");
        assertThat(markdown).contains("### Changes against revision 1", "| Đà Nẵng | 2 → 1 | 0.8000 → 0.9500 |",
                "| Bình Dương | 1 → 2 | 0.9000 → 0.7000 |");

        Response viCreated = Api.createDraft(request("vi", REVISION_2_ID, "2031"));
        String vi = text(viCreated, "text/html");
        assertThat(vi).contains("Thay đổi so với lần công bố 1",
                "<td>Đà Nẵng</td><td class=\"num\">2 → 1</td><td class=\"num\">0,8000 → 0,9500</td>",
                "<td>Bình Dương</td><td class=\"num\">1 → 2</td><td class=\"num\">0,9000 → 0,7000</td>");

        // the PDF is laid out from the same HTML: the section and its arrows are drawn (DejaVu Sans has →)
        byte[] pdf = Api.as("committee").accept("application/pdf").get(viCreated.header("Location")).then().statusCode(200)
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replace('\u00a0', ' '))
                    .contains("Thay đổi so với lần công bố 1", "2 → 1", "0,8000 → 0,9500", "0,9000 → 0,7000");
        }

        Response first = Api.createDraft(request("en", RELEASE_ID, "2031"));
        JsonPath one = Api.json(first);
        assertThat(one.getList("release.changes")).isEmpty();
        assertThat(one.getString("release.supersededRevision")).isNull();
        assertThat(text(first, "text/html")).doesNotContain("Changes against revision");
        assertThat(text(first, "text/markdown")).doesNotContain("Changes against revision");
    }

    @Test
    void aBriefFromAReleaseTakesEveryFigureFromItAndSaysSo() {
        Response created = Api.createDraft(request("en", RELEASE_ID, "2031"));
        JsonPath b = Api.json(created);
        assertThat(b.getInt("standingsVersion")).as("the released version, not the latest (5)").isEqualTo(3);
        assertThat(b.getList("ranking.unitCode")).containsExactly("74", "48");
        assertThat(b.getDouble("ranking[0].score")).isCloseTo(0.9, within(1e-12));
        assertThat(java.time.OffsetDateTime.parse(b.getString("standingsComputedAt")).toInstant())
                .isEqualTo(java.time.Instant.parse("2032-04-01T02:00:00Z"));
        // national e-commerce figure: the mean of the released submissions' values (11 and 9.5), not of 2 and 9.5
        assertThat(b.getDouble("targets.find { it.indicatorCode == 'ECOMMERCE' }.nationalFigure")).isCloseTo(10.25, within(1e-12));
        // the data cut-off is the latest value the release counted: Đà Nẵng's submission, 2032-03-12 10:00 +07:00
        assertThat(java.time.OffsetDateTime.parse(b.getString("dataCutoff")).toInstant())
                .isEqualTo(java.time.Instant.parse("2032-03-12T03:00:00Z"));
        assertThat(b.getString("release.releaseId")).isEqualTo(RELEASE_ID);
        assertThat(b.getInt("release.revision")).isEqualTo(1);
        assertThat(b.getString("release.label")).isEqualTo("DTI 2031 official results");
        assertThat(b.getList("release.provenance.unitCode")).containsExactly("48", "74");
        assertThat(b.getList("release.provenance[1].submissionIds")).containsExactly(SUB_74);
        assertThat(b.getString("summary[0]")).contains("official results", "“DTI 2031 official results”", "revision 1",
                "standings version 3 computed 1 April 2032, 09:00 (UTC+7)", "data cut-off 12 March 2032, 10:00 (UTC+7)");
        assertThat(b.getList("methodology.notes", String.class)).anyMatch(n -> n.startsWith("This brief is made from release"));
        assertThat(db.text("select release_id::text || ' ' || release_revision || ' ' || release_label from brief where id = '"
                + b.getString("id") + "'")).isEqualTo(RELEASE_ID + " 1 DTI 2031 official results");
        String html = Api.as("committee").accept("text/html").get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(html).contains("Official release", "DTI 2031 official results");

        JsonPath vi = Api.json(Api.createDraft(request("vi", RELEASE_ID, "2031")));
        assertThat(vi.getString("summary[0]")).startsWith("Đây là kết quả chính thức").contains("“DTI 2031 official results”", "lần 1");

        // without releaseId: the latest standings (version 5) and the current values (2 and 9.5)
        JsonPath latest = Api.json(Api.createDraft(request("en", null, "2031")));
        assertThat(latest.getInt("standingsVersion")).isEqualTo(5);
        assertThat(latest.getString("release")).isNull();
        assertThat(latest.getDouble("targets.find { it.indicatorCode == 'ECOMMERCE' }.nationalFigure")).isCloseTo(5.75, within(1e-12));
        assertThat(db.count("release", "id = '" + RELEASE_ID + "'")).isEqualTo(1);
    }

    @Test
    void anUnknownOrMismatchedReleaseIsRefusedAtItsPointerAndStoresNothing() {
        long briefs = db.count("brief", "framework_code = '" + FW + "'");
        for (Map.Entry<String, String> bad : Map.of(UUID.randomUUID().toString(), "UNKNOWN_RELEASE", "not-a-uuid", "INVALID_FORMAT")
                .entrySet()) {
            Api.as("committee").contentType(ContentType.JSON).body(request("en", bad.getKey(), "2031")).post("/api/v1/briefs")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.pointer", hasItem("/releaseId")).body("errors.code", hasItem(bad.getValue()));
        }
        // a release of 2031 named for a brief of 2030
        Api.as("committee").contentType(ContentType.JSON).body(request("en", RELEASE_ID, "2030")).post("/api/v1/briefs")
                .then().statusCode(422).body("errors.code", hasItem("RELEASE_MISMATCH"));
        assertThat(db.count("brief", "framework_code = '" + FW + "'")).isEqualTo(briefs);
    }

    /** A draft in another format: committee may read drafts. */
    @Test
    void aReleaseBriefLooksForTheComparePeriodsReleaseAndWithoutAnyStandingsThereRefusesAtItsPointer() {
        // the compare period's latest release is looked up first (a 500 once: an ambiguous column)
        ObjectNode body = (ObjectNode) read(request("en", REVISION_2_ID, "2031"));
        body.put("comparePeriod", "2030");
        Api.as("committee").contentType("application/json").body(body.toString()).post("/api/v1/briefs").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/comparePeriod")).body("errors.code", hasItem("NO_STANDINGS"));
    }

    private static String text(Response created, String accept) {
        return Api.as("committee").accept(accept).get(created.header("Location")).then().statusCode(200).extract().asString();
    }

    private static String request(String language, String releaseId, String period) {
        ObjectNode body = Events.JSON.createObjectNode().put("title", "Release brief").put("meetingDate", "2032-04-15")
                .put("frameworkCode", FW).put("period", period).put("language", language);
        if (releaseId != null) {
            body.put("releaseId", releaseId);
        }
        return body.toString();
    }

    private static void submission(String id, String unit, String receivedAt, Map<String, Double> values) {
        String payload = Events.submissionPayload(unit, FW, "2031", receivedAt, false, values)
                .replaceFirst("\"submissionId\":\"[0-9a-f-]+\"", "\"submissionId\":\"" + id + "\"");
        assertThat(payload).contains(id);
        Events.send("dti.submissions", unit, "dti.submission.accepted.v1", payload);
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return Events.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
