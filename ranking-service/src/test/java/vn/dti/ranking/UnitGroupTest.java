package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Ministries are ranked in two groups (docs/contract.md §1): a framework with a unitGroup ranks only the
 * units of its unitType in that group; one without ranks every unit of its unitType.
 */
@QuarkusTest
class UnitGroupTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String WITH = "WITH_PUBLIC_SERVICES";
    static final String WITHOUT = "WITHOUT_PUBLIC_SERVICES";

    @Test
    void eachGroupsFrameworkRanksOnlyItsGroupAndAUnitChangingGroupMovesBetweenThem() throws Exception {
        String period = "2044";
        OffsetDateTime t = OffsetDateTime.parse("2045-01-05T00:00:00Z");
        Events.framework(ministries("T-MIN-WITH", WITH));
        Events.framework(ministries("T-MIN-WITHOUT", WITHOUT));
        Events.framework(ministries("T-MIN-ALL", null));
        Events.unitOfType("MA1", "Bộ A Một", "MINISTRY", WITH, "2044-01-01", "2044-12-31");
        Events.unitOfType("MA2", "Bộ A Hai", "MINISTRY", WITH, "2044-01-01", "2044-12-31");
        Events.unitOfType("MB1", "Bộ B Một", "MINISTRY", WITHOUT, "2044-01-01", "2044-12-31");
        Events.unit("PG1", "Tỉnh G Một", "2044-01-01", "2044-12-31"); // a province: in none of them
        Events.submission("MA1", "T-MIN-WITH", period, t, values("A1", 80, "A2", 1, "B1", 10));
        Events.submission("MB1", "T-MIN-WITHOUT", period, t, values("A1", 60, "A2", 1, "B1", 10));
        // a value for a ministry of the other group is not ranked there
        Events.submission("MB1", "T-MIN-WITH", period, t, values("A1", 100, "A2", 1, "B1", 10));
        Events.submission("MA1", "T-MIN-ALL", period, t, values("A1", 50, "A2", 1, "B1", 10));

        JsonPath with = await().atMost(WAIT).until(() -> Api.standings("T-MIN-WITH", period),
                j -> j != null && j.getInt("unitCount") == 2);
        assertThat(with.getList("entries.unitCode")).containsExactly("MA1", "MA2");
        JsonPath without = await().atMost(WAIT).until(() -> Api.standings("T-MIN-WITHOUT", period),
                j -> j != null && j.getInt("unitCount") == 1);
        assertThat(without.getList("entries.unitCode")).containsExactly("MB1");
        // no unitGroup: every ministry, whatever its group (and no province)
        JsonPath all = await().atMost(WAIT).until(() -> Api.standings("T-MIN-ALL", period),
                j -> j != null && j.getInt("unitCount") == 3);
        assertThat(all.getList("entries.unitCode")).containsExactly("MA1", "MA2", "MB1");

        // MA2 moves to the other group: it leaves the first group's standings and joins the second's.
        int withVersion = with.getInt("version");
        int withoutVersion = without.getInt("version");
        Events.unitOfType("MA2", "Bộ A Hai", "MINISTRY", WITHOUT, "2044-01-01", "2044-12-31");
        JsonPath withAfter = await().atMost(WAIT).until(() -> Api.standings("T-MIN-WITH", period),
                j -> j.getInt("version") > withVersion && j.getInt("unitCount") == 1);
        assertThat(withAfter.getList("entries.unitCode")).containsExactly("MA1");
        JsonPath withoutAfter = await().atMost(WAIT).until(() -> Api.standings("T-MIN-WITHOUT", period),
                j -> j.getInt("version") > withoutVersion && j.getInt("unitCount") == 2);
        assertThat(withoutAfter.getList("entries.unitCode")).containsExactly("MB1", "MA2");
        assertThat(Api.standings("T-MIN-ALL", period).getInt("unitCount")).isEqualTo(3);
    }

    /** A ministry framework; {@code group} null: no unitGroup (every ministry). */
    static String ministries(String code, String group) throws Exception {
        ObjectNode doc = (ObjectNode) Events.JSON.readTree(Api.framework(code, 4, "ZERO", StandingsFlowTest.PILLARS));
        doc.put("unitType", "MINISTRY");
        if (group != null) {
            doc.put("unitGroup", group);
        }
        return doc.toString();
    }
}
