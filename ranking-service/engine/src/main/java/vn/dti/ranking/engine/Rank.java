package vn.dti.ranking.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Step 4: standard competition ranks (1, 2, 2, 4), highest score first, on the score rounded
 * HALF_UP to the framework's {@code rankPrecision} decimals (docs/methodology.md, "Ranking").
 *
 * <p>Rounding guards binary floating error: the score is first rounded to {@link #guardDecimals}
 * decimals (10 for a precision up to 8), then that decimal number is rounded HALF_UP to the
 * precision. So a score whose exact decimal value is 0.12345 but that the arithmetic left at
 * 0.12344999999999 ranks as 0.1235, as a published table rounded by hand would. Rounded scores
 * are compared as exact integers ({@code round(score × 10^precision)}), never as doubles.
 */
public final class Rank {

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /** Beyond this magnitude a double no longer holds every integer: take the exact path. */
    private static final double EXACT_LIMIT = 0x1p52;

    private Rank() {
    }

    /** The decimals a score is first rounded to, before rounding to {@code precision}. */
    public static int guardDecimals(int precision) {
        return Math.min(15, Math.max(10, precision + 2));
    }

    /**
     * The rounded score as an integer: {@code score} rounded HALF_UP (away from zero at .5) to
     * {@code precision} decimals, times 10^precision. E.g. {@code key(0.12345, 4) == 1235}.
     */
    public static long key(double score, int precision) {
        checkPrecision(precision);
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("cannot rank a non-finite score: " + score);
        }
        if (score < 0) {
            // HALF_UP is symmetric: it rounds away from zero.
            return -key(-score, precision);
        }
        int guard = guardDecimals(precision);
        double scale = POW10[guard];
        double product = score * scale;
        if (product >= EXACT_LIMIT) {
            return exactKey(score, precision);
        }
        // The product was rounded to a double; fma gives exactly what that rounding dropped, so the
        // half-up decision below is made on the exact score × 10^guard, as BigDecimal would make it.
        double error = Math.fma(score, scale, -product);
        double whole = Math.floor(product);
        double fromHalf = (product - whole) - 0.5;
        long atGuard = (long) whole + (fromHalf + error >= 0 ? 1 : 0);
        long divisor = POW10[guard - precision];
        return (atGuard + divisor / 2) / divisor;
    }

    /**
     * The same rounding done with BigDecimal on the exact binary value of the score: the
     * definition {@link #key} is tested against, and its path for scores beyond 2^52 / 10^guard.
     */
    static long exactKey(double score, int precision) {
        return new BigDecimal(score)
                .setScale(guardDecimals(precision), RoundingMode.HALF_UP)
                .setScale(precision, RoundingMode.HALF_UP)
                .unscaledValue().longValueExact();
    }

    /** The rounded score as a number, e.g. {@code rounded(0.12345, 4) == 0.1235}: what a table shows. */
    public static BigDecimal rounded(double score, int precision) {
        return BigDecimal.valueOf(key(score, precision), precision);
    }

    /** Competition ranks of {@code scores} rounded to {@code precision} decimals (a new array). */
    public static int[] competition(double[] scores, int precision) {
        return competition(scores, precision, new long[scores.length]);
    }

    /** The same with a caller's scratch array for the keys (length ≥ scores; overwritten). */
    static int[] competition(double[] scores, int precision, long[] keys) {
        for (int u = 0; u < scores.length; u++) {
            keys[u] = key(scores[u], precision);
        }
        return ranks(keys, scores.length);
    }

    /** Competition ranks of integer keys, highest first: 1 + the number of keys strictly higher. */
    public static int[] competition(long[] keys) {
        return ranks(keys, keys.length);
    }

    /** Ranks of {@code keys[0..n)}. */
    private static int[] ranks(long[] keys, int n) {
        int[] rank = new int[n];
        if (n == 0) {
            return rank;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int u = 0; u < n; u++) {
            min = Math.min(min, keys[u]);
            max = Math.max(max, keys[u]);
        }
        // Rounded scores of many units fall in a small range (0..10^precision): counting them is
        // linear, where sorting is n log n (a tenth of a full recompute at 10,000 units).
        double range = (double) max - (double) min + 1;
        if (range <= Math.max(1024, 4.0 * n)) {
            int[] higher = new int[(int) (max - min) + 1];
            for (int u = 0; u < n; u++) {
                higher[(int) (keys[u] - min)]++;
            }
            int above = 0;
            for (int i = higher.length - 1; i >= 0; i--) {
                int count = higher[i];
                higher[i] = above;
                above += count;
            }
            for (int u = 0; u < n; u++) {
                rank[u] = 1 + higher[(int) (keys[u] - min)];
            }
            return rank;
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        for (int u = 0; u < n; u++) {
            rank[u] = 1 + n - upperBound(sorted, keys[u]);
        }
        return rank;
    }

    private static int upperBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void checkPrecision(int precision) {
        if (precision < 0 || precision > 12) {
            throw new IllegalArgumentException("precision must be 0..12: " + precision);
        }
    }
}
