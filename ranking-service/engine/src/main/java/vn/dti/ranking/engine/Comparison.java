package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A unit's change between two computations (e.g. 2024 against 2023) of frameworks with the same
 * tree: rank and score change, and the score change split by node. For a weighted-mean root the
 * split is exact: the children's contribution changes sum to the score change.
 *
 * <p>Units are matched by code, nodes by code. A node's contribution is the sum of the
 * contributions of the leaves below it (a leaf's is its own), so when both trees have the same
 * root children their contribution changes add up to the root's score change (up to floating
 * error) under every aggregation. To compare across a change of units (63 → 34 provinces), rebase
 * the earlier computation first ({@link Rebase}).
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * The change at one node. {@code contributionChange} is the change of the node's contribution
     * to the root score (its share of {@code scoreChange} of the root); nulls where the node or
     * unit does not exist in the earlier computation.
     */
    public record NodeChange(String code, double score, Double previousScore, int rank, Integer previousRank,
                             Double contributionChange) {
    }

    /** {@code nodes}: every node of the current tree in pre-order (root first). */
    public record UnitChange(String unitCode, double score, Double previousScore, Double scoreChange, int rank,
                             Integer previousRank, Integer rankChange, List<NodeChange> nodes) {
    }

    /**
     * {@code rankChange} is positive when the unit moved up (previous rank − current rank).
     * {@code previous} may be null (nothing to compare to); the unit must be in {@code current}.
     */
    public static UnitChange of(Scores current, Scores previous, String unitCode) {
        int u = current.unitIndex(unitCode);
        if (u < 0) {
            throw new IllegalArgumentException("unit " + unitCode + " is not in the current computation");
        }
        int p = previous == null ? -1 : previous.unitIndex(unitCode);
        double[] contribution = nodeContributions(current, u);
        double[] previousContribution = p < 0 ? null : nodeContributions(previous, p);
        List<NodeChange> changes = new ArrayList<>(current.nodes().size());
        for (Scores.NodeInfo node : current.nodes()) {
            int n = node.index();
            int q = p < 0 ? -1 : previous.nodeIndex(node.code());
            if (q < 0) {
                changes.add(new NodeChange(node.code(), current.score()[n][u], null, current.rank()[n][u], null, null));
            } else {
                changes.add(new NodeChange(node.code(), current.score()[n][u], previous.score()[q][p],
                        current.rank()[n][u], previous.rank()[q][p], contribution[n] - previousContribution[q]));
            }
        }
        double score = current.score()[Scores.ROOT][u];
        int rank = current.rank()[Scores.ROOT][u];
        if (p < 0) {
            return new UnitChange(unitCode, score, null, null, rank, null, null, List.copyOf(changes));
        }
        double previousScore = previous.score()[Scores.ROOT][p];
        int previousRank = previous.rank()[Scores.ROOT][p];
        return new UnitChange(unitCode, score, previousScore, score - previousScore, rank, previousRank,
                previousRank - rank, List.copyOf(changes));
    }

    /** Each node's contribution to the root for one unit: the sum of its leaves' ({@code [node]}). */
    public static double[] nodeContributions(Scores scores, int unit) {
        List<Scores.NodeInfo> nodes = scores.nodes();
        double[] sum = new double[nodes.size()];
        // Reverse pre-order: children before parents.
        for (int n = nodes.size() - 1; n >= 0; n--) {
            Scores.NodeInfo node = nodes.get(n);
            if (node.isLeaf()) {
                sum[n] = scores.contribution()[node.leaf()][unit];
            }
            if (node.parent() >= 0) {
                sum[node.parent()] += sum[n];
            }
        }
        return sum;
    }
}
