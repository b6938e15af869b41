package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RankTest {

    @Test
    void standardCompetitionRanking() {
        assertThat(Rank.competition(new double[] {0.9, 0.8, 0.8, 0.7}, 4)).containsExactly(1, 2, 2, 4);
        // order of the input does not matter; three-way tie then the next is 5th
        assertThat(Rank.competition(new double[] {0.5, 0.7, 0.9, 0.7, 0.7}, 4)).containsExactly(5, 2, 1, 2, 2);
    }

    @Test
    void scoresEqualAtThePrecisionTie() {
        // 0.12344 and 0.12341 both round to 0.1234; 0.2 leads
        assertThat(Rank.competition(new double[] {0.12344, 0.12341, 0.2}, 4)).containsExactly(2, 2, 1);
        // at 5 decimals they differ
        assertThat(Rank.competition(new double[] {0.12344, 0.12341, 0.2}, 5)).containsExactly(2, 3, 1);
    }

    @Test
    void halfRoundsUp() {
        // 0.12345 → 0.1235 (HALF_UP), so it ties with 0.12346 and beats 0.12344
        assertThat(Rank.key(0.12345, 4)).isEqualTo(1235);
        assertThat(Rank.competition(new double[] {0.12345, 0.12346, 0.12344}, 4)).containsExactly(1, 1, 3);
        // HALF_UP, not banker's rounding: 0.25 → 0.3 and 0.35 → 0.4 at one decimal
        assertThat(Rank.key(0.25, 1)).isEqualTo(3);
        assertThat(Rank.key(0.35, 1)).isEqualTo(4);
        assertThat(Rank.key(0.5, 0)).isEqualTo(1);
        assertThat(Rank.rounded(0.12345, 4)).isEqualByComparingTo("0.1235");
    }

    @Test
    void binaryFloatingErrorDoesNotChangeTheRounding() {
        // The double nearest 0.00015 is 0.000149999999999999986…: rounding it naively gives 0.0001,
        // a table rounded by hand gives 0.0002.
        assertThat(new BigDecimal(0.00015).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.0001");
        assertThat(Rank.key(0.00015, 4)).isEqualTo(2);
        // Arithmetic that should give 0.12345 but leaves 0.12344999999999990…
        double computed = 0.12345 - 1e-16 * 3;
        assertThat(computed).isLessThan(0.12345);
        assertThat(new BigDecimal(computed).setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.1234");
        assertThat(Rank.key(computed, 4)).isEqualTo(1235);
        // A genuine difference at the 10th decimal is not floating error: 0.1234499999 stays 0.1234
        assertThat(Rank.key(0.1234499999, 4)).isEqualTo(1234);
    }

    @Test
    void keysMatchTheBigDecimalReference() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble();
            int precision = random.nextInt(13);
            assertThat(Rank.key(x, precision)).as("%s at %d", x, precision).isEqualTo(Rank.exactKey(x, precision));
        }
    }

    @Test
    void decimalScoresRoundAsTheirDecimalWriting() {
        // Any score written with up to 10 decimals rounds as that decimal number does (as in a published table).
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            int decimals = 1 + random.nextInt(10);
            long unscaled = random.nextLong((long) Math.pow(10, decimals) + 1);
            BigDecimal decimal = BigDecimal.valueOf(unscaled, decimals);
            int precision = random.nextInt(Math.min(decimals, 9));
            long expected = decimal.setScale(precision, RoundingMode.HALF_UP).unscaledValue().longValueExact();
            assertThat(Rank.key(decimal.doubleValue(), precision)).as("%s at %d", decimal, precision)
                    .isEqualTo(expected);
        }
    }

    @Test
    void largeAndNegativeScoresTakeTheExactPath() {
        assertThat(Rank.key(123456789.123456, 4)).isEqualTo(1234567891235L);
        assertThat(Rank.key(-0.12345, 4)).isEqualTo(-1235);
        assertThat(Rank.competition(new double[] {-1, 0, 1}, 2)).containsExactly(3, 2, 1);
    }

    @Test
    void refusesNonFiniteScoresAndBadPrecision() {
        assertThatThrownBy(() -> Rank.key(Double.NaN, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.key(0.5, 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rank.key(0.5, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyAndSingle() {
        assertThat(Rank.competition(new double[0], 4)).isEmpty();
        assertThat(Rank.competition(new double[] {0}, 4)).containsExactly(1);
    }
}
