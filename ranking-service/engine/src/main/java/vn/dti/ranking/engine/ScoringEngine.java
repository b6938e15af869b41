package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Chains the steps: normalise each indicator across units, apply the missing-value policy,
 * aggregate up the tree, rank every node, and attribute the root score to the indicators.
 * Pure and thread-safe; the inputs are not modified.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static Scores score(Framework framework, Dataset data) {
        Tree tree = Tree.of(framework);
        double[][] raw = copy(data.values());
        double[][] normalised = prepare(tree, data);
        double[][] score = Aggregate.of(tree, tree.weight, normalised);
        int units = data.units().length;
        double[][] contribution = Contributions.of(tree, tree.weight, score);
        int[][] rank = new int[tree.size()][];
        Parallel.forEachChunk(tree.size(), units, (from, to) -> {
            long[] keys = new long[units];
            for (int n = from; n < to; n++) {
                zeroMissing(score[n]);
                rank[n] = Rank.competition(score[n], framework.rankPrecision(), keys);
            }
        });
        int[] missing = new int[units];
        for (double[] row : raw) {
            for (int u = 0; u < units; u++) {
                if (!Double.isFinite(row[u])) {
                    missing[u]++;
                }
            }
        }
        return new Scores(framework, data.units().clone(), tree.nodeInfos(), score, rank, raw, normalised,
                contribution, missing);
    }

    /**
     * Checks the dataset against the framework, then normalises and imputes: the part of a
     * computation that does not depend on weights ({@link Sensitivity} does it once).
     */
    static double[][] prepare(Tree tree, Dataset data) {
        String[] expected = tree.framework.indicatorCodes();
        if (!Arrays.equals(expected, data.indicators())) {
            throw new IllegalArgumentException("the dataset's indicators must be the framework's, in framework order: "
                    + Arrays.toString(expected) + " but got " + Arrays.toString(data.indicators()));
        }
        Set<String> seen = new HashSet<>();
        for (String unit : data.units()) {
            if (unit == null || !seen.add(unit)) {
                throw new IllegalArgumentException("unit codes must be present and unique: " + unit);
            }
        }
        double[][] normalised = Normalise.all(tree.framework, data.values());
        Parallel.forEach(normalised.length, data.units().length,
                i -> Impute.inPlace(tree.framework.missingValues(), normalised[i]));
        return normalised;
    }

    /** A node with nothing reported below it (RESCALE) scores 0 in published results. */
    static void zeroMissing(double[] scores) {
        for (int u = 0; u < scores.length; u++) {
            if (Double.isNaN(scores[u])) {
                scores[u] = 0;
            }
        }
    }

    private static double[][] copy(double[][] values) {
        double[][] out = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].clone();
        }
        return out;
    }
}
