package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The JSON brief's figures against values computed by hand from {@link Fixture}. */
@QuarkusTest
class BriefFiguresTest {

    @Inject
    Db db;

    @BeforeEach
    void fixture() {
        Fixture.load(db);
    }

    private static JsonPath brief(String language) {
        Response r = Api.create(Api.request("Phiên họp quý II", Fixture.FW, "2031", "2030", language));
        assertThat(r.header("Location")).matches(".*/api/v1/briefs/[0-9a-f-]{36}");
        assertThat(r.contentType()).startsWith("application/json");
        return Api.json(r);
    }

    @Test
    void headlineFiguresCompletenessOnTimeShareMeanAndMedian() {
        JsonPath b = brief("en");
        assertThat(b.getString("frameworkCode")).isEqualTo("T-BRIEF");
        assertThat(b.getString("frameworkName")).isEqualTo("Test provincial DTI");
        assertThat(b.getInt("standingsVersion")).as("version 2 arrived after 3 and was ignored").isEqualTo(3);
        assertThat(b.getInt("compareStandingsVersion")).isEqualTo(1);
        assertThat(OffsetDateTime.parse(b.getString("dataCutoff")))
                .as("Hải Phòng's late correction is the latest value").isAtSameInstantAs(OffsetDateTime.parse("2032-04-10T11:00:00+07:00"));
        // 6 units x 5 indicators = 30 expected; 5 + 5 + 5 + 4 + 5 + 0 = 24 reported
        assertThat(b.getInt("headline.unitsRanked")).isEqualTo(6);
        assertThat(b.getInt("headline.indicators")).isEqualTo(5);
        assertThat(b.getInt("headline.expectedValues")).isEqualTo(30);
        assertThat(b.getInt("headline.reportedValues")).isEqualTo(24);
        assertThat(b.getDouble("headline.completeness")).isCloseTo(0.8, within(1e-9));
        assertThat(b.getInt("headline.unitsReporting")).isEqualTo(5);
        assertThat(b.getInt("headline.unitsFullyReported")).isEqualTo(4);
        // late: Huế's 5 values and Hải Phòng's corrected e-commerce value; on time 18 of 24
        assertThat(b.getInt("headline.lateValues")).isEqualTo(6);
        assertThat(b.getDouble("headline.onTimeShare")).isCloseTo(0.75, within(1e-9));
        assertThat(b.getInt("headline.unitsOnTime")).isEqualTo(3);
        // mean (0.885 + 0.8825 + 0.795 + 0.61 + 0.40 + 0) / 6; median (0.61 + 0.795) / 2
        assertThat(b.getDouble("headline.meanScore")).isCloseTo(3.5725 / 6, within(1e-9));
        assertThat(b.getDouble("headline.medianScore")).isCloseTo(0.7025, within(1e-9));
        // 2030: (0.86 + 0.80 + 0.70 + 0.55 + 0.50 + 0.10) / 6 = 0.585
        assertThat(b.getDouble("headline.compareMeanScore")).isCloseTo(0.585, within(1e-9));
        assertThat(b.getDouble("headline.meanChange")).isCloseTo(3.5725 / 6 - 0.585, within(1e-9));
        assertThat(b.getList("summary", String.class)).contains(
                "6 provinces were ranked on Test provincial DTI for 2031; 24 of 30 indicator values were reported (80.0 %) and 4 provinces reported in full.",
                "Bình Dương leads with a score of 0.8850, ahead of Đà Nẵng (0.8825).",
                "The national mean score is 0.5954 (median 0.7025), up 0.0104 from 2030.",
                "National targets met: 1 of 2.",
                "Provinces that have not reported: 1; that reported part of the indicators: 1; that reported late: 2. 75.0 % of the reported values arrived on time.");
    }

    @Test
    void rankingWithRankChangesTopAndBottomFive() {
        JsonPath b = brief("en");
        assertThat(b.getList("ranking.unitName")).containsExactly("Bình Dương", "Đà Nẵng", "Hà Nội", "Thừa Thiên Huế", "Hải Phòng", "Hà Giang");
        assertThat(b.getList("ranking.previousRank", Integer.class)).containsExactly(3, 1, 2, 5, 4, 6);
        assertThat(b.getList("ranking.rankChange", Integer.class)).containsExactly(2, -1, -1, 1, -1, 0);
        assertThat(b.getDouble("ranking[4].scoreChange")).isCloseTo(-0.15, within(1e-9));
        assertThat(b.getList("top.unitCode")).containsExactly("74", "48", "01", "46", "31");
        assertThat(b.getList("bottom.unitCode")).containsExactly("48", "01", "46", "31", "02");
    }

