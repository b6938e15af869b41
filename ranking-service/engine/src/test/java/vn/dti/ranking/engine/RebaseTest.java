package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.dti.ranking.engine.Examples.NaN;
import static vn.dti.ranking.engine.NormaliseTest.assertScores;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.MissingValues;

/**
 * The small example's four provinces restated on three: HP absorbs DN and keeps HP's code (as
 * 2025's Quảng Trị kept code 44). Before: DTI HN 0.90, HP 0.705, DN 0.685, CT 0.30.
 */
class RebaseTest {

    static final Scores BEFORE = ProfilesTest.ScoreSmall.zero();

    static Map<String, List<String>> lineage() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("HN", List.of("HN"));
        map.put("HP", List.of("HP", "DN"));
        map.put("CT", List.of("CT"));
        return map;
    }

    @Test
    void aMergedUnitScoresThePlainMeanOfItsPredecessors() {
        Scores rebased = Rebase.of(BEFORE, lineage());
        assertThat(rebased.units()).containsExactly("HN", "HP", "CT");
        // DTI: HP = (0.705 + 0.685)/2 = 0.695; INFRA (2.2/3 + 0.6)/2 = 2/3; GOV (0.6625 + 0.8125)/2 = 0.7375
        assertScores(rebased.score()[0], 0.90, 0.695, 0.30);
        assertScores(rebased.score()[1], 2.6 / 3, 2.0 / 3, 1.0 / 3);
        assertScores(rebased.score()[4], 0.95, 0.7375, 0.25);
        assertThat(rebased.rank()[0]).containsExactly(1, 2, 3);
        // re-ranked among the three: GOV 0.95, 0.7375, 0.25
        assertThat(rebased.rank()[4]).containsExactly(1, 2, 3);
        // contributions are means too, so they still add up: BROADBAND (0.24 + 0.36)/2 = 0.3
        assertThat(rebased.contribution()[0][1]).isCloseTo(0.3, within(1e-12));
        assertThat(ScoringEngineTest.sum(ScoringEngineTest.column(rebased.contribution(), 1)))
                .isCloseTo(0.695, within(1e-12));
        // raw (80 + 95)/2 = 87.5; CT's missing ONLINE stays missing
        assertThat(rebased.raw()[0][1]).isEqualTo(87.5);
        assertThat(rebased.raw()[2][2]).isNaN();
        assertThat(rebased.missing()).containsExactly(0, 0, 1);
        assertThat(rebased.nodes()).isEqualTo(BEFORE.nodes());
    }

    @Test
    void aNewUnitCanBeComparedWithItsPredecessors() {
        Framework framework = Examples.small(MissingValues.ZERO);
        Scores after = ScoringEngine.score(framework, Examples.rows(framework, new String[] {"HN", "HP", "CT"},
                new double[][] {{90, 90, 50}, {1, 1, 1}, {88, 80, NaN}, {2, 2, 10}, {0.9, 0.9, 0.5}}));
        Comparison.UnitChange hp = Comparison.of(after, Rebase.of(BEFORE, lineage()), "HP");
        // HP now: INFRA 2/3 × 0.8 + 1/3 = 2.6/3, GOV 0.25 + 0.25 + 0.45 = 0.95 → 0.90, tied 1st with HN
        assertThat(hp.score()).isCloseTo(0.90, within(1e-12));
        assertThat(hp.previousScore()).isCloseTo(0.695, within(1e-12));
        assertThat(hp.rank()).isEqualTo(1);
        assertThat(hp.previousRank()).isEqualTo(2);
        double split = ComparisonTest.node(hp, "INFRA").contributionChange()
                + ComparisonTest.node(hp, "GOV").contributionChange();
        assertThat(split).isCloseTo(0.90 - 0.695, within(1e-12));
    }

    @Test
    void refusesUnknownOrEmptyPredecessors() {
        assertThatThrownBy(() -> Rebase.of(BEFORE, Map.of("X", List.of("ZZ"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ZZ");
        assertThatThrownBy(() -> Rebase.of(BEFORE, Map.of("X", List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
