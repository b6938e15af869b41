package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A unit's strengths and weaknesses: the indicators where its normalised score is furthest above
 * (strengths) and below (weaknesses) the median normalised score of all units on that indicator.
 *
 * <p>The median of an indicator is taken over the units whose {@code normalised} score is not NaN
 * (under ZERO and MEAN that includes imputed scores; under RESCALE only reporters). Indicators the
 * unit did not report itself are skipped. Equal gaps keep framework order.
 */
public final class Profiles {

    private Profiles() {
    }

    /** One indicator of a unit against the median of all units. {@code gap} = normalised − median. */
    public record Highlight(String indicatorCode, String name, double raw, double normalised, double median,
                            double gap) {
    }

    /** Up to {@code k} strengths (largest positive gap first) and weaknesses (largest negative gap first). */
    public record Highlights(List<Highlight> strengths, List<Highlight> weaknesses) {
    }

    public static Highlights of(Scores scores, int unit, int k) {
        return of(scores, medians(scores), unit, k);
    }

    /**
     * The same with medians computed once ({@link #medians}), for callers profiling many units of
     * one computation.
     */
    public static Highlights of(Scores scores, double[] medians, int unit, int k) {
        if (unit < 0 || unit >= scores.units().length) {
            throw new IllegalArgumentException("no unit at index " + unit);
        }
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0: " + k);
        }
        List<Scores.NodeInfo> leaves = scores.leaves();
        List<Highlight> above = new ArrayList<>();
        List<Highlight> below = new ArrayList<>();
        for (Scores.NodeInfo leaf : leaves) {
            int i = leaf.leaf();
            double raw = scores.raw()[i][unit];
            double normalised = scores.normalised()[i][unit];
            if (!Double.isFinite(raw) || Double.isNaN(normalised)) {
                continue;
            }
            double gap = normalised - medians[i];
            Highlight h = new Highlight(leaf.code(), leaf.name(), raw, normalised, medians[i], gap);
            if (gap > 0) {
                above.add(h);
            } else if (gap < 0) {
                below.add(h);
            }
        }
        // List.sort is stable: equal gaps stay in framework order.
        above.sort(Comparator.comparingDouble(Highlight::gap).reversed());
        below.sort(Comparator.comparingDouble(Highlight::gap));
        return new Highlights(List.copyOf(above.subList(0, Math.min(k, above.size()))),
                List.copyOf(below.subList(0, Math.min(k, below.size()))));
    }

    /** Per indicator, the median of {@code normalised} over the units where it is not NaN (NaN if none). */
    public static double[] medians(Scores scores) {
        double[][] normalised = scores.normalised();
        double[] medians = new double[normalised.length];
        for (int i = 0; i < normalised.length; i++) {
            medians[i] = median(normalised[i]);
        }
        return medians;
    }

    static double median(double[] values) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        int n = present.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? present[n / 2] : (present[n / 2 - 1] + present[n / 2]) / 2;
    }
}