    @Test
    void pillarLeadersWithTheirStrongestIndicator() {
        JsonPath b = brief("en");
        assertThat(b.getList("pillarLeaders.pillarCode")).containsExactly("INFRA", "GOV", "ECON");
        assertThat(b.getList("pillarLeaders.unitName")).containsExactly("Đà Nẵng", "Bình Dương", "Bình Dương");
        assertThat(b.getList("pillarLeaders.score", Double.class)).containsExactly(0.90, 0.96, 0.90);
        // Đà Nẵng has the best fibre coverage (percentile 1) and shares the plan (0.625);
        // Bình Dương's e-commerce (better than 3 of 4: 0.75) beats its incidents (2 of 3: 0.67)
        assertThat(b.getList("pillarLeaders.indicatorCode")).containsExactly("FIBRE", "OPS_TIMELY", "ECOMMERCE");
        assertThat(b.getList("pillarLeaders.sentence")).containsExactly(
                "Đà Nẵng leads in digital infrastructure with a score of 0.9000, its households with fibre broadband at 95 %.",
                "Bình Dương leads in digital government with a score of 0.9600, its online public services processed on time at 98.01 %.",
                "Bình Dương leads in digital economy with a score of 0.9000, its e-commerce share of retail sales at 11.27 %.");
    }

    @Test
    void moversAndThePillarThatMovedThemMost() {
        JsonPath b = brief("en");
        // up: Bình Dương +2, Huế +1. Bình Dương: INFRA +0.14 x 0.5 = 0.07, GOV +0.16 x 0.25 = 0.04,
        // ECON +0.30 x 0.25 = 0.075 -> ECON. Huế: INFRA 0.05, GOV 0.24 x 0.25 = 0.06 -> GOV.
        assertThat(b.getList("movers.up.unitCode")).containsExactly("74", "46");
        assertThat(b.getList("movers.up.rankChange", Integer.class)).containsExactly(2, 1);
        assertThat(b.getList("movers.up.pillarCode")).containsExactly("ECON", "GOV");
        assertThat(b.getDouble("movers.up[0].pillarScoreChange")).isCloseTo(0.30, within(1e-9));
        assertThat(b.getDouble("movers.up[0].pillarContribution")).isCloseTo(0.075, within(1e-9));
        assertThat(b.getDouble("movers.up[1].pillarContribution")).isCloseTo(0.06, within(1e-9));
        // down, each -1, by score change: Hải Phòng -0.15 (INFRA -0.2 x 0.5 = -0.1), Hà Nội -0.005
        // (GOV -0.02 x 0.25), Đà Nẵng +0.0225 (INFRA +0.02 x 0.5 = +0.01: it fell although it improved)
        assertThat(b.getList("movers.down.unitCode")).containsExactly("31", "01", "48");
        assertThat(b.getList("movers.down.pillarCode")).containsExactly("INFRA", "GOV", "INFRA");
        assertThat(b.getDouble("movers.down[0].pillarContribution")).isCloseTo(-0.10, within(1e-9));
        assertThat(b.getDouble("movers.down[1].pillarContribution")).isCloseTo(-0.005, within(1e-9));
        assertThat(b.getDouble("movers.down[2].pillarContribution")).isCloseTo(0.01, within(1e-9));
        assertThat(b.getString("movers.up[0].sentence"))
                .isEqualTo("Bình Dương rose 2 places to 1st (from 3rd), lifted most by digital economy (+0.0750 weighted).");
        assertThat(b.getString("movers.down[0].sentence"))
                .isEqualTo("Hải Phòng fell 1 place to 5th (from 4th), pulled down most by digital infrastructure (−0.1000 weighted).");
        assertThat(b.getString("movers.down[2].sentence"))
                .isEqualTo("Đà Nẵng fell 1 place to 2nd (from 1st); its largest pillar change was digital infrastructure (+0.0100 weighted).");
    }

