package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Restated standings and comparisons across a boundary change, on hand-computed tables
 * (docs/methodology.md §10). Framework: R = ½ X + ½ Y, X and Y percentages on goalposts 0..100
 * (so 80 scores 0.80), rankPrecision 4, ZERO. The codes are the real ones of 2025, moved to
 * 2081-2083 so that no other test's units are valid then.
 *
 * <pre>
 * 2081 (10 units)  X        Y     R
 * 01               0.80     0.60  0.70
 * 22               0.50008  0.70  0.60004
 * 48               0.80     0.80  0.80
 * 49               0.40     0.40  0.40
 * 74               0.70     0.90  0.80
 * 77               0.40     0.60  0.50
 * 79               0.95     0.85  0.90
 * 91 (A)           0.90     0.90  0.90
 * 89 (B)           0.60     0.60  0.60
 * 93 (D)           0.40     0.40  0.40
 * </pre>
 *
 * On 2082-07-01: 01 continues as a new version (01 ← 01), 22 keeps its version, 48 ← 48, 49,
 * 79 ← 79, 74, 77, and 91 ← 91, 89 (C); 93 (D) continues. On 2083-01-01 91 ← 91, 93 (E): E is
 * a unit merged twice and stands for A, B and D.
 *
 * <pre>
 * restated on 2082-07-01   R                              rounded  rank
 * 91  ← 89, 91              (0.90 + 0.60)/2 = 0.75          0.7500   1
 * 79  ← 74, 77, 79          (0.80 + 0.50 + 0.90)/3 = 0.7333 0.7333   2
 * 01  ← 01                  0.70                            0.7000   3
 * 22  ← 22                  0.60004                         0.6000   4 (tie)
 * 48  ← 48, 49              (0.80 + 0.40)/2 = 0.60          0.6000   4 (tie)
 * 93  ← 93                  0.40                            0.4000   6
 *
 * restated on 2083-01-01
 * 79  ← 74, 77, 79          0.73333                         1
 * 01  ← 01                  0.70                            2
 * 91  ← 89, 91, 93          (0.90 + 0.60 + 0.40)/3 = 0.6333 3   (not (0.75 + 0.40)/2 = 0.575)
 * 22  ← 22                  0.60004 → 0.6000                4 (tie)
 * 48  ← 48, 49              0.60 → 0.6000                   4 (tie)
 * </pre>
 */
@QuarkusTest
class RestatedStandingsTest {

    static final String FW = "T-RESTATED";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String INDICATORS = """
            {"code": "X", "name": "Indicator X", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
               "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}},
            {"code": "Y", "name": "Indicator Y", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
               "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}}""";

    private static boolean loaded;

    static synchronized void data() {
        if (loaded) {
            return;
        }
        loaded = true;
        Events.framework(Api.framework(FW, 4, "ZERO", INDICATORS));
        String before = "2082-06-30";
        Events.unit("01", "Hà Nội (cũ)", "2081-01-01", before);
        Events.unit("22", "Quảng Ninh", "2081-01-01", "2083-12-31");
        Events.unit("48", "Đà Nẵng (cũ)", "2081-01-01", before);
        Events.unit("49", "Quảng Nam", "2081-01-01", before);
        Events.unit("74", "Bình Dương", "2081-01-01", before);
        Events.unit("77", "Bà Rịa - Vũng Tàu", "2081-01-01", before);
        Events.unit("79", "Hồ Chí Minh (cũ)", "2081-01-01", before);
        Events.unit("91", "Tỉnh A", "2081-01-01", before);
        Events.unit("89", "Tỉnh B", "2081-01-01", before);
        Events.unit("93", "Tỉnh D", "2081-01-01", "2082-12-31");
        Events.unit("01", "Hà Nội", "2082-07-01", "2083-12-31", "01");
        Events.unit("48", "Đà Nẵng", "2082-07-01", "2083-12-31", "48", "49");
        Events.unit("79", "Thành phố Hồ Chí Minh", "2082-07-01", "2083-12-31", "79", "74", "77");
        Events.unit("91", "Tỉnh C", "2082-07-01", "2082-12-31", "91", "89");
        Events.unit("91", "Tỉnh E", "2083-01-01", "2083-12-31", "91", "93");
        Events.unit("95", "Tỉnh Mới", "2084-01-01", "2084-12-31"); // no predecessors
        OffsetDateTime t = OffsetDateTime.parse("2084-02-01T00:00:00Z");
        Object[][] y2081 = {{"01", 80, 60}, {"22", 50.008, 70}, {"48", 80, 80}, {"49", 40, 40}, {"74", 70, 90},
                {"77", 40, 60}, {"79", 95, 85}, {"91", 90, 90}, {"89", 60, 60}, {"93", 40, 40}};
        for (Object[] row : y2081) {
            Events.submission((String) row[0], FW, "2081", t, values("X", row[1], "Y", row[2]));
        }
        Object[][] y2083 = {{"79", 80, 80}, {"01", 70, 70}, {"22", 90, 70}, {"48", 55, 55}, {"91", 60, 60}};
        for (Object[] row : y2083) {
            Events.submission((String) row[0], FW, "2083", t, values("X", row[1], "Y", row[2]));
        }
        await().atMost(WAIT).until(() -> Api.standings(FW, "2081"), j -> j != null && j.getInt("unitCount") == 10
                && j.getList("entries.missing", Integer.class).stream().allMatch(m -> m == 0));
        await().atMost(WAIT).until(() -> Api.standings(FW, "2083"), j -> j != null && j.getInt("unitCount") == 5
                && j.getList("entries.missing", Integer.class).stream().allMatch(m -> m == 0)
                && "Tỉnh E".equals(j.getString("entries.find { it.unitCode == '91' }.unitName")));
    }

