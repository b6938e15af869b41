package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A framework as the engine sees it (docs/contract.md §5): a tree of weighted nodes whose leaves are
 * indicators. Weights are relative within a parent; {@code rankPrecision} is the number of
 * decimals of the score that ranks are computed on.
 */
public record Framework(String code, int rankPrecision, MissingValues missingValues, Node root) {

    public Framework {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(missingValues, "missingValues");
        Objects.requireNonNull(root, "root");
        if (rankPrecision < 0 || rankPrecision > 12) {
            throw new IllegalArgumentException("rankPrecision must be 0..12: " + rankPrecision);
        }
        if (root.isLeaf()) {
            throw new IllegalArgumentException("the root must be an aggregate node");
        }
    }

    /** The leaves in depth-first (framework) order: the indicator order of a {@link Dataset}. */
    public List<Node> indicators() {
        List<Node> leaves = new ArrayList<>();
        collect(root, leaves);
        return leaves;
    }

    /** The indicator codes in depth-first order. */
    public String[] indicatorCodes() {
        return indicators().stream().map(Node::code).toArray(String[]::new);
    }

    private static void collect(Node node, List<Node> leaves) {
        if (node.isLeaf()) {
            leaves.add(node);
        } else {
            node.children().forEach(child -> collect(child, leaves));
        }
    }

    /** How a node combines its children. */
    public enum Aggregation { WEIGHTED_MEAN, GEOMETRIC_MEAN }

    /** What a missing indicator value becomes (docs/contract.md §5). */
    public enum MissingValues {
        /** A missing value scores 0. */
        ZERO,
        /** The missing child is dropped and its siblings' weights renormalised. */
        RESCALE,
        /** The missing value is imputed with the mean normalised score of the units that reported. */
        MEAN
    }

    /** How a raw value becomes a score in [0, 1]. */
    public enum Method { NONE, MIN_MAX, GOALPOSTS, TARGET, ZSCORE, RANK, BOOLEAN }

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /**
     * An indicator's normalisation: the method, its direction and its parameters ({@code low} and
     * {@code high} for GOALPOSTS, {@code target} for TARGET; null otherwise).
     */
    public record Rule(Method method, Direction direction, Double low, Double high, Double target) {

        public Rule {
            Objects.requireNonNull(method, "method");
            direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        }

        public static Rule of(Method method) {
            return new Rule(method, Direction.HIGHER_IS_BETTER, null, null, null);
        }

        public static Rule goalposts(double low, double high) {
            return new Rule(Method.GOALPOSTS, Direction.HIGHER_IS_BETTER, low, high, null);
        }

        public static Rule target(double target) {
            return new Rule(Method.TARGET, Direction.HIGHER_IS_BETTER, null, null, target);
        }

        public Rule lowerIsBetter() {
            return new Rule(method, Direction.LOWER_IS_BETTER, low, high, target);
        }
    }

    /**
     * A node: an aggregate ({@code children} non-empty, {@code rule} null) or a leaf indicator
     * ({@code rule} set, no children). {@code weight} is relative among its siblings (the root's is 1).
     */
    public record Node(String code, String name, double weight, Aggregation aggregation, List<Node> children,
                       Rule rule) {

        public Node {
            Objects.requireNonNull(code, "code");
            children = children == null ? List.of() : List.copyOf(children);
            aggregation = aggregation == null ? Aggregation.WEIGHTED_MEAN : aggregation;
            if ((rule == null) == children.isEmpty()) {
                throw new IllegalArgumentException("node " + code + " must have children or a rule, not both");
            }
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("node " + code + " needs a finite weight > 0: " + weight);
            }
        }

        public static Node aggregate(String code, double weight, Aggregation aggregation, Node... children) {
            return new Node(code, code, weight, aggregation, List.of(children), null);
        }

        public static Node aggregate(String code, double weight, Node... children) {
            return aggregate(code, weight, Aggregation.WEIGHTED_MEAN, children);
        }

        public static Node indicator(String code, double weight, Rule rule) {
            return new Node(code, code, weight, null, List.of(), rule);
        }

        public boolean isLeaf() {
            return rule != null;
        }
    }
}
