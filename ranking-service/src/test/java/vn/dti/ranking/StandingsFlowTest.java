package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Events in, standings out: hand-computed scores and ranks, reconciliation, supersede, duplicates. */
@QuarkusTest
class StandingsFlowTest {

    /**
     * R = 0.75 A + 0.25 B (weights 3 and 1); A = mean(A1 goalposts 0..100, A2 yes/no); B = B1 against
     * a target of 10 (capped at 1). Ranks on scores rounded to 2 decimals.
     */
    static final String PILLARS = """
            {"code": "A", "name": "Pillar A", "weight": 3, "children": [
               {"code": "A1", "name": "Rate", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
                  "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}},
               {"code": "A2", "name": "Plan", "weight": 1, "indicator": {"unit": "BOOLEAN", "normalization": {"method": "BOOLEAN"}}}]},
            {"code": "B", "name": "Pillar B", "weight": 1, "children": [
               {"code": "B1", "name": "Share", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
                  "normalization": {"method": "TARGET", "target": 10}}}]}""";

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Db db;

    @Test
    void eventsInStandingsOutWithTiesOnTheRoundedScoreAndEveryUnitOfThePeriod() {
        String fw = "T-FLOW";
        OffsetDateTime t = OffsetDateTime.parse("2032-02-01T08:00:00+07:00");
        // Submissions first: the framework and some units arrive later, and everything is reconciled.
        Events.submission("F1", fw, "2031", t, values("A1", 80, "A2", 1, "B1", 5, "ZZ_NOT_IN_FRAMEWORK", 99));
        Events.submission("F2", fw, "2031", t, values("A1", 60, "A2", 1, "B1", 10));
        Events.submission("F3", fw, "2031", t, values("A1", 100, "A2", 0, "B1", 12));
        Events.submission("F4", fw, "2031", t, values("A1", 80.4, "A2", 1, "B1", 5));
        Events.unit("F1", "Tỉnh Một", "2031-01-01", "2031-12-31");
        Events.unit("F2", "Tỉnh Hai", "2031-01-01", "2031-12-31");
        Events.framework(Api.framework(fw, 2, "ZERO", PILLARS));
        Events.unit("F3", "Tỉnh Ba", "2031-01-01", "2031-12-31");
        Events.unit("F4", "Tỉnh Bốn", "2031-01-01", "2031-12-31");
        Events.unit("F5", "Tỉnh Năm", "2031-01-01", "2031-12-31"); // never reports
        Events.unit("F6", "Tỉnh Sáu", "2031-01-01", "2031-06-30"); // not valid on 2031-12-31

        JsonPath s = await().atMost(WAIT).until(() -> Api.standings(fw, "2031"),
                j -> j != null && j.getInt("unitCount") == 5 && j.getList("entries.unitName").contains("Tỉnh Bốn")
                        && j.getDouble("entries.find { it.unitCode == 'F4' }.score") > 0.8);

        assertThat(s.getString("node")).isEqualTo("R");
        assertThat(s.getList("entries.unitCode")).containsExactly("F2", "F1", "F4", "F3", "F5");
        assertThat(s.getList("entries.rank", Integer.class)).containsExactly(1, 2, 2, 4, 5);
        // F2: 0.75 * (0.6 + 1) / 2 + 0.25 * 1 = 0.85; F1: 0.75 * 0.9 + 0.25 * 0.5 = 0.8;
        // F4: 0.75 * (0.804 + 1) / 2 + 0.125 = 0.8015 (0.80 rounded: tied with F1); F3: 0.75 * 0.5 + 0.25 = 0.625
        assertThat(s.getList("entries.score", Double.class)).zipSatisfy(List.of(0.85, 0.8, 0.8015, 0.625, 0.0),
                (actual, expected) -> assertThat(actual).isCloseTo(expected, within(1e-9)));
        assertThat(s.getList("entries.complete", Boolean.class)).containsExactly(true, true, true, true, false);
        assertThat(s.getList("entries.missing", Integer.class)).containsExactly(0, 0, 0, 0, 3);
        assertThat(s.getString("entries[1].unitName")).isEqualTo("Tỉnh Một");
        // children: A (F1 0.9 and F4 0.902 tie at 0.90), B (F1 and F4 both 0.5, third behind F2 and F3)
        assertThat(s.getList("entries[1].children.code")).containsExactly("A", "B");
        assertThat(s.getDouble("entries[1].children[0].score")).isCloseTo(0.9, within(1e-9));
        assertThat(s.getInt("entries[1].children[0].rank")).isEqualTo(1);
        assertThat(s.getInt("entries[1].children[1].rank")).isEqualTo(3);

        JsonPath byA = Api.json(Api.as("reviewer").get("/api/v1/standings/" + fw + "/2031?node=A").then().statusCode(200)
                .extract().asString());
        assertThat(byA.getString("node")).isEqualTo("A");
        assertThat(byA.getInt("version")).isEqualTo(s.getInt("version"));
        assertThat(byA.getList("entries.unitCode")).containsExactly("F1", "F4", "F2", "F3", "F5");
        assertThat(byA.getList("entries.rank", Integer.class)).containsExactly(1, 1, 3, 4, 5);
        assertThat(byA.getList("entries[0].children.code")).containsExactly("A1", "A2");
        // A1: F3 1.0 first, F1 0.80 and F4 0.804 tied second at 2 decimals
        assertThat(byA.getInt("entries[0].children[0].rank")).isEqualTo(2);
        assertThat(byA.getInt("entries[1].children[0].rank")).isEqualTo(2);

        Api.as("committee").get("/api/v1/standings/" + fw + "/2031?node=NO_SUCH").then().statusCode(404)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("NO_SUCH"));
        Api.as("committee").get("/api/v1/standings/NO-SUCH/2031").then().statusCode(404)
                .contentType("application/problem+json");

