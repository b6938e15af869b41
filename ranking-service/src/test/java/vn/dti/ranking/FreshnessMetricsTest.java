package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The per-hop freshness timers (docs/operations.md "Freshness") after one submission, read as
 * Prometheus text from /q/metrics: each hop counted, each value from the timestamp that travelled
 * with the data — the submission's CloudEvent {@code time} is set 10 s in the past, so the hop
 * measured from it holds those 10 s and the hop measured from the Kafka record's timestamp does not.
 */
@QuarkusTest
class FreshnessMetricsTest {

    private static final String SUBMISSIONS = "topic=\"dti.submissions\",type=\"dti.submission.accepted.v1\"";
    private static final String STANDINGS = "topic=\"dti.standings\",type=\"dti.standings.recomputed.v1\"";

    private static final String APPLIED = "dti_freshness_event_applied_seconds";
    private static final String DELIVERED = "dti_freshness_event_delivered_seconds";
    private static final String STARTED = "dti_freshness_recompute_started_seconds";
    private static final String COMMITTED = "dti_freshness_version_committed_seconds";
    private static final String PUBLISHED = "dti_freshness_outbox_published_seconds";

    @Inject
    Db db;

    @Test
    void oneSubmissionIsCountedInEveryHopFromTheTimestampsItCarries() {
        String fw = "T-FRESH";
        Events.framework(Api.framework(fw, 2, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("FR1", "Tỉnh Tươi", "2090-01-01", "2090-12-31");
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from unit where code = 'FR1'") == 1
                && db.count("select count(*) from framework where code = ?", fw) == 1);
        // the unit may dirty nothing yet (no period); wait until no standings of the framework are pending
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from standings_state where framework_code = ? and change_seq > computed_seq", fw) == 0);
        String before = metrics();

        Map<String, String> headers = new LinkedHashMap<>(Events.ceHeaders(UUID.randomUUID().toString(), "dti.submission.accepted.v1"));
        headers.put("ce_time", Events.RFC3339.format(OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(10)));
        Events.sendRaw("dti.submissions", "FR1", Events.submissionPayload("FR1", fw, "2090",
                OffsetDateTime.parse("2091-02-01T08:00:00Z"), values("A1", 50, "A2", 1, "B1", 5)).getBytes(StandardCharsets.UTF_8),
                headers);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String after = metrics();
            for (String[] timer : new String[][] {{APPLIED, SUBMISSIONS}, {DELIVERED, SUBMISSIONS}, {STARTED, null},
                    {COMMITTED, null}, {PUBLISHED, STANDINGS}}) {
                assertThat(value(after, timer[0] + "_count", timer[1]) - value(before, timer[0] + "_count", timer[1]))
                        .as(timer[0] + " count in\n" + freshnessLines(after)).isGreaterThanOrEqualTo(1);
                assertThat(value(after, timer[0] + "_sum", timer[1]) - value(before, timer[0] + "_sum", timer[1]))
                        .as(timer[0] + " sum").isGreaterThanOrEqualTo(0);
            }
        });
        String after = metrics();
        // Every event is counted by both consumer timers, and for each the CloudEvent time is no later than the
        // record's timestamp; this one's is 10 s earlier (the millisecond of the formatted time aside).
        double applied = value(after, APPLIED + "_sum", SUBMISSIONS) - value(before, APPLIED + "_sum", SUBMISSIONS);
        double delivered = value(after, DELIVERED + "_sum", SUBMISSIONS) - value(before, DELIVERED + "_sum", SUBMISSIONS);
        assertThat(applied - delivered).isGreaterThanOrEqualTo(9.99);
        assertThat(value(after, APPLIED + "_max", SUBMISSIONS)).isGreaterThanOrEqualTo(9.99);
        // a percentile histogram per hop: its buckets are published (p99 per hop in Prometheus)
        assertThat(after).contains(STARTED + "_bucket{", PUBLISHED + "_bucket{", APPLIED + "_bucket{");
        // the covered standings keep no "dirty since" mark
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since is not null", fw))
                .isZero();
    }

    @Test
    void dirtySinceMarksTheOldestChangeNotYetCovered() {
        // a framework unknown here: the recompute worker leaves the row alone (it joins framework)
        String fw = "T-FRESH-NONE";
        db.execute("insert into standings_state (framework_code, period, ends_on, change_seq) values (?, '2091', date '2091-12-31', 1)", fw);
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since is not null", fw)).isOne();
        db.execute("update standings_state set dirty_since = timestamptz '2000-01-01T00:00:00Z' where framework_code = ?", fw);
        // another change while dirty: the oldest stays the mark
        db.execute("update standings_state set change_seq = change_seq + 1 where framework_code = ?", fw);
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since = timestamptz '2000-01-01T00:00:00Z'",
                fw)).isOne();
        // a recompute covered change 1 of 2: the rest waits since that recompute's transaction began (now())
        db.execute("update standings_state set computed_seq = 1 where framework_code = ?", fw);
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since > timestamptz '2026-01-01T00:00:00Z'",
                fw)).isOne();
        db.execute("update standings_state set dirty_since = timestamptz '2000-01-01T00:00:00Z' where framework_code = ?", fw);
        db.execute("update standings_state set computed_seq = 1 where framework_code = ?", fw); // covers nothing more
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since = timestamptz '2000-01-01T00:00:00Z'",
                fw)).isOne();
        // everything covered: no mark; dirtied again: a new one
        db.execute("update standings_state set computed_seq = 2 where framework_code = ?", fw);
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since is null", fw)).isOne();
        db.execute("update standings_state set change_seq = 3 where framework_code = ?", fw);
        assertThat(db.count("select count(*) from standings_state where framework_code = ? and dirty_since is not null", fw)).isOne();
        db.execute("delete from standings_state where framework_code = ?", fw);
    }

    private static String metrics() {
        return RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static String freshnessLines(String text) {
        return String.join("\n", text.lines().filter(l -> l.startsWith("dti_freshness") && !l.contains("_bucket")).toList());
    }

    /** The value of a Prometheus sample, 0 when absent; {@code labels} null for a timer without tags. */
    private static double value(String text, String name, String labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + (labels == null ? "(\\{[^}]*\\})?" : "\\{" + Pattern.quote(labels) + ",?\\}")
                + " (\\S+)(?: # .*)?$", Pattern.MULTILINE); // a sample may carry an exemplar (trace id) after " # "
        Matcher m = line.matcher(text);
        return m.find() ? Double.parseDouble(m.group(labels == null ? 2 : 1)) : 0;
    }
}
