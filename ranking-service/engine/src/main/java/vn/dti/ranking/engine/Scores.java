package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Everything {@link ScoringEngine#score} computed for one (framework, period), as arrays.
 *
 * <ul>
 *   <li>{@code nodes}: the tree in pre-order (root first); a node's index is its position.</li>
 *   <li>{@code score[node][unit]}: in [0, 1], not rounded. Under {@code RESCALE} a node with no
 *       reported indicator below it is left out of its parent's mean and scores 0 here.</li>
 *   <li>{@code rank[node][unit]}: standard competition rank (1, 2, 2, 4) of the score rounded to
 *       {@code rankPrecision} decimals, among all units.</li>
 *   <li>{@code raw[leaf][unit]}: the raw value, NaN when not reported.</li>
 *   <li>{@code normalised[leaf][unit]}: the score in [0, 1] that was aggregated (after
 *       imputation); NaN when missing and dropped under {@code RESCALE}.</li>
 *   <li>{@code contribution[leaf][unit]}: the indicator's share of the root score; for a unit they
 *       sum to {@code score[0][unit]}.</li>
 *   <li>{@code missing[unit]}: the number of indicators the unit did not report.</li>
 * </ul>
 */
public record Scores(Framework framework, String[] units, List<NodeInfo> nodes, double[][] score, int[][] rank,
                     double[][] raw, double[][] normalised, double[][] contribution, int[] missing) {

    /**
     * One node of the tree. {@code weight} is the node's weight normalised among its siblings (sums
     * to 1 under a parent; the root's is 1); {@code leaf} is the indicator index ({@code -1} for an
     * aggregate); {@code children} are node indices.
     */
    public record NodeInfo(int index, String code, String name, int parent, int depth, double weight, int leaf,
                           int[] children) {

        public boolean isLeaf() {
            return leaf >= 0;
        }
    }

    public static final int ROOT = 0;

    public int nodeIndex(String code) {
        for (NodeInfo n : nodes) {
            if (n.code().equals(code)) {
                return n.index();
            }
        }
        return -1;
    }

    public int unitIndex(String code) {
        for (int u = 0; u < units.length; u++) {
            if (units[u].equals(code)) {
                return u;
            }
        }
        return -1;
    }

    /** The leaf nodes in indicator order. */
    public List<NodeInfo> leaves() {
        return nodes.stream().filter(NodeInfo::isLeaf).sorted(Comparator.comparingInt(NodeInfo::leaf)).toList();
    }

    public boolean complete(int unit) {
        return missing[unit] == 0;
    }

    /** Unit indices ordered by rank at {@code node}, then by unit code: the order of a standings table. */
    public int[] order(int node) {
        Integer[] order = new Integer[units.length];
        for (int u = 0; u < order.length; u++) {
            order[u] = u;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(u -> rank[node][u]).thenComparing(u -> units[u]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
