package vn.dti.ranking.engine;

/**
 * Rank intervals under random weight perturbation (an uncertainty analysis in the manner of the
 * JRC's COINr): in each run every node weight is multiplied by an independent factor drawn
 * uniformly from [1 − noise, 1 + noise], the tree is re-aggregated (normalisation does not depend
 * on weights, so it is done once) and the root re-ranked. Reproducible from the seed.
 */
public final class Sensitivity {

    private Sensitivity() {
    }

    /**
     * Per unit, in the dataset's unit order: the nominal rank, the median rank over the runs, and
     * the 5th and 95th percentile ranks (nearest-rank method).
     */
    public record Result(String[] units, int runs, long seed, double weightNoise, int[] nominalRank,
                         double[] medianRank, int[] p5Rank, int[] p95Rank) {
    }

    public static Result run(Framework framework, Dataset data, int runs, long seed, double weightNoise) {
        throw new UnsupportedOperationException("TODO(engine): not implemented yet");
    }
}
