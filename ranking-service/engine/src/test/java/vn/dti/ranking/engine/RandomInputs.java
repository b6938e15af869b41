package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.dti.ranking.engine.Framework.Aggregation;
import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Node;
import vn.dti.ranking.engine.Framework.Rule;

/** Seeded random frameworks and datasets, for the property tests and the benchmark. */
public final class RandomInputs {

    private RandomInputs() {
    }

    /**
     * A DTI-like framework: {@code pillars} weighted pillars under a weighted-mean root, each with
     * about the same number of indicators of mixed methods (goalposts and targets for percentages,
     * yes/no, min-max, z-score, rank, none), some lower-is-better.
     */
    public static Framework realistic(int pillars, int indicators, MissingValues missingValues, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Node> pillarNodes = new ArrayList<>();
        int made = 0;
        for (int p = 0; p < pillars; p++) {
            int count = (indicators - made) / (pillars - p);
            Node[] leaves = new Node[count];
            for (int i = 0; i < count; i++) {
                leaves[i] = Node.indicator("P" + p + "_I" + i, 1 + random.nextInt(3), rule(random, i));
            }
            made += count;
            pillarNodes.add(Node.aggregate("P" + p, 0.1 + 0.05 * random.nextInt(3), leaves));
        }
        return new Framework("BENCH", 4, missingValues, Node.aggregate("DTI", 1, pillarNodes.toArray(Node[]::new)));
    }

    /** Values for {@link #realistic}'s rules (percentages 0..100, yes/no 0/1, counts), {@code missingShare} NaN. */
    public static Dataset realisticData(Framework framework, int units, double missingShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] codes = new String[units];
        for (int u = 0; u < units; u++) {
            codes[u] = String.format("U%05d", u);
        }
        List<Node> leaves = framework.indicators();
        double[][] values = new double[leaves.size()][units];
        for (int i = 0; i < leaves.size(); i++) {
            Rule rule = leaves.get(i).rule();
            for (int u = 0; u < units; u++) {
                values[i][u] = random.nextDouble() < missingShare ? Double.NaN : value(random, rule.method());
            }
        }
        return new Dataset(codes, framework.indicatorCodes(), values);
    }

    private static Rule rule(SplittableRandom random, int i) {
        Rule rule = switch (i % 7) {
            case 0 -> Rule.goalposts(20, 90);
            case 1 -> Rule.of(Method.BOOLEAN);
            case 2 -> Rule.target(75);
            case 3 -> Rule.of(Method.MIN_MAX);
            case 4 -> Rule.of(Method.ZSCORE);
            case 5 -> Rule.of(Method.RANK);
            default -> Rule.of(Method.NONE);
        };
        return random.nextInt(5) == 0 ? rule.lowerIsBetter() : rule;
    }

    private static double value(SplittableRandom random, Method method) {
        return switch (method) {
            case BOOLEAN -> random.nextInt(2);
            case NONE -> Math.round(random.nextDouble(-0.05, 1.05) * 1e4) / 1e4;
            case MIN_MAX, ZSCORE, RANK -> random.nextInt(4) == 0 ? random.nextInt(20) : random.nextDouble(0, 1000);
            default -> Math.round(random.nextDouble(0, 100) * 100) / 100.0;
        };
    }

    /** Any shape: depth 1..4, 1..5 children, either aggregation, any method, any policy. */
    public static Framework arbitrary(SplittableRandom random) {
        MissingValues policy = MissingValues.values()[random.nextInt(3)];
        int[] counter = {0};
        Node root = arbitraryNode(random, 0, 1 + random.nextInt(4), counter, true);
        return new Framework("RANDOM", random.nextInt(7), policy, root);
    }

    private static Node arbitraryNode(SplittableRandom random, int depth, int maxDepth, int[] counter, boolean root) {
        double weight = root ? 1 : 0.05 + random.nextDouble() * 3;
        String code = "N" + counter[0]++;
        if (!root && (depth >= maxDepth || random.nextInt(3) == 0)) {
            return Node.indicator(code, weight, arbitraryRule(random));
        }
        int children = 1 + random.nextInt(5);
        Node[] kids = new Node[children];
        for (int c = 0; c < children; c++) {
            kids[c] = arbitraryNode(random, depth + 1, maxDepth, counter, false);
        }
        Aggregation aggregation = random.nextInt(3) == 0 ? Aggregation.GEOMETRIC_MEAN : Aggregation.WEIGHTED_MEAN;
        return Node.aggregate(code, weight, aggregation, kids);
    }

    private static Rule arbitraryRule(SplittableRandom random) {
        Method method = Method.values()[random.nextInt(Method.values().length)];
        Rule rule = switch (method) {
            case GOALPOSTS -> {
                double low = random.nextDouble(-50, 50);
                yield Rule.goalposts(low, low + random.nextDouble(0.5, 100));
            }
            case TARGET -> Rule.target(random.nextInt(10) == 0 ? 0 : random.nextDouble(0.1, 100));
            default -> Rule.of(method);
        };
        return random.nextBoolean() ? rule.lowerIsBetter() : rule;
    }

    /** Values in about −60..160 with ties, zeros and 0..4 tenths missing. */
    public static Dataset arbitraryData(Framework framework, SplittableRandom random) {
        int units = 1 + random.nextInt(30);
        String[] codes = new String[units];
        for (int u = 0; u < units; u++) {
            codes[u] = "U" + u;
        }
        double missing = random.nextInt(5) / 10.0;
        String[] indicators = framework.indicatorCodes();
        double[][] values = new double[indicators.length][units];
        for (double[] row : values) {
            for (int u = 0; u < units; u++) {
                int kind = random.nextInt(10);
                row[u] = random.nextDouble() < missing ? Double.NaN
                        : kind == 0 ? 0 : kind == 1 ? 1 : kind == 2 ? random.nextInt(3) : random.nextDouble(-60, 160);
            }
        }
        return new Dataset(codes, indicators, values);
    }
}
