package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Unit profiles (contributions, strengths and weaknesses, change against another period, across a
 * merger) and sensitivity, on hand-computed data. 2037: Q1 0.8125, Q2 0.5, Q3 0.5, Q4 0. On
 * 2038-01-01 Q2 and Q3 merge into a new Q2 (reusing Q2's code). 2038: Q2 0.9125, Q1 0.8875, Q4 0.0625.
 */
@QuarkusTest
class ProfileTest {

    static final String FW = "T-PROFILE";
    static final Duration WAIT = Duration.ofSeconds(30);

    private static boolean loaded;

    /** Once per class (inside a test: the application and RestAssured's port are ready by then). */
    static synchronized void data() {
        if (loaded) {
            return;
        }
        loaded = true;
        OffsetDateTime t = OffsetDateTime.parse("2039-01-05T00:00:00Z");
        Events.framework(Api.framework(FW, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("Q1", "Tỉnh Q Một", "2037-01-01", "2038-12-31"); // bounded: other tests use later years
        Events.unit("Q2", "Tỉnh Q Hai", "2037-01-01", "2037-12-31");
        Events.unit("Q3", "Tỉnh Q Ba", "2037-01-01", "2037-12-31");
        Events.unit("Q4", "Tỉnh Q Bốn", "2037-01-01", "2038-12-31");
        Events.unit("Q2", "Tỉnh Q Hai Mới", "2038-01-01", "2038-12-31", "Q2", "Q3");
        Events.submission("Q1", FW, "2037", t, values("A1", 50, "A2", 1, "B1", 10));
        Events.submission("Q2", FW, "2037", t, values("A1", 100, "A2", 0, "B1", 5));
        Events.submission("Q3", FW, "2037", t, values("A1", 20, "A2", 1, "B1", 2));
        Events.submission("Q4", FW, "2037", t, values("A1", 0, "A2", 0, "B1", 0));
        Events.submission("Q1", FW, "2038", t, values("A1", 70, "A2", 1, "B1", 10));
        Events.submission("Q2", FW, "2038", t, values("A1", 90, "A2", 1, "B1", 8));
        Events.submission("Q4", FW, "2038", t, values("A1", 10, "A2", 0, "B1", 1));
        await().atMost(WAIT).until(() -> Api.standings(FW, "2037"), j -> j != null && j.getInt("unitCount") == 4
                && j.getInt("entries[3].missing") == 0 && "Q4".equals(j.getString("entries[3].unitCode")));
        await().atMost(WAIT).until(() -> Api.standings(FW, "2038"), j -> j != null && j.getInt("unitCount") == 3
                && j.getList("entries.missing", Integer.class).stream().allMatch(m -> m == 0)
                && "Tỉnh Q Hai Mới".equals(j.getString("entries[0].unitName")));
    }

    @Test
    void theProfileGivesEveryNodeAndContributionsThatAddUpToTheScore() {
        data();
        JsonPath p = Api.json(Api.as("committee").get("/api/v1/standings/" + FW + "/2038/units/Q1").then().statusCode(200)
                .extract().asString());
        assertThat(p.getInt("version")).isEqualTo(Api.standings(FW, "2038").getInt("version"));
        assertThat(p.getString("unitName")).isEqualTo("Tỉnh Q Một");
        assertThat(p.getDouble("score")).isCloseTo(0.8875, within(1e-9));
        assertThat(p.getInt("rank")).isEqualTo(2);
        assertThat(p.getString("tree.code")).isEqualTo("R");
        assertThat(p.getList("tree.children.code")).containsExactly("A", "B");
        assertThat(p.getDouble("tree.children[0].score")).isCloseTo(0.85, within(1e-9));
        assertThat(p.getDouble("tree.children[0].weight")).isCloseTo(0.75, within(1e-12));
        assertThat(p.getInt("tree.children[0].rank")).isEqualTo(2);
        assertThat(p.getList("tree.children[0].children.code")).containsExactly("A1", "A2");
        assertThat(p.getList("indicators.code")).containsExactly("A1", "A2", "B1");
        assertThat(p.getList("indicators.raw", Double.class)).containsExactly(70.0, 1.0, 10.0);
        // A1: 0.75 * 0.5 * 0.7, A2: 0.75 * 0.5 * 1, B1: 0.25 * 1
        List<Double> contributions = p.getList("indicators.contribution", Double.class);
        assertThat(contributions).zipSatisfy(List.of(0.2625, 0.375, 0.25),
                (actual, expected) -> assertThat(actual).isCloseTo(expected, within(1e-9)));
        assertThat(contributions.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(p.getDouble("score"), within(1e-12));
        assertThat(p.getList("strengths")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(p.getList("strengths.gap", Double.class)).allSatisfy(g -> assertThat(g).isGreaterThan(0));
        assertThat(p.getList("weaknesses.gap", Double.class)).allSatisfy(g -> assertThat(g).isLessThan(0));
        assertThat(p.getMap("$")).doesNotContainKey("comparison");
    }

    @Test
    void compareToSplitsTheChangeByNodeAndAMergedUnitIsComparedWithItsPredecessorsMean() {
        data();
        JsonPath q1 = Api.json(Api.as("reviewer").get("/api/v1/standings/" + FW + "/2038/units/Q1?compareTo=2037").then()
                .statusCode(200).extract().asString());
        assertThat(q1.getString("comparison.basis")).isEqualTo("SAME_UNIT");
        assertThat(q1.getDouble("comparison.previousScore")).isCloseTo(0.8125, within(1e-9));
        assertThat(q1.getDouble("comparison.scoreChange")).isCloseTo(0.075, within(1e-9));
        // 2037 restated on the 2038 units: Q1 0.8125 first, Q2 mean(0.5, 0.5) second, Q4 third
        assertThat(q1.getInt("comparison.previousRank")).isEqualTo(1);
        assertThat(q1.getInt("comparison.rankChange")).isEqualTo(-1);
        Map<String, Double> split = splitOfRootChildren(q1);
        assertThat(split.get("A")).isCloseTo(0.075, within(1e-9));
        assertThat(split.get("B")).isCloseTo(0.0, within(1e-9));
        assertThat(split.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(q1.getDouble("comparison.scoreChange"), within(1e-12));

        JsonPath q2 = Api.json(Api.as("admin").get("/api/v1/standings/" + FW + "/2038/units/Q2?compareTo=" + FW + "/2037").then()
                .statusCode(200).extract().asString());
        assertThat(q2.getString("comparison.basis")).isEqualTo("PREDECESSORS_MEAN");
        assertThat(q2.getList("comparison.comparedWith")).containsExactlyInAnyOrder("Q2", "Q3");
        assertThat(q2.getDouble("comparison.previousScore")).isCloseTo(0.5, within(1e-9));
        assertThat(q2.getDouble("comparison.scoreChange")).isCloseTo(0.4125, within(1e-9));
        assertThat(q2.getInt("comparison.rankChange")).isEqualTo(1);
        assertThat(splitOfRootChildren(q2).values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(0.4125, within(1e-9));

        Api.as("committee").get("/api/v1/standings/" + FW + "/2038/units/Q1?compareTo=last-year").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("compareTo"));
        Api.as("committee").get("/api/v1/standings/" + FW + "/2038/units/Q1?compareTo=2001").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("committee").get("/api/v1/standings/" + FW + "/2038/units/Q3").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void sensitivityIsReproducibleForASeedAndValidatesItsParameters() {
        data();
        String path = "/api/v1/standings/" + FW + "/2038/sensitivity";
        String first = Api.as("committee").get(path + "?runs=300&seed=11&weightNoise=0.5").then().statusCode(200).extract().asString();
        String again = Api.as("committee").get(path + "?runs=300&seed=11&weightNoise=0.5").then().statusCode(200).extract().asString();
        assertThat(again).isEqualTo(first);
        JsonPath s = Api.json(first);
        assertThat(s.getInt("runs")).isEqualTo(300);
        assertThat(s.getList("units.unitCode")).containsExactly("Q2", "Q1", "Q4");
        assertThat(s.getList("units.rank", Integer.class)).containsExactly(1, 2, 3);
        for (int i = 0; i < 3; i++) {
            assertThat(s.getInt("units[" + i + "].p5Rank")).isLessThanOrEqualTo((int) Math.floor(s.getDouble("units[" + i + "].medianRank")));
            assertThat(s.getDouble("units[" + i + "].medianRank")).isLessThanOrEqualTo(s.getInt("units[" + i + "].p95Rank"));
        }
        // Q4 is last under any weights (it is last on every indicator)
        assertThat(s.getInt("units[2].p5Rank")).isEqualTo(3);

        for (String bad : List.of("runs=0", "runs=10001", "runs=abc", "weightNoise=1", "weightNoise=-0.1", "seed=x")) {
            String parameter = bad.substring(0, bad.indexOf('='));
            Api.as("committee").get(path + "?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString(parameter));
        }
    }

    private static Map<String, Double> splitOfRootChildren(JsonPath p) {
        List<String> codes = p.getList("comparison.nodes.code");
        List<Double> changes = p.getList("comparison.nodes.contributionChange", Double.class);
        return Map.of("A", changes.get(codes.indexOf("A")), "B", changes.get(codes.indexOf("B")));
    }
}
