package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 12 items 1-2 as the ranking-service sees them: any unit type is ranked like provinces, and a
 * unit version that changes (same code and validFrom, later changedAt) is followed, an older state
 * delivered later is not.
 */
@QuarkusTest
class UnitChangesTest {

    // generous: the first test of a run waits for the consumer group to form on a loaded machine
    static final Duration WAIT = Duration.ofSeconds(90);

    @Inject
    Db db;

    static final String SUB_INDEXES = """
            {"code": "OSI", "name": "Online services", "weight": 1, "indicator": {"unit": "NUMBER", "normalization": {"method": "NONE"}}},
            {"code": "TII", "name": "Telecommunication infrastructure", "weight": 1, "indicator": {"unit": "NUMBER", "normalization": {"method": "NONE"}}},
            {"code": "HCI", "name": "Human capital", "weight": 1, "indicator": {"unit": "NUMBER", "normalization": {"method": "NONE"}}}""";

    /** A type of its own, so that no other test's units count in these standings. */
    static final String TYPE = "ENDING_TEST";

    /** A unit version of {@link #TYPE} with a chosen changedAt (the shared helper stamps now). */
    static String unitState(String code, String name, String validFrom, String validTo, OffsetDateTime changedAt) {
        ObjectNode u = Events.JSON.createObjectNode();
        u.put("code", code).put("name", name).putNull("nameEn").put("type", TYPE).putNull("group")
                .put("region", "Test region").put("centrallyRun", false).put("validFrom", validFrom).put("validTo", validTo);
        u.putArray("predecessors");
        u.put("changedAt", Events.RFC3339.format(changedAt));
        return u.toString();
    }

