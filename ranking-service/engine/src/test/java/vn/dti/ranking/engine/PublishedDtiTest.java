package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.ranking.engine.Framework.Node.aggregate;
import static vn.dti.ranking.engine.Framework.Node.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Rule;

/**
 * The provincial DTI as published for 2021–2024: DTI = 0.1 × (awareness + institutions +
 * infrastructure + workforce + cyber-security) + 0.2 × digital government + 0.15 × digital economy
 * + 0.15 × digital society, on main-index values already in [0, 1] (method NONE), published to 4
 * decimals, equal published scores sharing a rank (2022: two provinces 15th, the next 17th).
 */
class PublishedDtiTest {

    static final String[] MAIN_INDEXES = {"AWARENESS", "INSTITUTIONS", "INFRASTRUCTURE", "WORKFORCE", "SECURITY",
            "DIGITAL_GOVERNMENT", "DIGITAL_ECONOMY", "DIGITAL_SOCIETY"};
    static final double[] WEIGHTS = {0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.15, 0.15};

    static Framework dti() {
        Framework.Node[] indexes = new Framework.Node[MAIN_INDEXES.length];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = indicator(MAIN_INDEXES[i], WEIGHTS[i], Rule.of(Method.NONE));
        }
        return new Framework("DTI-2022-PROVINCE", 4, MissingValues.ZERO, aggregate("DTI", 1, indexes));
    }

    // One row per province, the 8 main indexes in the order above.
    static final String[] PROVINCES = {"P1", "P2", "P3", "P4", "P5"};
    static final double[][] MAIN_INDEX_VALUES = {
            // 0.9 everywhere → 0.9
            {0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9},
            // 0.1 × (0.736 + 0.464 + 0.585 + 0.544 + 0.88) + 0.2 × 0.754 + 0.15 × (0.868 + 0.749)
            // = 0.3209 + 0.1508 + 0.24255 = 0.71425 exactly, which binary arithmetic leaves at 0.71424999999999994…
            {0.736, 0.464, 0.585, 0.544, 0.88, 0.754, 0.868, 0.749},
            // 0.1 × (0.8 + 0.7 + 0.6 + 0.65 + 0.75) + 0.2 × 0.7 + 0.15 × (0.7456 + 0.75) = 0.35 + 0.14 + 0.22434 = 0.71434
            {0.8, 0.7, 0.6, 0.65, 0.75, 0.7, 0.7456, 0.75},
            // as P3 with 0.7493 for the last: 0.35 + 0.14 + 0.15 × 1.4949 = 0.714235
            {0.8, 0.7, 0.6, 0.65, 0.75, 0.7, 0.7456, 0.7493},
            // 0.5 everywhere → 0.5
            {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}};

    static Scores compute() {
        Framework framework = dti();
        double[][] values = new double[MAIN_INDEXES.length][PROVINCES.length];
        for (int p = 0; p < PROVINCES.length; p++) {
            for (int i = 0; i < MAIN_INDEXES.length; i++) {
                values[i][p] = MAIN_INDEX_VALUES[p][i];
            }
        }
        return ScoringEngine.score(framework, new Dataset(PROVINCES, framework.indicatorCodes(), values));
    }

    @Test
    void publishedScoresAndRanksTiesIncluded() {
        Scores s = compute();
        // Published: 0.9000, 0.7143 (0.71425 rounded half up), 0.7143 (0.71434), 0.7142 (0.714235), 0.5000
        assertThat(Arrays.stream(s.score()[0]).mapToObj(v -> Rank.rounded(v, 4).toPlainString()))
                .containsExactly("0.9000", "0.7143", "0.7143", "0.7142", "0.5000");
        // P2 and P3 share 2nd; the next is 4th
        assertThat(s.rank()[0]).containsExactly(1, 2, 2, 4, 5);
    }

    @Test
    void theTieSurvivesBinaryFloatingError() {
        double p2 = compute().score()[0][1];
        // the trap is real: rounding the double as it is would publish 0.7142 and rank P2 4th, tied with P4
        assertThat(p2).isLessThan(0.71425);
        assertThat(new BigDecimal(p2).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.7142");
        assertThat(Rank.key(p2, 4)).isEqualTo(7143);
    }

    @Test
    void contributionsAreTheWeightedMainIndexes() {
        Scores s = compute();
        // P3: 0.1 × 0.8 = 0.08 from awareness, 0.2 × 0.7 = 0.14 from digital government, 0.15 × 0.75 = 0.1125 from society
        assertThat(s.contribution()[0][2]).isCloseTo(0.08, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(s.contribution()[5][2]).isCloseTo(0.14, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(s.contribution()[7][2]).isCloseTo(0.1125, org.assertj.core.api.Assertions.within(1e-12));
    }
}