        // A later submission supersedes: F3 now has a plan, A = 1, R = 1.0: first.
        int version = s.getInt("version");
        Events.submission("F3", fw, "2031", t.plusDays(1), values("A2", 1));
        JsonPath after = await().atMost(WAIT).until(() -> Api.standings(fw, "2031"),
                j -> j.getInt("version") > version && "F3".equals(j.getString("entries[0].unitCode")));
        assertThat(after.getDouble("entries[0].score")).isCloseTo(1.0, within(1e-9));
        assertThat(after.getList("entries.unitCode")).containsExactly("F3", "F2", "F1", "F4", "F5");
    }

    @Test
    void aDuplicateEventChangesNothingAndAnOlderValueNeverOverwritesANewerOne() {
        String fw = "T-DUP";
        OffsetDateTime t = OffsetDateTime.parse("2033-02-01T08:00:00Z");
        Events.framework(Api.framework(fw, 4, "ZERO", PILLARS));
        Events.unit("D1", "Đơn vị Một", "2032-01-01", "2032-12-31");
        Events.unit("D2", "Đơn vị Hai", "2032-01-01", "2032-12-31");
        String payload = Events.submissionPayload("D1", fw, "2032", t, values("A1", 50, "A2", 1, "B1", 10));
        String ceId = Events.send("dti.submissions", "D1", "dti.submission.accepted.v1", payload);
        Events.submission("D2", fw, "2032", t, values("A1", 100, "A2", 0, "B1", 5));
        // D1: 0.75 * 0.75 + 0.25 * 1 = 0.8125; D2: 0.75 * 0.5 + 0.25 * 0.5 = 0.5
        JsonPath s = await().atMost(WAIT).until(() -> Api.standings(fw, "2032"),
                j -> j != null && j.getInt("unitCount") == 2 && j.getInt("entries[1].missing") == 0
                        && db.changeSeq(fw, "2032") == db.count(
                        "select computed_seq from standings_state where framework_code = ? and period = '2032'", fw));
        assertThat(s.getDouble("entries[0].score")).isCloseTo(0.8125, within(1e-9));
        int version = s.getInt("version");
        long changes = db.changeSeq(fw, "2032");

        // The same event again (same ce_id), then a marker on the same partition (same key).
        Events.sendRaw("dti.submissions", "D1", payload.getBytes(StandardCharsets.UTF_8),
                Events.ceHeaders(ceId, "dti.submission.accepted.v1"));
        String marker = Events.submission("D1", "T-DUP-MARKER", "2032", t, values("A1", 1));
        await().atMost(WAIT).until(() -> db.processed(marker));
        assertThat(db.changeSeq(fw, "2032")).as("a duplicate dirties nothing").isEqualTo(changes);
        assertThat(db.count("select count(*) from processed_event where event_id = ?", ceId)).isEqualTo(1);
        assertThat(Api.standings(fw, "2032").getInt("version")).isEqualTo(version);

        // An older submission (earlier receivedAt, new event) arriving late: the newer value stays.
        String stale = Events.submission("D1", fw, "2032", t.minusDays(3), values("A1", 0, "A2", 0, "B1", 0));
        await().atMost(WAIT).until(() -> db.processed(stale));
        await().atMost(WAIT).until(() -> Api.standings(fw, "2032").getInt("version") > version);
        JsonPath later = Api.standings(fw, "2032");
        assertThat(later.getString("entries[0].unitCode")).isEqualTo("D1");
        assertThat(later.getDouble("entries[0].score")).isCloseTo(0.8125, within(1e-9));
        assertThat(db.count("select count(*) from current_value where framework_code = ? and unit_code = 'D1' and value = 50",
                fw)).isEqualTo(1);
    }
}
