package vn.dti.ranking.engine;

import vn.dti.ranking.engine.Framework.MissingValues;

/**
 * Step 2: the missing-value policy, applied to normalised scores (docs/methodology.md, "Missing values").
 *
 * <ul>
 *   <li>{@code ZERO}: a missing score becomes 0.</li>
 *   <li>{@code MEAN}: a missing score becomes the mean normalised score of the units that reported
 *       the indicator (0 if none did).</li>
 *   <li>{@code RESCALE}: a missing score stays NaN; {@link Aggregate} drops it from its parent's mean
 *       and renormalises the siblings' weights.</li>
 * </ul>
 */
public final class Impute {

    private Impute() {
    }

    /** Applies the policy to every indicator ({@code [indicator][unit]}, new arrays). */
    public static double[][] all(MissingValues policy, double[][] normalised) {
        double[][] out = new double[normalised.length][];
        for (int i = 0; i < normalised.length; i++) {
            out[i] = column(policy, normalised[i]);
        }
        return out;
    }

    /** Applies the policy to one indicator's normalised scores (a new array). */
    public static double[] column(MissingValues policy, double[] normalised) {
        double[] out = normalised.clone();
        inPlace(policy, out);
        return out;
    }

    /** The same, overwriting the array: the engine's own arrays need no copy. */
    static void inPlace(MissingValues policy, double[] s) {
        switch (policy) {
            case RESCALE -> {
                // Left missing on purpose: Aggregate drops it.
            }
            case ZERO -> fill(s, 0);
            case MEAN -> {
                double sum = 0;
                int n = 0;
                for (double x : s) {
                    if (!Double.isNaN(x)) {
                        sum += x;
                        n++;
                    }
                }
                fill(s, n == 0 ? 0 : Normalise.clamp(sum / n));
            }
        }
    }

    private static void fill(double[] s, double value) {
        for (int u = 0; u < s.length; u++) {
            if (Double.isNaN(s[u])) {
                s[u] = value;
            }
        }
    }
}