    @Test
    void nationalTargetsMetAndMissedWithTheUnitsBelowThem() {
        JsonPath b = brief("en");
        // e-commerce >= 7: (11.27 + 9.5 + 5 + 12 + 6) / 5 = 8.754, met; below: Huế 5, Hải Phòng 6
        assertThat(b.getString("targets[0].indicatorCode")).isEqualTo("ECOMMERCE");
        assertThat(b.getDouble("targets[0].nationalFigure")).isCloseTo(8.754, within(1e-9));
        assertThat(b.getBoolean("targets[0].met")).isTrue();
        assertThat(b.getInt("targets[0].unitsReporting")).isEqualTo(5);
        assertThat(b.getInt("targets[0].unitsMeeting")).isEqualTo(3);
        assertThat(b.getList("targets[0].unitsBelow.unitName")).containsExactly("Thừa Thiên Huế", "Hải Phòng");
        assertThat(b.getList("targets[0].unitsBelow.value", Double.class)).containsExactly(5.0, 6.0);
        assertThat(b.getList("targets[0].unitsWithoutValue.unitName")).containsExactly("Hà Giang");
        assertThat(b.getString("targets[0].sentence")).isEqualTo(
                "E-commerce share of retail sales: the national figure is 8.75 % against a target of at least 7 % — met. 2 of 5 reporting provinces are below it.");
        // online services >= 95: (98.01 + 96.5 + 90 + 94 + 85) / 5 = 92.702, missed; below, worst first: Hải Phòng, Huế, Hà Nội
        assertThat(b.getDouble("targets[1].nationalFigure")).isCloseTo(92.702, within(1e-9));
        assertThat(b.getBoolean("targets[1].met")).isFalse();
        assertThat(b.getList("targets[1].unitsBelow.unitCode")).containsExactly("31", "46", "01");
        assertThat(b.getList("targets[1].unitsBelow.value", Double.class)).containsExactly(85.0, 90.0, 94.0);
        assertThat(b.getInt("targets[1].unitsMeeting")).isEqualTo(2);
    }

    @Test
    void reportingProfilesAndMethodology() {
        JsonPath b = brief("en");
        assertThat(b.getList("reporting.notReported.unitName")).containsExactly("Hà Giang");
        assertThat(b.getList("reporting.incomplete.unitName")).containsExactly("Hà Nội");
        assertThat(b.getInt("reporting.incomplete[0].reported")).isEqualTo(4);
        assertThat(b.getList("reporting.late.unitCode")).containsExactly("31", "46");
        assertThat(b.getList("reporting.late.lateValues", Integer.class)).containsExactly(1, 5);
        assertThat(OffsetDateTime.parse(b.getString("reporting.dueAt"))).isAtSameInstantAs(OffsetDateTime.parse(Fixture.DUE));

        // Đà Nẵng's percentiles: fibre 1, incidents (lower is better) 1, online services 0.75, plan 0.625, e-commerce 0.5
        assertThat(b.getString("profiles[1].unitName")).isEqualTo("Đà Nẵng");
        assertThat(b.getList("profiles[1].strengths.indicatorCode")).containsExactly("FIBRE", "INCIDENTS", "OPS_TIMELY");
        assertThat(b.getList("profiles[1].weaknesses")).isEmpty();
        assertThat(b.getString("profiles[1].text")).isEqualTo(
                "Đà Nẵng is 2nd of 6 overall with a score of 0.8825 (down 1 place from 1st in 2030); 1st in digital infrastructure, "
                        + "2nd in digital government, 2nd in digital economy. Strengths: households with fibre broadband (95 %); "
                        + "cyber incidents per 100 systems (0.2); online public services processed on time (96.5 %).");
        // Hải Phòng is last on fibre, plan, online services and incidents (0), e-commerce 0.25
        assertThat(b.getList("profiles[4].weaknesses.indicatorCode")).containsExactly("FIBRE", "PLAN", "OPS_TIMELY");
        assertThat(b.getList("profiles[4].weaknesses.percentile", Double.class)).containsExactly(0.0, 0.0, 0.0);
        assertThat(b.getString("profiles[5].text")).isEqualTo("Hà Giang has not reported any value for 2031; it is ranked 6th of 6.");
        assertThat(b.getString("profiles[2].text")).endsWith("1 of 5 indicators have no value.");

        assertThat(b.getList("methodology.pillars.share", Double.class)).containsExactly(0.5, 0.25, 0.25);
        assertThat(b.getList("methodology.normalisation.method")).containsExactly("GOALPOSTS", "BOOLEAN", "TARGET", "MIN_MAX");
        assertThat(b.getList("methodology.normalisation.indicators", Integer.class)).containsExactly(2, 1, 1, 1);
        assertThat(b.getString("methodology.missingValues")).isEqualTo("ZERO");
        assertThat(b.getInt("methodology.rankPrecision")).isEqualTo(4);
        assertThat(b.getInt("methodology.standingsVersion")).isEqualTo(3);
        // the fixture's values (received in 2032) are newer than its standings (computed when sent)
        assertThat(b.getList("methodology.notes", String.class)).hasSize(6).last().asString().startsWith(
                "Some values used here arrived after the standings were computed (latest value 10 April 2032, 11:00 (UTC+7); standings computed ");
    }

