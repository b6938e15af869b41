package vn.dti.ranking.engine;

/**
 * Step 5: the root score split among the indicators (docs/methodology.md, "Contributions").
 *
 * <p>Top-down: the root's contribution is its score. A {@code WEIGHTED_MEAN} node passes each
 * child {@code wᵢ·sᵢ} times the node's factor (so under weighted means a leaf's contribution is
 * the product of the effective weights on its path times its normalised score). A
 * {@code GEOMETRIC_MEAN} node, whose score is not a sum, splits its own contribution among its
 * children in proportion to {@code wᵢ·sᵢ}. Either way a node's children's contributions sum to the
 * node's, so a unit's leaf contributions sum to its root score (up to floating error).
 */
public final class Contributions {

    private Contributions() {
    }

    /**
     * {@code [indicator][unit]} from the node scores of {@link Aggregate#of} (NaN = missing, which
     * contributes 0) and the same normalised weights.
     */
    public static double[][] of(Tree tree, double[] weight, double[][] score) {
        int n = tree.size();
        if (score.length != n) {
            throw new IllegalArgumentException("expected scores of " + n + " nodes, got " + score.length);
        }
        int units = score[0].length;
        // factor[node][unit]: the node's contribution is factor × score.
        double[][] factor = new double[n][];
        double[][] out = new double[tree.leafCount()][];
        factor[0] = new double[units];
        for (int u = 0; u < units; u++) {
            factor[0][u] = Double.isNaN(score[0][u]) ? 0 : 1;
        }
        double[] wsum = new double[units];
        int[] present = new int[units];
        double[] denominator = new double[units];
        double[] perWeight = new double[units];
        for (int p = 0; p < n; p++) {
            int[] kids = tree.children[p];
            if (kids.length == 0) {
                continue;  // its contribution was written by its parent
            }
            double[] f = factor[p];
            factor[p] = null;
            // The weights each unit's children actually carried (see Aggregate: renormalised only
            // when a sibling is missing).
            java.util.Arrays.fill(wsum, 0);
            java.util.Arrays.fill(present, 0);
            java.util.Arrays.fill(denominator, 0);
            for (int c : kids) {
                double[] sc = score[c];
                double w = weight[c];
                for (int u = 0; u < units; u++) {
                    double v = sc[u];
                    if (v == v) {
                        wsum[u] += w;
                        present[u]++;
                        denominator[u] += w * v;
                    }
                }
            }
            // perWeight[u] × wᵢ is child i's factor: f × wᵢ (renormalised by the present siblings'
            // weight) under a weighted mean; f × s × wᵢ / Σ wⱼsⱼ under a geometric mean, where the
            // renormalising divisor cancels out of the ratio.
            double[] sp = score[p];
            boolean geometric = tree.geometric[p];
            for (int u = 0; u < units; u++) {
                if (geometric) {
                    perWeight[u] = denominator[u] > 0 ? f[u] * sp[u] / denominator[u] : 0;
                } else {
                    perWeight[u] = present[u] == kids.length ? f[u] : (present[u] == 0 ? 0 : f[u] / wsum[u]);
                }
            }
            for (int c : kids) {
                double[] sc = score[c];
                double w = weight[c];
                double[] fc = new double[units];
                boolean leaf = tree.leaf[c] >= 0;
                for (int u = 0; u < units; u++) {
                    double v = sc[u];
                    if (v == v) {
                        // a leaf's contribution is its factor × its score
                        fc[u] = leaf ? perWeight[u] * w * v : perWeight[u] * w;
                    }
                }
                if (leaf) {
                    out[tree.leaf[c]] = fc;
                } else {
                    factor[c] = fc;
                }
            }
        }
        return out;
    }
}
