package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.Direction;
import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.Rule;

/** Every method and direction of {@link Normalise}, with the arithmetic written out. */
class NormaliseTest {

    static final double NaN = Double.NaN;
    static final Offset<Double> EPS = within(1e-12);

    static double[] norm(Rule rule, double... raw) {
        return Normalise.column(rule, raw);
    }

    static void assertScores(double[] actual, double... expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int u = 0; u < expected.length; u++) {
            if (Double.isNaN(expected[u])) {
                assertThat(actual[u]).as("unit %d", u).isNaN();
            } else {
                assertThat(actual[u]).as("unit %d", u).isCloseTo(expected[u], EPS);
            }
        }
    }

    @Nested
    class None {
        @Test
        void clampsToTheUnitInterval() {
            // 0.3 stays; 1.2 → 1; −0.1 → 0; missing stays missing
            assertScores(norm(Rule.of(Method.NONE), 0.3, 1.2, -0.1, NaN), 0.3, 1, 0, NaN);
        }

        @Test
        void lowerIsBetterIsOneMinus() {
            // 1 − 0.3 = 0.7; 1 − clamp(1.2) = 0; 1 − clamp(−0.1) = 1
            assertScores(norm(Rule.of(Method.NONE).lowerIsBetter(), 0.3, 1.2, -0.1, NaN), 0.7, 0, 1, NaN);
        }

        @Test
        void anInfiniteValueCountsAsMissing() {
            assertScores(norm(Rule.of(Method.NONE), Double.POSITIVE_INFINITY, 0.5), NaN, 0.5);
        }
    }

    @Nested
    class Bool {
        @Test
        void anyNonZeroIsYes() {
            assertScores(norm(Rule.of(Method.BOOLEAN), 1, 0, 2, NaN), 1, 0, 1, NaN);
        }

        @Test
        void lowerIsBetterReverses() {
            assertScores(norm(Rule.of(Method.BOOLEAN).lowerIsBetter(), 1, 0, 2, NaN), 0, 1, 0, NaN);
        }
    }

    @Nested
    class Goalposts {
        @Test
        void linearBetweenTheGoalpostsClippedOutside() {
            // (75 − 50)/(100 − 50) = 0.5; 40 → −0.2 → 0; 100 → 1; 120 → 1.4 → 1
            assertScores(norm(Rule.goalposts(50, 100), 75, 40, 100, 120, NaN), 0.5, 0, 1, 1, NaN);
        }

        @Test
        void lowerIsBetterMeasuresFromHigh() {
            // (100 − 75)/50 = 0.5; (100 − 40)/50 = 1.2 → 1; 0; (100 − 120)/50 → 0; (100 − 90)/50 = 0.2
            assertScores(norm(Rule.goalposts(50, 100).lowerIsBetter(), 75, 40, 100, 120, 90), 0.5, 1, 0, 0, 0.2);
        }

        @Test
        void refusesMissingOrInvertedGoalposts() {
            assertThatThrownBy(() -> norm(new Rule(Method.GOALPOSTS, null, 10.0, null, null), 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> norm(Rule.goalposts(10, 10), 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Target {
        @Test
        void shareOfTheTargetCappedAtOne() {
            // e-commerce share 11.27 % against 7 %: 11.27/7 > 1 → 1; 3.5/7 = 0.5; 7/7 = 1; 0; −1/7 → 0
            assertScores(norm(Rule.target(7), 11.27, 3.5, 7, 0, -1, NaN), 1, 0.5, 1, 0, 0, NaN);
        }

        @Test
        void lowerIsBetterIsTargetOverValue() {
            // min(7/14, 1) = 0.5; 7/3.5 = 2 → 1; 7/7 = 1; x ≤ 0 → 1; 7/28 = 0.25
            assertScores(norm(Rule.target(7).lowerIsBetter(), 14, 3.5, 7, 0, 28), 0.5, 1, 1, 1, 0.25);
        }

        @Test
        void aZeroTargetIsMetByAnyValueReachingIt() {
            // x/0 is undefined: 0 ≥ 0 → 1; 5 ≥ 0 → 1; −2 < 0 → 0
            assertScores(norm(Rule.target(0), 0, 5, -2), 1, 1, 0);
            // lower is better: x ≤ 0 → 1; min(0/5, 1) = 0
            assertScores(norm(Rule.target(0).lowerIsBetter(), 0, 5), 1, 0);
        }

        @Test
        void refusesAMissingTarget() {
            assertThatThrownBy(() -> norm(new Rule(Method.TARGET, null, null, null, null), 1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class MinMax {
        @Test
        void rescalesOverTheReportingUnits() {
            // min 10, max 40 (the missing unit is ignored): (20 − 10)/30 = 1/3
            assertScores(norm(Rule.of(Method.MIN_MAX), 10, 20, 40, NaN), 0, 1.0 / 3, 1, NaN);
        }

        @Test
        void lowerIsBetterMeasuresFromMax() {
            // (40 − 10)/30 = 1; (40 − 20)/30 = 2/3; 0
            assertScores(norm(Rule.of(Method.MIN_MAX).lowerIsBetter(), 10, 20, 40, NaN), 1, 2.0 / 3, 0, NaN);
        }

        @Test
        void allEqualOrOneReporterScoresOne() {
            assertScores(norm(Rule.of(Method.MIN_MAX), 5, 5, NaN), 1, 1, NaN);
            assertScores(norm(Rule.of(Method.MIN_MAX), NaN, 3), NaN, 1);
            assertScores(norm(Rule.of(Method.MIN_MAX).lowerIsBetter(), NaN, 3), NaN, 1);
        }

        @Test
        void nobodyReportingLeavesEveryoneMissing() {
            assertScores(norm(Rule.of(Method.MIN_MAX), NaN, NaN), NaN, NaN);
        }
    }

    @Nested
    class ZScore {
        @Test
        void populationSdThenRescaledFromMinusThreeToThree() {
            // values 2,4,4,4,5,5,7,9: mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
            // population sd = sqrt(32/8) = 2 (a sample sd would be sqrt(32/7) ≈ 2.138)
            // z = −1.5, −0.5, −0.5, −0.5, 0, 0, 1, 2 → (z + 3)/6 = 0.25, 2.5/6, 2.5/6, 2.5/6, 0.5, 0.5, 4/6, 5/6
            assertScores(norm(Rule.of(Method.ZSCORE), 2, 4, 4, 4, 5, 5, 7, 9, NaN),
                    0.25, 2.5 / 6, 2.5 / 6, 2.5 / 6, 0.5, 0.5, 4.0 / 6, 5.0 / 6, NaN);
        }

        @Test
        void lowerIsBetterNegatesZ() {
            // −z = 1.5, 0.5, 0.5, 0.5, 0, 0, −1, −2 → 4.5/6, 3.5/6, …, 0.5, 0.5, 2/6, 1/6
            assertScores(norm(Rule.of(Method.ZSCORE).lowerIsBetter(), 2, 4, 4, 4, 5, 5, 7, 9),
                    0.75, 3.5 / 6, 3.5 / 6, 3.5 / 6, 0.5, 0.5, 2.0 / 6, 1.0 / 6);
        }

        @Test
        void beyondThreeSdIsClipped() {
            // ten 0s and one 100 (n = 11): mean 100/11; the outlier's z = sqrt(n − 1) = sqrt(10) ≈ 3.162 > 3 → 1;
            // each 0 has z = −1/sqrt(10) → (3 − 0.316227766)/6 = 0.447295372
            double[] raw = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, NaN};
            double zero = (3 - 1 / Math.sqrt(10)) / 6;
            assertThat(zero).isCloseTo(0.447295372, within(1e-9));
            assertScores(norm(Rule.of(Method.ZSCORE), raw),
                    zero, zero, zero, zero, zero, zero, zero, zero, zero, zero, 1, NaN);
        }

        @Test
        void noSpreadScoresOneHalf() {
            assertScores(norm(Rule.of(Method.ZSCORE), 3, 3, NaN), 0.5, 0.5, NaN);
            assertScores(norm(Rule.of(Method.ZSCORE), 0.1, 0.1, 0.1), 0.5, 0.5, 0.5);
        }
    }

    @Nested
    class PercentileRank {
        @Test
        void tiesShareTheAverageRank() {
            // reporters 10, 20, 20, 40 (n = 4): ascending ranks 1, 2.5, 2.5, 4 → (r − 1)/3 = 0, 0.5, 0.5, 1
            assertScores(norm(Rule.of(Method.RANK), 10, 20, 20, 40, NaN), 0, 0.5, 0.5, 1, NaN);
        }

        @Test
        void lowerIsBetterIsOneMinus() {
            assertScores(norm(Rule.of(Method.RANK).lowerIsBetter(), 10, 20, 20, 40, NaN), 1, 0.5, 0.5, 0, NaN);
        }

        @Test
        void unequalGroupsOfTies() {
            // 5, 5, 5, 9, 1 → ascending: 1 (rank 1), 5,5,5 (ranks 2..4 → 3), 9 (rank 5); n = 5 → (r − 1)/4
            assertScores(norm(Rule.of(Method.RANK), 5, 5, 5, 9, 1), 0.5, 0.5, 0.5, 1, 0);
        }

        @Test
        void aSoleReporterScoresOne() {
            assertScores(norm(Rule.of(Method.RANK), NaN, 7), NaN, 1);
            assertScores(norm(Rule.of(Method.RANK).lowerIsBetter(), NaN, 7), NaN, 1);
        }
    }

    @Test
    void directionDefaultsToHigherIsBetter() {
        assertThat(new Rule(Method.NONE, null, null, null, null).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void theInputIsNotModified() {
        double[] raw = {10, 20, NaN};
        norm(Rule.of(Method.MIN_MAX), raw);
        assertThat(raw[0]).isEqualTo(10);
        assertThat(raw[1]).isEqualTo(20);
        assertThat(raw[2]).isNaN();
    }
}
