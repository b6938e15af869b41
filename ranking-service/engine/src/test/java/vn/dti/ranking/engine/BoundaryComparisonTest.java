package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.BoundaryComparison.UnitMove;
import vn.dti.ranking.engine.Framework.MissingValues;

/**
 * 2025 on the four units of {@link RestatementTest} against 2024 restated on them.
 *
 * <pre>
 * 2025   X    Y    DTI    rank | 2024 restated DTI   rank | rank change
 * 22     0.9  0.7  0.80   1    | 0.60004             3    | +2
 * 79     0.8  0.8  0.80   1    | 0.73333…            1    |  0
 * 01     0.7  0.7  0.70   3    | 0.70                2    | −1
 * 48     0.5  0.6  0.55   4    | 0.60                3    | −1
 * </pre>
 *
 * Like-for-like means over the same four units: 2025 2.85/4 = 0.7125; 2024 restated
 * (0.70 + 0.60004 + 0.60 + 0.733333…)/4 = 0.658343333…; change +0.054156666…. (The mean of the
 * seven 2024 units, 4.70004/7 = 0.67143…, is not on the same units and is not used.)
 */
class BoundaryComparisonTest {

    static Scores period2025(String... extra) {
        Framework f = RestatementTest.framework(MissingValues.ZERO);
        String[] units = extra.length == 0 ? new String[] {"01", "22", "48", "79"} : new String[] {"01", "22", "48", "79", extra[0]};
        double[][] values = extra.length == 0
                ? new double[][] {{0.7, 0.9, 0.5, 0.8}, {0.7, 0.7, 0.6, 0.8}}
                : new double[][] {{0.7, 0.9, 0.5, 0.8, 0.1}, {0.7, 0.7, 0.6, 0.8, 0.1}};
        return ScoringEngine.score(f, Examples.rows(f, units, values));
    }

    @Test
    void everyUnitHasItsPreviousRankOnTheNewBasisAndALikeForLikeMeanChange() {
        BoundaryComparison.Result c = BoundaryComparison.of(period2025(), RestatementTest.restated());
        assertThat(c.node()).isEqualTo("DTI");
        assertThat(c.rule()).isEqualTo("MEAN_OF_PREDECESSORS");
        assertThat(c.units()).extracting(UnitMove::unitCode).containsExactly("22", "79", "01", "48");
        assertThat(c.units()).extracting(UnitMove::rank).containsExactly(1, 1, 3, 4);
        assertThat(c.units()).extracting(UnitMove::previousRank).containsExactly(3, 1, 2, 3);
        assertThat(c.units()).extracting(UnitMove::rankChange).containsExactly(2, 0, -1, -1);
        UnitMove hcm = c.unit("79");
        assertThat(hcm.predecessors()).containsExactly("74", "77", "79");
        assertThat(hcm.previousScore()).isCloseTo(2.2 / 3, within(1e-12));
        assertThat(hcm.scoreChange()).isCloseTo(0.8 - 2.2 / 3, within(1e-12));
        assertThat(c.unit("01").predecessors()).containsExactly("01");
        assertThat(c.compared()).isEqualTo(4);
        assertThat(c.meanScore()).isCloseTo(0.7125, within(1e-12));
        assertThat(c.previousMeanScore()).isCloseTo(0.6583433333333, within(1e-12));
        assertThat(c.meanChange()).isCloseTo(0.0541566666667, within(1e-12));
        assertThat(c.risers(5)).extracting(UnitMove::unitCode).containsExactly("22");
        assertThat(c.fallers(5)).extracting(UnitMove::unitCode).containsExactly("01", "48");
        assertThat(c.fallers(1)).extracting(UnitMove::unitCode).containsExactly("01");
    }

    @Test
    void atAnotherNode() {
        // Y 2025: 01 0.7, 22 0.7, 48 0.6, 79 0.8 → ranks 2, 2, 4, 1; restated Y ranks 01 3, 22 2, 48 3, 79 1
        BoundaryComparison.Result y = BoundaryComparison.of(period2025(), RestatementTest.restated(), "Y");
        assertThat(y.units()).extracting(UnitMove::unitCode).containsExactly("79", "01", "22", "48");
        assertThat(y.units()).extracting(UnitMove::rankChange).containsExactly(0, 1, 0, -1);
        // (0.8 + 0.7 + 0.7 + 0.6)/4 − (2.35/3 + 0.6 + 0.7 + 0.6)/4
        assertThat(y.meanChange()).isCloseTo((2.8 - 2.35 / 3 - 1.9) / 4, within(1e-12));
        assertThatThrownBy(() -> BoundaryComparison.of(period2025(), RestatementTest.restated(), "NOPE"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aUnitWithoutPreviousFiguresIsLeftOutOfTheMeans() {
        BoundaryComparison.Result c = BoundaryComparison.of(period2025("99"), RestatementTest.restated());
        UnitMove fresh = c.unit("99");
        assertThat(fresh.previousRank()).isNull();
        assertThat(fresh.rankChange()).isNull();
        assertThat(fresh.predecessors()).isEmpty();
        assertThat(c.compared()).isEqualTo(4);
        assertThat(c.meanScore()).isCloseTo(0.7125, within(1e-12));
        assertThat(c.risers(10)).extracting(UnitMove::unitCode).containsExactly("22");
        // the split by node of one unit still works on the restated scores
        Comparison.UnitChange hcm = Comparison.of(period2025(), RestatementTest.restated().scores(), "79");
        assertThat(ComparisonTest.node(hcm, "X").contributionChange() + ComparisonTest.node(hcm, "Y").contributionChange())
                .isCloseTo(hcm.scoreChange(), within(1e-12));
        assertThat(List.of(hcm.previousRank(), hcm.rankChange())).containsExactly(1, 0);
    }
}
