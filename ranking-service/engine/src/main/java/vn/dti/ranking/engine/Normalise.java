package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.List;

import vn.dti.ranking.engine.Framework.Direction;
import vn.dti.ranking.engine.Framework.Rule;

/**
 * Step 1: each indicator's raw values become scores in [0, 1] (docs/methodology.md, "Normalisation").
 *
 * <p>A missing value (NaN; any non-finite value is treated the same) stays NaN and is left out of
 * every cross-unit statistic (min, max, mean, standard deviation, ranks). {@code LOWER_IS_BETTER}
 * reverses the score as each method states.
 */
public final class Normalise {

    private Normalise() {
    }

    /** Normalises every indicator of the framework ({@code [indicator][unit]}, new arrays). */
    public static double[][] all(Framework framework, double[][] raw) {
        List<Framework.Node> leaves = framework.indicators();
        if (raw.length != leaves.size()) {
            throw new IllegalArgumentException("expected " + leaves.size() + " indicators, got " + raw.length);
        }
        double[][] out = new double[raw.length][];
        Parallel.forEach(raw.length, raw.length == 0 ? 0 : raw[0].length, i -> {
            try {
                out[i] = column(leaves.get(i).rule(), raw[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("indicator " + leaves.get(i).code() + ": " + e.getMessage(), e);
            }
        });
        return out;
    }

    /** Normalises one indicator's raw values across units (a new array; NaN where missing). */
    public static double[] column(Rule rule, double[] raw) {
        boolean lower = rule.direction() == Direction.LOWER_IS_BETTER;
        return switch (rule.method()) {
            case NONE -> none(raw, lower);
            case BOOLEAN -> bool(raw, lower);
            case GOALPOSTS -> goalposts(raw, rule, lower);
            case TARGET -> target(raw, rule, lower);
            case MIN_MAX -> minMax(raw, lower);
            case ZSCORE -> zScore(raw, lower);
            case RANK -> percentileRank(raw, lower);
        };
    }

    static double clamp(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    private static boolean reported(double x) {
        return Double.isFinite(x);
    }

    private static double[] none(double[] raw, boolean lower) {
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            out[u] = !reported(x) ? Double.NaN : (lower ? 1 - clamp(x) : clamp(x));
        }
        return out;
    }

    private static double[] bool(double[] raw, boolean lower) {
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            boolean yes = x != 0;
            out[u] = !reported(x) ? Double.NaN : (yes != lower ? 1 : 0);
        }
        return out;
    }

    private static double[] goalposts(double[] raw, Rule rule, boolean lower) {
        if (rule.low() == null || rule.high() == null || !Double.isFinite(rule.low()) || !Double.isFinite(rule.high())) {
            throw new IllegalArgumentException("GOALPOSTS needs finite low and high");
        }
        double low = rule.low();
        double high = rule.high();
        if (!(high > low)) {
            throw new IllegalArgumentException("GOALPOSTS needs high > low: " + low + ", " + high);
        }
        double span = high - low;
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            out[u] = !reported(x) ? Double.NaN : clamp(lower ? (high - x) / span : (x - low) / span);
        }
        return out;
    }

    private static double[] target(double[] raw, Rule rule, boolean lower) {
        if (rule.target() == null || !Double.isFinite(rule.target())) {
            throw new IllegalArgumentException("TARGET needs a finite target");
        }
        double t = rule.target();
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            double s;
            if (!reported(x)) {
                s = Double.NaN;
            } else if (lower) {
                // At or below zero nothing can be lower: the target is met.
                s = x <= 0 ? 1 : clamp(Math.min(t / x, 1));
            } else if (t <= 0) {
                // x / 0 is undefined; a target of 0 (or less) is met by any value reaching it.
                s = x >= t ? 1 : 0;
            } else {
                s = clamp(Math.min(x / t, 1));
            }
            out[u] = s;
        }
        return out;
    }

    private static double[] minMax(double[] raw, boolean lower) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : raw) {
            if (reported(x)) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        double span = max - min;
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            if (!reported(x)) {
                out[u] = Double.NaN;
            } else if (!(span > 0)) {
                // One reporter, or all equal: nobody is behind anybody.
                out[u] = 1;
            } else {
                out[u] = clamp(lower ? (max - x) / span : (x - min) / span);
            }
        }
        return out;
    }

    private static double[] zScore(double[] raw, boolean lower) {
        int n = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : raw) {
            if (reported(x)) {
                n++;
                sum += x;
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        for (double x : raw) {
            if (reported(x)) {
                squares += (x - mean) * (x - mean);
            }
        }
        // Population sd: the reporting units are the whole population being ranked, not a sample.
        double sd = n == 0 ? 0 : Math.sqrt(squares / n);
        // Equal values would give sd == 0 but floating error can leave a tiny sd: test min == max instead.
        boolean constant = !(max > min) || !(sd > 0);
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            if (!reported(x)) {
                out[u] = Double.NaN;
            } else if (constant) {
                out[u] = 0.5;
            } else {
                double z = (x - mean) / sd;
                out[u] = clamp(((lower ? -z : z) + 3) / 6);
            }
        }
        return out;
    }

    private static double[] percentileRank(double[] raw, boolean lower) {
        double[] sorted = new double[raw.length];
        int n = 0;
        for (double x : raw) {
            if (reported(x)) {
                sorted[n++] = x;
            }
        }
        sorted = Arrays.copyOf(sorted, n);
        Arrays.sort(sorted);
        // Percentile of each sorted position, ties sharing the average: a group of equal values at
        // 0-based positions s..e−1 has average ascending rank r = (s + e + 1)/2, so (r − 1)/(n − 1).
        double[] percentile = new double[n];
        for (int s = 0; s < n; ) {
            int e = s + 1;
            while (e < n && sorted[e] == sorted[s]) {
                e++;
            }
            double p = n == 1 ? 1 : (s + e - 1) / 2.0 / (n - 1);
            Arrays.fill(percentile, s, e, p);
            s = e;
        }
        double[] out = new double[raw.length];
        for (int u = 0; u < raw.length; u++) {
            double x = raw[u];
            if (!reported(x)) {
                out[u] = Double.NaN;
            } else if (n == 1) {
                // A sole reporter is behind nobody, whichever the direction (as under MIN_MAX).
                out[u] = 1;
            } else {
                double p = percentile[lowerBound(sorted, x)];
                out[u] = clamp(lower ? 1 - p : p);
            }
        }
        return out;
    }

    /** First position whose value is not below x (x is present, so the position exists). */
    private static int lowerBound(double[] sorted, double x) {
        // Branch-free halving: the comparison becomes a conditional move, not a mispredicted jump.
        int base = 0;
        int len = sorted.length;
        while (len > 1) {
            int half = len >>> 1;
            base = sorted[base + half - 1] < x ? base + half : base;
            len -= half;
        }
        return base;
    }
}
