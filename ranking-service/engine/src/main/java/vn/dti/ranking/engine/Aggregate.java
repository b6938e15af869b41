package vn.dti.ranking.engine;

/**
 * Step 3: scores up the tree, bottom-up over the pre-order arrays (docs/methodology.md, "Aggregation").
 *
 * <p>With weights {@code wᵢ} normalised within the parent: {@code WEIGHTED_MEAN} = Σ wᵢ·sᵢ,
 * {@code GEOMETRIC_MEAN} = Π sᵢ^wᵢ (0 as soon as one child is 0). A NaN child (a missing indicator
 * under {@code RESCALE}, or a node with nothing reported below it) is dropped and the remaining
 * siblings' weights divided by their sum; a node whose children are all NaN is NaN itself. When
 * every child is present the weights are used as given (no division), so a complete unit's score
 * is exactly Σ wᵢ·sᵢ. Results are clamped to [0, 1] against floating error.
 */
public final class Aggregate {

    private Aggregate() {
    }

    /**
     * Scores every node ({@code [node][unit]}, new arrays; a leaf's row is a copy of its
     * {@code normalised} row). {@code weight[node]} must be normalised within parents
     * ({@link Tree#weights()}, {@link Tree#normaliseWithinParents}). NaN where a node is missing.
     */
    public static double[][] of(Tree tree, double[] weight, double[][] normalised) {
        double[][] score = new double[tree.size()][];
        int units = units(tree, normalised);
        for (int n = 0; n < tree.size(); n++) {
            score[n] = tree.leaf[n] >= 0 ? normalised[tree.leaf[n]].clone() : new double[units];
        }
        into(tree, weight, score);
        return score;
    }

    static int units(Tree tree, double[][] normalised) {
        if (normalised.length != tree.leafCount()) {
            throw new IllegalArgumentException("expected " + tree.leafCount() + " indicators, got " + normalised.length);
        }
        return normalised.length == 0 ? 0 : normalised[0].length;
    }

    /**
     * Fills the aggregate rows of {@code score} from its leaf rows (which it only reads, so they may
     * be shared with the caller's normalised arrays). Reused buffers make sensitivity runs cheap.
     */
    static void into(Tree tree, double[] weight, double[][] score) {
        int units = score[0].length;
        int[] present = new int[units];
        double[] wsum = new double[units];
        // Reverse pre-order: every child is scored before its parent.
        for (int n = tree.size() - 1; n >= 0; n--) {
            int[] kids = tree.children[n];
            if (kids.length == 0) {
                continue;
            }
            double[] acc = score[n];
            boolean geometric = tree.geometric[n];
            java.util.Arrays.fill(acc, geometric ? 1 : 0);
            java.util.Arrays.fill(present, 0);
            java.util.Arrays.fill(wsum, 0);
            for (int c : kids) {
                double w = weight[c];
                double[] s = score[c];
                if (geometric) {
                    for (int u = 0; u < units; u++) {
                        double v = s[u];
                        if (v == v) {
                            acc[u] *= v == 1 ? 1 : Math.pow(v, w);
                            wsum[u] += w;
                            present[u]++;
                        }
                    }
                } else {
                    for (int u = 0; u < units; u++) {
                        double v = s[u];
                        if (v == v) {
                            acc[u] += w * v;
                            wsum[u] += w;
                            present[u]++;
                        }
                    }
                }
            }
            int all = kids.length;
            for (int u = 0; u < units; u++) {
                double v;
                if (present[u] == all) {
                    v = acc[u];
                } else if (present[u] == 0) {
                    v = Double.NaN;
                } else if (geometric) {
                    // Π sᵢ^(wᵢ/W) = (Π sᵢ^wᵢ)^(1/W) over the present children.
                    v = Math.pow(acc[u], 1 / wsum[u]);
                } else {
                    v = acc[u] / wsum[u];
                }
                acc[u] = v != v ? v : Normalise.clamp(v);
            }
        }
    }
}
