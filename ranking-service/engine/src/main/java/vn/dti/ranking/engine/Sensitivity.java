package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Rank intervals under random weight perturbation (an uncertainty analysis in the manner of the
 * JRC's COINr): in each run every node weight is multiplied by an independent factor drawn
 * uniformly from [1 − noise, 1 + noise], the tree is re-aggregated (normalisation does not depend
 * on weights, so it is done once) and the root re-ranked. Reproducible from the seed.
 *
 * <p>The draws come from {@code new SplittableRandom(seed)}, one {@code nextDouble()} per node in
 * pre-order from node 1 (the root's weight is always 1, so it is not drawn), run after run. The
 * perturbed relative weights are renormalised within each parent; the root is ranked exactly as
 * {@link ScoringEngine} ranks it (rounded to {@code rankPrecision}, competition ranks).
 */
public final class Sensitivity {

    public static final int MAX_RUNS = 100_000;

    private Sensitivity() {
    }

    /**
     * Per unit, in the dataset's unit order: the nominal rank, the median rank over the runs, and
     * the 5th and 95th percentile ranks (nearest-rank method).
     */
    public record Result(String[] units, int runs, long seed, double weightNoise, int[] nominalRank,
                         double[] medianRank, int[] p5Rank, int[] p95Rank) {
    }

    /**
     * @throws IllegalArgumentException when {@code runs} is not in 1..{@value #MAX_RUNS} or
     *     {@code weightNoise} not in [0, 1)
     */
    public static Result run(Framework framework, Dataset data, int runs, long seed, double weightNoise) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be 1.." + MAX_RUNS + ": " + runs);
        }
        // Noise 1 could draw a factor of 0, i.e. a zero weight, which the framework forbids.
        if (!(weightNoise >= 0 && weightNoise < 1)) {
            throw new IllegalArgumentException("weightNoise must be in [0, 1): " + weightNoise);
        }
        Tree tree = Tree.of(framework);
        double[][] normalised = ScoringEngine.prepare(tree, data);
        int units = data.units().length;
        int precision = framework.rankPrecision();
        double[][] score = new double[tree.size()][];
        for (int n = 0; n < tree.size(); n++) {
            // Leaf rows are shared: Aggregate only reads them.
            score[n] = tree.leaf[n] >= 0 ? normalised[tree.leaf[n]] : new double[units];
        }
        int[] nominal = rootRanks(tree, tree.weight, score, precision);

        RankTally tally = new RankTally(units, runs);
        SplittableRandom random = new SplittableRandom(seed);
        double[] relative = new double[tree.size()];
        for (int r = 0; r < runs; r++) {
            relative[0] = 1;
            for (int n = 1; n < tree.size(); n++) {
                double factor = 1 - weightNoise + 2 * weightNoise * random.nextDouble();
                relative[n] = tree.nodes[n].weight() * factor;
            }
            tally.add(rootRanks(tree, tree.normaliseWithinParents(relative), score, precision));
        }

        double[] median = new double[units];
        int[] p5 = new int[units];
        int[] p95 = new int[units];
        for (int u = 0; u < units; u++) {
            median[u] = tally.median(u);
            p5[u] = tally.percentile(u, 5);
            p95[u] = tally.percentile(u, 95);
        }
        return new Result(data.units().clone(), runs, seed, weightNoise, nominal, median, p5, p95);
    }

    private static int[] rootRanks(Tree tree, double[] weight, double[][] score, int precision) {
        Aggregate.into(tree, weight, score);
        double[] root = score[0].clone();
        ScoringEngine.zeroMissing(root);
        return Rank.competition(root, precision);
    }

    /**
     * Each unit's ranks over the runs: kept run by run when that is smaller, else as a histogram
     * of ranks 1..units (memory is units × min(runs, units + 1) ints either way).
     */
    private static final class RankTally {

        private final int runs;
        private final boolean histogram;
        private final int[][] data;
        private int added;

        RankTally(int units, int runs) {
            this.runs = runs;
            this.histogram = runs > units + 1;
            this.data = new int[units][histogram ? units + 1 : runs];
        }

        void add(int[] ranks) {
            for (int u = 0; u < ranks.length; u++) {
                if (histogram) {
                    data[u][ranks[u]]++;
                } else {
                    data[u][added] = ranks[u];
                }
            }
            added++;
        }

        /** The k-th smallest rank of a unit, k from 1. */
        private int kth(int u, int k) {
            if (!histogram) {
                return sorted(u)[k - 1];
            }
            int seen = 0;
            for (int rank = 1; rank < data[u].length; rank++) {
                seen += data[u][rank];
                if (seen >= k) {
                    return rank;
                }
            }
            throw new IllegalStateException("fewer than " + k + " ranks");
        }

        private int[] sortedCache;
        private int sortedFor = -1;

        private int[] sorted(int u) {
            if (sortedFor != u) {
                sortedCache = data[u].clone();
                Arrays.sort(sortedCache);
                sortedFor = u;
            }
            return sortedCache;
        }

        double median(int u) {
            return runs % 2 == 1 ? kth(u, runs / 2 + 1) : (kth(u, runs / 2) + kth(u, runs / 2 + 1)) / 2.0;
        }

        /** Nearest-rank percentile: the ⌈p/100 × runs⌉-th smallest. */
        int percentile(int u, int p) {
            int ordinal = Math.max(1, (int) ((p * (long) runs + 99) / 100));
            return kth(u, ordinal);
        }
    }
}