    @Test
    void aCountryFrameworkRanksItsCountriesOnTheMeanOfThreeSubIndexes() throws Exception {
        ObjectNode doc = (ObjectNode) Events.JSON.readTree(Api.framework("T-EGDI", 4, "ZERO", SUB_INDEXES));
        doc.put("unitType", "COUNTRY");
        Events.framework(doc.toString());
        Events.unitOfType("CVNM", "Việt Nam", "COUNTRY", null, "2040-01-01", null);
        Events.unitOfType("CTHA", "Thái Lan", "COUNTRY", null, "2040-01-01", null);
        Events.unitOfType("CSGP", "Singapore", "COUNTRY", null, "2040-01-01", null);
        Events.unit("CPRV", "Tỉnh Không Phải Quốc Gia", "2048-01-01", "2048-12-31"); // a province: not ranked here
        OffsetDateTime t = OffsetDateTime.parse("2049-02-01T00:00:00Z");
        Events.submission("CVNM", "T-EGDI", "2048", t, values("OSI", 0.8, "TII", 0.7, "HCI", 0.75));
        Events.submission("CTHA", "T-EGDI", "2048", t, values("OSI", 0.9, "TII", 0.6, "HCI", 0.72));
        Events.submission("CSGP", "T-EGDI", "2048", t, values("OSI", 0.95, "TII", 0.9, "HCI", 0.85));
        Events.submission("CPRV", "T-EGDI", "2048", t, values("OSI", 1, "TII", 1, "HCI", 1));

        JsonPath s = await().atMost(WAIT).until(() -> Api.standings("T-EGDI", "2048"),
                j -> j != null && j.getInt("unitCount") == 3 && j.getDouble("entries[2].score") > 0);
        // VNM (0.8 + 0.7 + 0.75) / 3 = 0.75; THA (0.9 + 0.6 + 0.72) / 3 = 0.74; SGP (0.95 + 0.9 + 0.85) / 3 = 0.9
        assertThat(s.getList("entries.unitCode")).containsExactly("CSGP", "CVNM", "CTHA");
        assertThat(s.getList("entries.rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(s.getList("entries.score", Double.class)).zipSatisfy(List.of(0.9, 0.75, 0.74),
                (actual, expected) -> assertThat(actual).isCloseTo(expected, within(1e-9)));
        assertThat(s.getString("entries[0].unitName")).isEqualTo("Singapore");
    }

    @Test
    void anEndedUnitLeavesTheStandingsAfterItsValidToAndAnOlderStateChangesNothing() {
        String fw = "T-ENDED";
        Events.framework(Api.framework(fw, 4, "ZERO", StandingsFlowTest.PILLARS).replace("\"PROVINCE\"", "\"" + TYPE + "\""));
        OffsetDateTime created = OffsetDateTime.now().minusMinutes(5);
        Events.send("dti.units", "EN1", "dti.unit.changed.v1", unitState("EN1", "Tỉnh Một", "2049-01-01", null, created));
        Events.send("dti.units", "EN2", "dti.unit.changed.v1", unitState("EN2", "Tỉnh Hai", "2049-01-01", null, created));
        for (String period : List.of("2049", "2050")) {
            OffsetDateTime t = OffsetDateTime.parse((Integer.parseInt(period) + 1) + "-02-01T00:00:00Z");
            Events.submission("EN1", fw, period, t, values("A1", 80, "A2", 1, "B1", 10));
            Events.submission("EN2", fw, period, t, values("A1", 60, "A2", 1, "B1", 10));
        }
        JsonPath before2050 = await().atMost(WAIT).until(() -> Api.standings(fw, "2050"),
                j -> j != null && j.getInt("unitCount") == 2 && j.getDouble("entries[1].score") > 0);
        assertThat(before2050.getList("entries.unitCode")).containsExactly("EN1", "EN2");
        JsonPath before2049 = await().atMost(WAIT).until(() -> Api.standings(fw, "2049"),
                j -> j != null && j.getInt("unitCount") == 2 && j.getDouble("entries[1].score") > 0);

        // PUT /units/EN2 ended it on 2049-12-31 and renamed it: the same (code, validFrom), a later changedAt
        OffsetDateTime ended = OffsetDateTime.now();
        Events.send("dti.units", "EN2", "dti.unit.changed.v1", unitState("EN2", "Tỉnh Hai (cũ)", "2049-01-01", "2049-12-31", ended));
        JsonPath after2050 = await().atMost(WAIT).until(() -> Api.standings(fw, "2050"),
                j -> j.getInt("version") > before2050.getInt("version") && j.getInt("unitCount") == 1);
        assertThat(after2050.getList("entries.unitCode")).containsExactly("EN1");
        // still a unit of 2049 (valid on its last day), under its new name
        JsonPath after2049 = await().atMost(WAIT).until(() -> Api.standings(fw, "2049"),
                j -> j.getInt("version") > before2049.getInt("version") && j.getList("entries.unitName").contains("Tỉnh Hai (cũ)"));
        assertThat(after2049.getList("entries.unitCode")).containsExactly("EN1", "EN2");

        // An older state arriving late (alone, and in one batch after a newer one) does not undo the change.
        String late = Events.send("dti.units", "EN2", "dti.unit.changed.v1",
                unitState("EN2", "Tỉnh Hai", "2049-01-01", null, created.plusMinutes(1)));
        Events.sendAll(List.of(
                Events.record("dti.units", "EN1", "dti.unit.changed.v1", unitState("EN1", "Tỉnh Một (mới)", "2049-01-01", null, ended)),
                Events.record("dti.units", "EN1", "dti.unit.changed.v1", unitState("EN1", "Tỉnh Một (cũ hơn)", "2049-01-01", null,
                        created.plusMinutes(2)))));
        // a later record of the same key (same partition) tells that both were consumed
        String marker = Events.send("dti.units", "EN1", "dti.unit.changed.v1",
                unitState("EN1", "Tỉnh Một (sau này)", "2090-01-01", null, ended));
        await().atMost(WAIT).until(() -> db.processed(late) && db.processed(marker));
        await().atMost(WAIT).until(() -> Api.standings(fw, "2050").getList("entries.unitName").contains("Tỉnh Một (mới)"));
        assertThat(db.count("select count(*) from unit where code = 'EN1' and name = 'Tỉnh Một (mới)'")).isEqualTo(1);
        assertThat(db.count("select count(*) from unit where code = 'EN2' and valid_to = date '2049-12-31' and name = 'Tỉnh Hai (cũ)'"))
                .isEqualTo(1);
        JsonPath still2050 = Api.standings(fw, "2050");
        assertThat(still2050.getList("entries.unitCode")).containsExactly("EN1");
    }
}
