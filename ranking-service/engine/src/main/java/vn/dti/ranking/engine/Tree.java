package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A framework's tree flattened into pre-order arrays (root at 0, every child after its parent),
 * so each step can walk it with plain loops: bottom-up is a reverse loop, top-down a forward one.
 * Built once per computation; immutable.
 */
public final class Tree {

    final Framework framework;
    final Framework.Node[] nodes;
    final int[] parent;
    final int[] depth;
    /** Indicator index of a leaf, -1 for an aggregate. */
    final int[] leaf;
    /** Node index of each indicator. */
    final int[] leafNode;
    final int[][] children;
    final boolean[] geometric;
    /** Each node's weight normalised among its siblings; the root's is 1. */
    final double[] weight;

    private Tree(Framework framework, List<Framework.Node> order, List<Integer> parents, List<Integer> depths) {
        this.framework = framework;
        int n = order.size();
        nodes = order.toArray(Framework.Node[]::new);
        parent = parents.stream().mapToInt(Integer::intValue).toArray();
        depth = depths.stream().mapToInt(Integer::intValue).toArray();
        leaf = new int[n];
        geometric = new boolean[n];
        List<Integer> leafNodes = new ArrayList<>();
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kids.add(new ArrayList<>());
            if (nodes[i].isLeaf()) {
                leaf[i] = leafNodes.size();
                leafNodes.add(i);
            } else {
                leaf[i] = -1;
                geometric[i] = nodes[i].aggregation() == Framework.Aggregation.GEOMETRIC_MEAN;
            }
            if (parent[i] >= 0) {
                kids.get(parent[i]).add(i);
            }
        }
        leafNode = leafNodes.stream().mapToInt(Integer::intValue).toArray();
        children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] relative = new double[n];
        for (int i = 0; i < n; i++) {
            relative[i] = nodes[i].weight();
        }
        weight = normaliseWithinParents(relative);
    }

    /** Flattens the framework's tree; node codes must be unique (they name nodes in results). */
    public static Tree of(Framework framework) {
        List<Framework.Node> order = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        walk(framework.root(), -1, 0, order, parents, depths);
        Map<String, Integer> seen = new HashMap<>();
        for (Framework.Node node : order) {
            if (seen.put(node.code(), 1) != null) {
                throw new IllegalArgumentException("node code " + node.code() + " appears more than once in framework "
                        + framework.code());
            }
        }
        return new Tree(framework, order, parents, depths);
    }

    private static void walk(Framework.Node node, int parent, int depth, List<Framework.Node> order,
                             List<Integer> parents, List<Integer> depths) {
        int index = order.size();
        order.add(node);
        parents.add(parent);
        depths.add(depth);
        for (Framework.Node child : node.children()) {
            walk(child, index, depth + 1, order, parents, depths);
        }
    }

    public Framework framework() {
        return framework;
    }

    /** Number of nodes. */
    public int size() {
        return nodes.length;
    }

    /** Number of leaves (indicators). */
    public int leafCount() {
        return leafNode.length;
    }

    public Framework.Node node(int index) {
        return nodes[index];
    }

    /** The parent's node index; -1 for the root. */
    public int parent(int index) {
        return parent[index];
    }

    /** The children's node indices, in framework order. */
    public int[] children(int index) {
        return children[index].clone();
    }

    /** The indicator index of a leaf, -1 for an aggregate. */
    public int leaf(int index) {
        return leaf[index];
    }

    /** The node index of indicator {@code leafIndex}. */
    public int leafNode(int leafIndex) {
        return leafNode[leafIndex];
    }

    /** The nominal weights, normalised among siblings ({@code [node]}; the root's is 1). */
    public double[] weights() {
        return weight.clone();
    }

    /**
     * Normalises relative weights ({@code [node]}, each &gt; 0) among siblings: child weight divided
     * by the sum of its siblings' (its own included). The root gets 1.
     */
    public double[] normaliseWithinParents(double[] relative) {
        if (relative.length != nodes.length) {
            throw new IllegalArgumentException("expected " + nodes.length + " weights, got " + relative.length);
        }
        double[] out = new double[nodes.length];
        out[0] = 1;
        for (int p = 0; p < nodes.length; p++) {
            int[] kids = children[p];
            if (kids.length == 0) {
                continue;
            }
            double sum = 0;
            for (int c : kids) {
                sum += relative[c];
            }
            for (int c : kids) {
                out[c] = relative[c] / sum;
            }
        }
        return out;
    }

    /** The nodes as {@link Scores} describes them. */
    public List<Scores.NodeInfo> nodeInfos() {
        List<Scores.NodeInfo> infos = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            String name = nodes[i].name() == null ? nodes[i].code() : nodes[i].name();
            infos.add(new Scores.NodeInfo(i, nodes[i].code(), name, parent[i], depth[i], weight[i], leaf[i],
                    Arrays.copyOf(children[i], children[i].length)));
        }
        return List.copyOf(infos);
    }
}
