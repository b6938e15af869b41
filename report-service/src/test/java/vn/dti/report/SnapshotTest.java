package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.report.Events.entry;
import static vn.dti.report.Events.values;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.plumbing.messaging.EventConsumer;

/**
 * A brief is an immutable snapshot: re-read after new data it is byte-for-byte the same, while a
 * brief made later reflects the new data. Briefs are made from the read model alone.
 */
@QuarkusTest
class SnapshotTest {

    static final String FW = "T-SNAP";
    static final String DOCUMENT = """
            {"code": "T-SNAP", "name": "Snapshot DTI", "unitType": "PROVINCE", "periodType": "ANNUAL", "rankPrecision": 4,
             "missingValues": "ZERO", "root": {"code": "R", "children": [
               {"code": "P", "name": "Pillar", "children": [
                 {"code": "S1", "name": "Share", "indicator": {"unit": "PERCENT", "normalization": {"method": "TARGET", "target": 10}}}]}]},
             "targets": [{"indicatorCode": "S1", "comparator": ">=", "value": 7, "label": "Share", "labelVi": "Tỷ trọng"}]}""";

    @Inject
    Db db;

    @Inject
    EventConsumer consumer;

    @Test
    void aBriefNeverChangesAndALaterBriefSeesNewerData() {
        Events.framework(DOCUMENT);
        Events.submission("48", FW, "2031", "2032-03-01T08:00:00.000+07:00", false, values("S1", 8));
        Events.standings(FW, "2031", 1, "R",
                entry(1, "48", "Đà Nẵng", 0.8, true, 0, "P", 0.8, 1),
                entry(2, "49", "Quảng Nam", 0.0, false, 1, "P", 0.0, 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("standings", "framework_code = 'T-SNAP'") == 1
                && db.count("current_value", "framework_code = 'T-SNAP'") == 1 && db.count("framework", "code = 'T-SNAP'") == 1);

        String first = Api.create(Api.request("Snapshot", FW, "2031", null, "en")).header("Location");
        String json = Api.read(first, "application/json").asString();
        String markdown = Api.read(first, "text/markdown").asString();
        JsonPath before = Api.json(Api.read(first, "application/json"));
        assertThat(before.getDouble("targets[0].nationalFigure")).isEqualTo(8.0);
        assertThat(before.getList("reporting.notReported.unitName")).containsExactly("Quảng Nam");

        // New data: Quảng Nam reports 4 %, a new standings version follows.
        Events.submission("49", FW, "2031", "2032-03-02T08:00:00.000+07:00", false, values("S1", 4));
        Events.standings(FW, "2031", 2, "R",
                entry(1, "48", "Đà Nẵng", 0.8, true, 0, "P", 0.8, 1),
                entry(2, "49", "Quảng Nam", 0.4, true, 0, "P", 0.4, 2));
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("standings", "framework_code = 'T-SNAP' and version = 2") == 1
                && db.count("current_value", "framework_code = 'T-SNAP'") == 2);

        assertThat(Api.read(first, "application/json").asString()).isEqualTo(json);
        assertThat(Api.read(first, "text/markdown").asString()).isEqualTo(markdown);

        // Made while the consumer is stopped (as when Kafka and the other services are away).
        consumer.stop();
        try {
            JsonPath later = Api.json(Api.create(Api.request("Snapshot", FW, "2031", null, "en")));
            assertThat(later.getInt("standingsVersion")).isEqualTo(2);
            // (8 + 4) / 2 = 6 < 7: the target is now missed, with Quảng Nam below it
            assertThat(later.getDouble("targets[0].nationalFigure")).isEqualTo(6.0);
            assertThat(later.getBoolean("targets[0].met")).isFalse();
            assertThat(later.getList("targets[0].unitsBelow.unitName")).containsExactly("Quảng Nam");
            assertThat(later.getList("reporting.notReported")).isEmpty();
        } finally {
            consumer.start();
        }
        assertThat(Api.json(Api.read(first, "application/json")).getInt("standingsVersion")).isEqualTo(1);
    }
}
