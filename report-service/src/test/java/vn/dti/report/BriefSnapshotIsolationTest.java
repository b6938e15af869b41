package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.report.Events.entry;
import static vn.dti.report.Events.values;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A brief's inputs come from one snapshot of the read model: what the consumer commits while a
 * brief is being read (here a newer standings version and a new value, committed together) is
 * in none of its figures, not only in the ones read after the commit.
 */
@QuarkusTest
class BriefSnapshotIsolationTest {

    static final String FW = "T-SNAPSHOT";
    static final String DOCUMENT = """
            {"code": "T-SNAPSHOT", "name": "Snapshot isolation DTI", "unitType": "PROVINCE", "periodType": "ANNUAL",
             "rankPrecision": 4, "missingValues": "ZERO", "root": {"code": "R", "children": [
               {"code": "P", "name": "Pillar", "children": [
                 {"code": "S1", "name": "Share", "indicator": {"unit": "PERCENT", "normalization": {"method": "TARGET", "target": 10}}}]}]},
             "targets": []}""";

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    @Test
    void whatCommitsWhileABriefReadsItsInputsIsInNoneOfItsFigures() throws Exception {
        Events.framework(DOCUMENT);
        Events.submission("48", FW, "2031", "2025-03-01T08:00:00.000+07:00", false, values("S1", 8));
        Events.standings(FW, "2031", 1, "R", entry(1, "48", "Đà Nẵng", 0.8, true, 0, "P", 0.8, 1),
                entry(2, "49", "Quảng Nam", 0.0, false, 1, "P", 0.0, 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("standings", "framework_code = '" + FW + "'") == 1
                && db.count("current_value", "framework_code = '" + FW + "'") == 1 && db.count("framework", "code = '" + FW + "'") == 1);

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                // holds the brief at its read of the values, after it has read the framework and standings
                s.execute("lock table current_value in access exclusive mode");
            }
            CompletableFuture<Response> brief = CompletableFuture.supplyAsync(
                    () -> Api.create(Api.request("Snapshot isolation", FW, "2031", null, "en")));
            await().atMost(Duration.ofSeconds(60)).until(() -> db.count("pg_stat_activity",
                    "wait_event_type = 'Lock' and query like 'select unit_code, indicator_code, value%'") == 1);
            // what the consumer would commit meanwhile: standings version 2 with the value it was computed from
            try (Statement s = other.createStatement()) {
                s.executeUpdate("update standings set version = 2, body = jsonb_set(body, '{version}', '2') where framework_code = '" + FW + "'");
            }
            try (PreparedStatement ps = other.prepareStatement("""
                    insert into current_value (framework_code, period, unit_code, indicator_code, value, submission_id, received_at, late)
                    values (?, '2031', '49', 'S1', 4, ?, '2025-03-02T08:00:00+07:00', false)""")) {
                ps.setString(1, FW);
                ps.setObject(2, UUID.randomUUID());
                ps.executeUpdate();
            }
            other.commit();

            JsonPath b = Api.json(brief.get(60, TimeUnit.SECONDS));
            assertThat(b.getInt("standingsVersion")).isEqualTo(1);
            assertThat(b.getInt("headline.reportedValues")).as("the value committed with version 2 is not counted").isEqualTo(1);
            assertThat(b.getList("reporting.notReported.unitCode")).containsExactly("49");
            // values received before the standings were computed: no note about newer values
            assertThat(b.getList("methodology.notes", String.class)).hasSize(5)
                    .noneMatch(n -> n.startsWith("Some values used here arrived after"));
        }
    }
}
