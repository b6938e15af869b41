package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dti.ranking.engine.Framework.Node.aggregate;
import static vn.dti.ranking.engine.Framework.Node.indicator;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Rule;
import vn.dti.ranking.engine.Sensitivity.Result;

class SensitivityTest {

    static final Framework SMALL = Examples.small(MissingValues.ZERO);
    static final Dataset DATA = Examples.smallData(SMALL);

    @Test
    void theSameSeedGivesTheSameResult() {
        Result a = Sensitivity.run(SMALL, DATA, 500, 42, 0.3);
        Result b = Sensitivity.run(SMALL, DATA, 500, 42, 0.3);
        assertThat(a.medianRank()).containsExactly(b.medianRank());
        assertThat(a.p5Rank()).containsExactly(b.p5Rank());
        assertThat(a.p95Rank()).containsExactly(b.p95Rank());
        assertThat(a.units()).containsExactly(Examples.UNITS);
        assertThat(a.runs()).isEqualTo(500);
        assertThat(a.seed()).isEqualTo(42);
        assertThat(a.weightNoise()).isEqualTo(0.3);
    }

    @Test
    void noNoiseGivesTheNominalRankInEveryRun() {
        Result r = Sensitivity.run(SMALL, DATA, 101, 1, 0);
        int[] nominal = ScoringEngine.score(SMALL, DATA).rank()[0];
        assertThat(r.nominalRank()).containsExactly(nominal);
        assertThat(r.nominalRank()).containsExactly(1, 2, 3, 4);
        assertThat(r.p5Rank()).containsExactly(nominal);
        assertThat(r.p95Rank()).containsExactly(nominal);
        assertThat(r.medianRank()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aUnitAheadOnEveryIndicatorKeepsItsRankWhateverTheWeights() {
        // Each province is better than the next on every indicator, so positive weights cannot reorder them.
        Framework framework = Examples.small(MissingValues.ZERO);
        Dataset data = Examples.rows(framework, new String[] {"A", "B", "C"}, new double[][] {
                {95, 80, 60}, {1, 1, 0}, {90, 70, 50}, {1, 3, 9}, {0.9, 0.6, 0.2}});
        Result r = Sensitivity.run(framework, data, 1000, 7, 0.5);
        assertThat(r.nominalRank()).containsExactly(1, 2, 3);
        assertThat(r.p5Rank()).containsExactly(1, 2, 3);
        assertThat(r.p95Rank()).containsExactly(1, 2, 3);
        assertThat(r.medianRank()).containsExactly(1, 2, 3);
    }

    @Test
    void aNominalTieSplitsUnderPerturbation() {
        // A is perfect on X only, B on Y only: with equal weights both score 0.5 and share 1st; any
        // perturbation favours one of them, each about half the time.
        Framework framework = new Framework("TIE", 4, MissingValues.ZERO, aggregate("R", 1,
                indicator("X", 1, Rule.of(Method.NONE)), indicator("Y", 1, Rule.of(Method.NONE))));
        Dataset data = new Dataset(new String[] {"A", "B"}, new String[] {"X", "Y"}, new double[][] {{1, 0}, {0, 1}});
        Result r = Sensitivity.run(framework, data, 1000, 3, 0.2);
        assertThat(r.nominalRank()).containsExactly(1, 1);
        assertThat(r.p5Rank()).containsExactly(1, 1);
        assertThat(r.p95Rank()).containsExactly(2, 2);
        // the median is 1, 1.5 or 2; the interval always contains the nominal rank
        for (double median : r.medianRank()) {
            assertThat(median).isBetween(1.0, 2.0);
        }
    }

    @Test
    void intervalsContainTheNominalRankAndAreOrdered() {
        Result r = Sensitivity.run(SMALL, DATA, 2000, 11, 0.25);
        for (int u = 0; u < r.units().length; u++) {
            assertThat(r.p5Rank()[u]).isLessThanOrEqualTo(r.nominalRank()[u]);
            assertThat(r.p95Rank()[u]).isGreaterThanOrEqualTo(r.nominalRank()[u]);
            assertThat(r.medianRank()[u]).isBetween((double) r.p5Rank()[u], (double) r.p95Rank()[u]);
        }
        // HN (0.90) and CT (0.30) are far from the others: their ranks cannot move with ±25 % weights
        assertThat(r.p5Rank()[0]).isEqualTo(1);
        assertThat(r.p95Rank()[0]).isEqualTo(1);
        assertThat(r.p5Rank()[3]).isEqualTo(4);
        assertThat(r.p95Rank()[3]).isEqualTo(4);
    }

    @Test
    void manyRunsUseTheHistogramAndAgreeWithFewerRuns() {
        // 4 units: more than 5 runs switches the tally to a histogram; a dominated ordering gives the same answer.
        Result r = Sensitivity.run(SMALL, DATA, 100_000, 5, 0);
        assertThat(r.medianRank()).containsExactly(1, 2, 3, 4);
        assertThat(r.p95Rank()).containsExactly(1, 2, 3, 4);
    }

    @Test
    void validatesItsArguments() {
        assertThatThrownBy(() -> Sensitivity.run(SMALL, DATA, 0, 1, 0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.run(SMALL, DATA, 100_001, 1, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.run(SMALL, DATA, 10, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.run(SMALL, DATA, 10, 1, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sensitivity.run(SMALL, DATA, 10, 1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
