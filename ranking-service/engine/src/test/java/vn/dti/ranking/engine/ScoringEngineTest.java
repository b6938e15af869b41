package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.dti.ranking.engine.Examples.NaN;
import static vn.dti.ranking.engine.Examples.UNITS;
import static vn.dti.ranking.engine.NormaliseTest.assertScores;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.MissingValues;

/**
 * The small framework of {@link Examples} computed fully by hand (the worked example of
 * docs/methodology.md). Columns are HN, HP, DN, CT; node indices in pre-order:
 * DTI 0, INFRA 1, BROADBAND 2, PLAN 3, GOV 4, ONLINE 5, DELAY 6, OPS 7.
 */
class ScoringEngineTest {

    static final int DTI = 0, INFRA = 1, BROADBAND = 2, PLAN = 3, GOV = 4, ONLINE = 5, DELAY = 6, OPS = 7;

    static Scores score(MissingValues policy) {
        Framework framework = Examples.small(policy);
        return ScoringEngine.score(framework, Examples.smallData(framework));
    }

    @Test
    void normalisedScores() {
        Scores s = score(MissingValues.ZERO);
        // BROADBAND, goalposts 50..100: (90−50)/50 = 0.8, (80−50)/50 = 0.6, (95−50)/50 = 0.9, (50−50)/50 = 0
        assertScores(s.normalised()[0], 0.8, 0.6, 0.9, 0);
        // PLAN, yes/no
        assertScores(s.normalised()[1], 1, 1, 0, 1);
        // ONLINE, target 80: 88/80 → 1, 60/80 = 0.75, 72/80 = 0.9; CT missing → 0 under ZERO
        assertScores(s.normalised()[2], 1, 0.75, 0.9, 0);
        // DELAY, min-max lower is better, min 2 max 10: (10−2)/8 = 1, (10−6)/8 = 0.5, (10−4)/8 = 0.75, 0
        assertScores(s.normalised()[3], 1, 0.5, 0.75, 0);
        // OPS, none
        assertScores(s.normalised()[4], 0.9, 0.7, 0.8, 0.5);
        assertThat(s.raw()[2][3]).isNaN();
        assertThat(s.missing()).containsExactly(0, 0, 0, 1);
        assertThat(s.complete(0)).isTrue();
        assertThat(s.complete(3)).isFalse();
    }

    @Test
    void scoresAndRanksUnderZero() {
        Scores s = score(MissingValues.ZERO);
        // INFRA = 2/3 BROADBAND + 1/3 PLAN: HN 2/3×0.8 + 1/3 = 2.6/3; HP 2/3×0.6 + 1/3 = 2.2/3; DN 2/3×0.9 = 0.6; CT 1/3
        assertScores(s.score()[INFRA], 2.6 / 3, 2.2 / 3, 0.6, 1.0 / 3);
        // GOV = 1/4 ONLINE + 1/4 DELAY + 1/2 OPS: HN 0.25 + 0.25 + 0.45 = 0.95; HP 0.1875 + 0.125 + 0.35 = 0.6625;
        //       DN 0.225 + 0.1875 + 0.4 = 0.8125; CT 0 + 0 + 0.25 = 0.25
        assertScores(s.score()[GOV], 0.95, 0.6625, 0.8125, 0.25);
        // DTI = 0.6 INFRA + 0.4 GOV: HN 0.52 + 0.38 = 0.90; HP 0.44 + 0.265 = 0.705; DN 0.36 + 0.325 = 0.685;
        //       CT 0.2 + 0.1 = 0.30
        assertScores(s.score()[DTI], 0.90, 0.705, 0.685, 0.30);
        assertThat(s.rank()[DTI]).containsExactly(1, 2, 3, 4);
        assertThat(s.rank()[INFRA]).containsExactly(1, 2, 3, 4);
        assertThat(s.rank()[GOV]).containsExactly(1, 3, 2, 4);
        // leaves are ranked too: three provinces have a plan (tie for 1st), DN is 4th
        assertThat(s.rank()[PLAN]).containsExactly(1, 1, 4, 1);
        assertThat(s.rank()[ONLINE]).containsExactly(1, 3, 2, 4);
        assertThat(s.order(DTI)).containsExactly(0, 1, 2, 3);
        assertThat(s.order(GOV)).containsExactly(0, 2, 1, 3);
    }