    private static JsonPath restated(String period, String query) {
        return Api.json(Api.as("submitter").get("/api/v1/standings/" + FW + "/" + period + "/restated?" + query).then()
                .statusCode(200).contentType("application/json").extract().asString());
    }

    @Test
    void mergersOfTwoAndThreeAnUnchangedUnitAndATieAfterRounding() {
        data();
        JsonPath r = restated("2081", "asOf=2082-07-01");
        assertThat(r.getString("asOf")).isEqualTo("2082-07-01");
        assertThat(r.getString("rule")).isEqualTo("MEAN_OF_PREDECESSORS");
        assertThat(r.getString("period")).isEqualTo("2081");
        assertThat(r.getInt("version")).isEqualTo(Api.standings(FW, "2081").getInt("version"));
        assertThat(r.getString("node")).isEqualTo("R");
        assertThat(r.getInt("unitCount")).isEqualTo(6);
        assertThat(r.getList("entries.unitCode")).containsExactly("91", "79", "01", "22", "48", "93");
        assertThat(r.getList("entries.rank", Integer.class)).containsExactly(1, 2, 3, 4, 4, 6);
        assertThat(r.getList("entries.score", Double.class)).zipSatisfy(List.of(0.75, 2.2 / 3, 0.70, 0.60004, 0.60, 0.40),
                (actual, expected) -> assertThat(actual).isCloseTo(expected, within(1e-9)));
        assertThat(r.getList("entries.predecessors")).containsExactly(List.of("89", "91"), List.of("74", "77", "79"), List.of("01"),
                List.of("22"), List.of("48", "49"), List.of("93"));
        assertThat(r.getList("entries.unitName")).containsExactly("Tỉnh C", "Thành phố Hồ Chí Minh", "Hà Nội", "Quảng Ninh",
                "Đà Nẵng", "Tỉnh D");
        assertThat(r.getList("entries.notReported")).allSatisfy(l -> assertThat((List<?>) l).isEmpty());
        // every node is restated: 79's X is (0.70 + 0.40 + 0.95)/3, its Y (0.90 + 0.60 + 0.85)/3
        assertThat(r.getList("entries[1].children.code")).containsExactly("X", "Y");
        assertThat(r.getDouble("entries[1].children[0].score")).isCloseTo(2.05 / 3, within(1e-9));
        assertThat(r.getDouble("entries[1].children[1].score")).isCloseTo(2.35 / 3, within(1e-9));
        // Y: 79 0.7833, 91 0.75, 22 0.70, 01 and 48 tied at 0.60, 93 0.40
        assertThat(r.getList("entries.children.rank.flatten()")).isNotEmpty();
        assertThat(r.getInt("entries[1].children[1].rank")).isEqualTo(1);
        assertThat(r.getInt("entries[2].children[1].rank")).isEqualTo(4);
        assertThat(r.getInt("entries[4].children[1].rank")).isEqualTo(4);

        // ranked by X: 01 0.80, 91 0.75, 79 0.6833, 48 0.60, 22 0.50008, 93 0.40
        JsonPath x = restated("2081", "asOf=2082-07-01&node=X");
        assertThat(x.getString("node")).isEqualTo("X");
        assertThat(x.getList("entries.unitCode")).containsExactly("01", "91", "79", "48", "22", "93");
        assertThat(x.getList("entries.rank", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aUnitMergedTwiceStandsForEveryUnitOfThePeriodItDescendsFrom() {
        data();
        JsonPath r = restated("2081", "asOf=2083-01-01");
        assertThat(r.getList("entries.unitCode")).containsExactly("79", "01", "91", "22", "48");
        assertThat(r.getList("entries.rank", Integer.class)).containsExactly(1, 2, 3, 4, 4);
        assertThat(r.getList("entries[2].predecessors")).containsExactly("89", "91", "93");
        assertThat(r.getString("entries[2].unitName")).isEqualTo("Tỉnh E");
        // the plain mean of A, B and D, not the mean of C's mean and D (0.575)
        assertThat(r.getDouble("entries[2].score")).isCloseTo(1.9 / 3, within(1e-9));
    }

    @Test
    void badAsOfIs400AndNoLineageOrNoStandingsIs404() {
        data();
        String base = "/api/v1/standings/" + FW + "/2081/restated";
        for (String bad : List.of("?asOf=2082-13-01", "?asOf=yesterday", "?asOf=", "")) {
            Api.as("committee").get(base + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("asOf"));
        }
        Api.as("committee").get(base + "?asOf=2084-06-01").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No lineage from the unit 95 valid on 2084-06-01 to any unit of the period."));
        // lineage runs back in time only: 2083 cannot be restated on the units of 2081
        Api.as("committee").get("/api/v1/standings/" + FW + "/2083/restated?asOf=2081-06-01").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No lineage from the units"));
        Api.as("committee").get("/api/v1/standings/" + FW + "/2080/restated?asOf=2082-07-01").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("No standings"));
        Api.as("committee").get("/api/v1/standings/T-NO-SUCH/2081/restated?asOf=2082-07-01").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("committee").get(base + "?asOf=2082-07-01&node=Z").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("no node Z"));
        io.restassured.RestAssured.given().get(base + "?asOf=2082-07-01").then().statusCode(401);
    }

    /**
     * 2083: 22 and 79 0.80 (tied 1st), 01 0.70, 91 0.60, 48 0.55. Against 2081 restated on the units
     * of 2083-12-31 (the second table above).
     */
    @Test
    void aProfileComparesAcrossTheBoundaryWithTheRestatedPeriod() {
        data();
        String base = "/api/v1/standings/" + FW + "/2083/units/";
        JsonPath hcm = Api.json(Api.as("committee").get(base + "79?compareTo=2081").then().statusCode(200).extract().asString());
        assertThat(hcm.getInt("rank")).isEqualTo(1);
        assertThat(hcm.getString("comparison.compareBasis")).isEqualTo("RESTATED");
        assertThat(hcm.getString("comparison.restatedAsOf")).isEqualTo("2083-12-31");
        assertThat(hcm.getString("comparison.rule")).isEqualTo("MEAN_OF_PREDECESSORS");
        assertThat(hcm.getString("comparison.basis")).isEqualTo("PREDECESSORS_MEAN");
        assertThat(hcm.getList("comparison.comparedWith")).containsExactly("74", "77", "79");
        assertThat(hcm.getDouble("comparison.previousScore")).isCloseTo(2.2 / 3, within(1e-9));
        assertThat(hcm.getDouble("comparison.scoreChange")).isCloseTo(0.8 - 2.2 / 3, within(1e-9));
        assertThat(hcm.getInt("comparison.previousRank")).isEqualTo(1);
        assertThat(hcm.getInt("comparison.rankChange")).isZero();
        // node X: now 0.80 (2nd after 22's 0.90), before (0.70 + 0.40 + 0.95)/3, 2nd after 01's 0.80
        List<String> nodes = hcm.getList("comparison.nodes.code");
        int xi = nodes.indexOf("X");
        assertThat(hcm.getDouble("comparison.nodes[" + xi + "].previousScore")).isCloseTo(2.05 / 3, within(1e-9));
        assertThat(hcm.getInt("comparison.nodes[" + xi + "].previousRank")).isEqualTo(2);

        // unchanged 22: its own 2081 score, but its rank among the 5 units (4th), not among the 10 (6th)
        JsonPath qn = Api.json(Api.as("committee").get(base + "22?compareTo=2081").then().statusCode(200).extract().asString());
        assertThat(qn.getString("comparison.basis")).isEqualTo("SAME_UNIT");
        assertThat(qn.getString("comparison.compareBasis")).isEqualTo("RESTATED");
        assertThat(qn.getDouble("comparison.previousScore")).isCloseTo(0.60004, within(1e-9));
        assertThat(qn.getInt("comparison.previousRank")).isEqualTo(4);
        assertThat(qn.getInt("comparison.rankChange")).isEqualTo(3);

        // merged twice: against the mean of A, B and D
        JsonPath e = Api.json(Api.as("committee").get(base + "91?compareTo=2081").then().statusCode(200).extract().asString());
        assertThat(e.getList("comparison.comparedWith")).containsExactly("89", "91", "93");
        assertThat(e.getDouble("comparison.previousScore")).isCloseTo(1.9 / 3, within(1e-9));
        assertThat(e.getInt("comparison.previousRank")).isEqualTo(3);
        assertThat(e.getInt("rank")).isEqualTo(4);
        assertThat(e.getInt("comparison.rankChange")).isEqualTo(-1);
    }
}