    @Test
    void vietnameseSentencesAndNumbers() {
        JsonPath b = brief("vi");
        assertThat(b.getString("frameworkName")).isEqualTo("Chỉ số chuyển đổi số cấp tỉnh (thử nghiệm)");
        assertThat(b.getList("summary", String.class)).contains(
                "6 tỉnh, thành phố được xếp hạng theo Chỉ số chuyển đổi số cấp tỉnh (thử nghiệm), kỳ 2031; đã báo cáo 24/30 giá trị chỉ số (80,0 %), 4 tỉnh, thành phố báo cáo đầy đủ.",
                "Bình Dương dẫn đầu với 0,8850 điểm, tiếp theo là Đà Nẵng (0,8825).",
                "Điểm trung bình cả nước là 0,5954 (trung vị 0,7025), tăng 0,0104 so với kỳ 2030.");
        assertThat(b.getString("pillarLeaders[2].sentence")).isEqualTo(
                "Bình Dương dẫn đầu về kinh tế số với 0,9000 điểm, trong đó tỷ trọng thương mại điện tử trong bán lẻ đạt 11,27 %.");
        assertThat(b.getString("targets[0].label")).isEqualTo("Tỷ trọng thương mại điện tử trong tổng mức bán lẻ");
        assertThat(b.getString("targets[0].sentence")).isEqualTo(
                "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ: bình quân cả nước đạt 8,75 % so với chỉ tiêu tối thiểu 7 % — đạt. 2/5 tỉnh, thành phố đã báo cáo chưa đạt.");
        assertThat(b.getString("movers.up[0].sentence")).isEqualTo(
                "Bình Dương tăng 2 bậc, lên thứ 1 (từ thứ 3), chủ yếu nhờ kinh tế số (+0,0750 điểm có trọng số).");
        assertThat(b.getList("pillars.name")).containsExactly("Hạ tầng số", "Chính quyền số", "Kinh tế số");
        assertThat(b.getString("profiles[0].text")).startsWith("Bình Dương xếp thứ 1/6 về tổng thể với 0,8850 điểm (tăng 2 bậc so với thứ 3 kỳ 2030); thứ 2 về hạ tầng số");
        assertThat(b.getList("methodology.notes", String.class)).last().asString().startsWith(
                "Một số giá trị được dùng trong báo cáo này được nhận sau khi bảng xếp hạng được tính (giá trị mới nhất lúc 11:00 ngày 10/04/2032 (UTC+7);");
    }

    @Test
    void withoutAComparePeriodThereAreNoRankChanges() {
        JsonPath b = Api.json(Api.create(Api.request("No comparison", Fixture.FW, "2031", null, "en")));
        assertThat(b.getString("comparePeriod")).isNull();
        assertThat(b.getList("ranking.rankChange")).containsOnlyNulls();
        assertThat(b.getList("movers.up")).isEmpty();
        assertThat((Object) b.get("headline.meanChange")).isNull();
        assertThat(b.getList("summary", String.class)).contains("The national mean score is 0.5954 (median 0.7025).");
        assertThat(List.of(b.getString("title"))).containsExactly("No comparison");
    }
}