    @Test
    void contributionsUnderZero() {
        Scores s = score(MissingValues.ZERO);
        // HN: BROADBAND 0.6×2/3×0.8 = 0.32, PLAN 0.6×1/3×1 = 0.2, ONLINE 0.4×1/4×1 = 0.1, DELAY 0.4×1/4×1 = 0.1,
        //     OPS 0.4×1/2×0.9 = 0.18 → 0.9
        assertThat(column(s.contribution(), 0)).containsExactly(new double[] {0.32, 0.2, 0.1, 0.1, 0.18}, within(1e-12));
        // CT: 0, 0.2, 0, 0, 0.4×1/2×0.5 = 0.1 → 0.3
        assertThat(column(s.contribution(), 3)).containsExactly(new double[] {0, 0.2, 0, 0, 0.1}, within(1e-12));
        for (int u = 0; u < UNITS.length; u++) {
            assertThat(sum(column(s.contribution(), u))).isCloseTo(s.score()[DTI][u], within(1e-12));
        }
    }

    @Test
    void meanImputesTheOtherProvincesMeanScore() {
        Scores s = score(MissingValues.MEAN);
        // CT's ONLINE = (1 + 0.75 + 0.9)/3 = 2.65/3 = 0.88333…
        assertThat(s.normalised()[2][3]).isCloseTo(2.65 / 3, within(1e-12));
        // CT's GOV = 0.25 × 2.65/3 + 0 + 0.25 = 0.470833…; DTI = 0.2 + 0.4 × 0.470833… = 0.388333…
        assertThat(s.score()[GOV][3]).isCloseTo(0.25 * 2.65 / 3 + 0.25, within(1e-12));
        assertThat(s.score()[DTI][3]).isCloseTo(0.2 + 0.4 * (0.25 * 2.65 / 3 + 0.25), within(1e-12));
        // the others are unchanged
        assertScores(s.score()[DTI], 0.90, 0.705, 0.685, 0.2 + 0.4 * (0.25 * 2.65 / 3 + 0.25));
        assertThat(s.missing()).containsExactly(0, 0, 0, 1);
    }

    @Test
    void rescaleDropsTheMissingIndicatorAndRenormalises() {
        Scores s = score(MissingValues.RESCALE);
        // CT's GOV without ONLINE: (1/4 × 0 + 1/2 × 0.5)/(1/4 + 1/2) = 0.25/0.75 = 1/3; DTI = 0.2 + 0.4/3
        assertThat(s.score()[GOV][3]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(s.score()[DTI][3]).isCloseTo(0.2 + 0.4 / 3, within(1e-12));
        assertThat(s.normalised()[2][3]).isNaN();
        // contributions: OPS = 0.4 × (0.5/0.75) × 0.5 = 0.4/3; ONLINE contributes nothing
        assertThat(column(s.contribution(), 3)).containsExactly(new double[] {0, 0.2, 0, 0, 0.4 / 3}, within(1e-12));
        // a complete province is computed exactly as under ZERO
        assertThat(s.score()[DTI][0]).isEqualTo(score(MissingValues.ZERO).score()[DTI][0]);
    }

    @Test
    void rescaleWithAWholePillarOrEverythingMissing() {
        Framework framework = Examples.small(MissingValues.RESCALE);
        Dataset data = Examples.rows(framework, new String[] {"A", "B", "C"}, new double[][] {
                {90, 60, NaN}, {1, 0, NaN}, {NaN, 80, NaN}, {NaN, 3, NaN}, {NaN, 0.5, NaN}});
        Scores s = ScoringEngine.score(framework, data);
        // A reported only INFRA: GOV is missing and dropped, so DTI = INFRA = 2/3 × 0.8 + 1/3 × 1 = 2.6/3
        assertThat(s.score()[INFRA][0]).isCloseTo(2.6 / 3, within(1e-12));
        assertThat(s.score()[GOV][0]).isZero();
        assertThat(s.score()[DTI][0]).isCloseTo(2.6 / 3, within(1e-12));
        // C reported nothing: 0 everywhere, last (B: INFRA 2/3 × 0.2 = 0.1333…, GOV = 1/4 + 1/4 + 1/4 = 0.75;
        // DTI 0.08 + 0.3 = 0.38)
        assertScores(s.score()[DTI], 2.6 / 3, 0.38, 0);
        assertThat(s.rank()[DTI]).containsExactly(1, 2, 3);
        assertThat(s.rank()[GOV]).containsExactly(2, 1, 2);
        assertThat(s.missing()).containsExactly(3, 0, 5);
        assertThat(column(s.contribution(), 2)).containsOnly(0.0);
        assertThat(sum(column(s.contribution(), 0))).isCloseTo(2.6 / 3, within(1e-12));
    }

    @Test
    void describesTheTree() {
        Scores s = score(MissingValues.ZERO);
        assertThat(s.nodes()).extracting(Scores.NodeInfo::code)
                .containsExactly("DTI", "INFRA", "BROADBAND", "PLAN", "GOV", "ONLINE", "DELAY", "OPS");
        assertThat(s.nodes().get(GOV).weight()).isCloseTo(0.4, within(1e-15));
        assertThat(s.nodes().get(OPS).weight()).isCloseTo(0.5, within(1e-15));
        assertThat(s.nodes().get(OPS).parent()).isEqualTo(GOV);
        assertThat(s.nodes().get(OPS).depth()).isEqualTo(2);
        assertThat(s.nodes().get(OPS).leaf()).isEqualTo(4);
        assertThat(s.nodes().get(GOV).children()).containsExactly(ONLINE, DELAY, OPS);
        assertThat(s.leaves()).extracting(Scores.NodeInfo::index).containsExactly(2, 3, 5, 6, 7);
        assertThat(s.nodeIndex("DELAY")).isEqualTo(DELAY);
        assertThat(s.unitIndex("DN")).isEqualTo(2);
        assertThat(s.units()).containsExactly(UNITS);
    }

    @Test
    void theInputsAreNotModified() {
        Framework framework = Examples.small(MissingValues.ZERO);
        Dataset data = Examples.smallData(framework);
        Scores s = ScoringEngine.score(framework, data);
        assertThat(data.values()[2][3]).isNaN();
        s.raw()[0][0] = -1;
        assertThat(data.values()[0][0]).isEqualTo(90);
    }

    @Test
    void refusesADatasetThatDoesNotFitTheFramework() {
        Framework framework = Examples.small(MissingValues.ZERO);
        Dataset reordered = new Dataset(new String[] {"A"}, new String[] {"PLAN", "BROADBAND", "ONLINE", "DELAY", "OPS"},
                new double[5][1]);
        assertThatThrownBy(() -> ScoringEngine.score(framework, reordered))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("framework order");
        Dataset twice = Dataset.empty(framework, "A", "A");
        assertThatThrownBy(() -> ScoringEngine.score(framework, twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }

    @Test
    void refusesDuplicateNodeCodes() {
        Framework framework = new Framework("D", 4, MissingValues.ZERO, Framework.Node.aggregate("R", 1,
                Framework.Node.indicator("X", 1, Framework.Rule.of(Framework.Method.NONE)),
                Framework.Node.aggregate("P", 1, Framework.Node.indicator("X", 1,
                        Framework.Rule.of(Framework.Method.NONE)))));
        assertThatThrownBy(() -> Tree.of(framework)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noUnitsGivesEmptyResults() {
        Framework framework = Examples.small(MissingValues.ZERO);
        Scores s = ScoringEngine.score(framework, Dataset.empty(framework));
        assertThat(s.units()).isEmpty();
        assertThat(s.score()[DTI]).isEmpty();
        assertThat(s.rank()[DTI]).isEmpty();
    }

    static double[] column(double[][] byLeaf, int unit) {
        double[] out = new double[byLeaf.length];
        for (int i = 0; i < byLeaf.length; i++) {
            out[i] = byLeaf[i][unit];
        }
        return out;
    }

    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
