package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.dti.ranking.engine.Framework.Node.aggregate;
import static vn.dti.ranking.engine.Framework.Node.indicator;
import static vn.dti.ranking.engine.NormaliseTest.assertScores;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.Aggregation;
import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Rule;

/** Aggregation and contributions on a tree with a weighted and a geometric pillar. */
class AggregateTest {

    static final double NaN = Double.NaN;
    static final Rule ANY = Rule.of(Method.NONE);

    /**
     * R = 2/3 A + 1/3 B (weights 2 and 1); A = 1/4 a1 + 3/4 a2 (weighted mean);
     * B = b1^(1/2) × b2^(1/2) (geometric mean). Pre-order: R 0, A 1, a1 2, a2 3, B 4, b1 5, b2 6.
     */
    static final Framework TREE = new Framework("T", 4, MissingValues.RESCALE, aggregate("R", 1,
            aggregate("A", 2, indicator("a1", 1, ANY), indicator("a2", 3, ANY)),
            aggregate("B", 1, Aggregation.GEOMETRIC_MEAN, indicator("b1", 1, ANY), indicator("b2", 1, ANY))));

    // Units U0..U4; NaN = dropped (as under RESCALE).
    static final double[][] NORMALISED = {
            {0.4, 1, NaN, NaN, 0.2},     // a1
            {0.8, 0, 0.6, NaN, 0.2},     // a2
            {0.25, 0, NaN, NaN, 0.36},   // b1
            {1.0, 0.8, NaN, NaN, NaN}};  // b2

    @Test
    void weightsAreNormalisedWithinEachParent() {
        Tree tree = Tree.of(TREE);
        assertThat(tree.weights()).containsExactly(new double[] {1, 2.0 / 3, 0.25, 0.75, 1.0 / 3, 0.5, 0.5},
                within(1e-15));
    }

    @Test
    void weightedAndGeometricMeansWithDroppedChildren() {
        Tree tree = Tree.of(TREE);
        double[][] s = Aggregate.of(tree, tree.weights(), NORMALISED);
        // A: U0 0.25×0.4 + 0.75×0.8 = 0.7; U1 0.25×1 + 0 = 0.25; U2 a1 dropped → a2 alone = 0.6;
        //    U3 nothing → missing; U4 0.25×0.2 + 0.75×0.2 = 0.2
        assertScores(s[1], 0.7, 0.25, 0.6, NaN, 0.2);
        // B: U0 sqrt(0.25 × 1) = 0.5; U1 b1 = 0 → 0; U2 missing; U4 b2 dropped → 0.36^(0.5/0.5) = 0.36
        assertScores(s[4], 0.5, 0, NaN, NaN, 0.36);
        // R: U0 2/3×0.7 + 1/3×0.5 = 1.9/3; U1 2/3×0.25 = 1/6; U2 B dropped → A alone = 0.6;
        //    U4 2/3×0.2 + 1/3×0.36 = 0.2533…
        assertScores(s[0], 1.9 / 3, 1.0 / 6, 0.6, NaN, 0.4 / 3 + 0.12);
        // leaf rows are the normalised scores
        assertScores(s[5], 0.25, 0, NaN, NaN, 0.36);
    }

    @Test
    void contributionsSplitTheRootScore() {
        Tree tree = Tree.of(TREE);
        double[][] s = Aggregate.of(tree, tree.weights(), NORMALISED);
        double[][] c = Contributions.of(tree, tree.weights(), s);
        // U0: a1 = 2/3 × 1/4 × 0.4 = 1/15; a2 = 2/3 × 3/4 × 0.8 = 0.4;
        //     B's share 1/3 × 0.5 = 1/6 is split by wᵢsᵢ: b1 0.5×0.25 = 0.125, b2 0.5×1 = 0.5 (of 0.625)
        //     → b1 = 1/6 × 0.2 = 1/30, b2 = 1/6 × 0.8 = 2/15. Sum = (2 + 12 + 1 + 4)/30 = 19/30 = R.
        // U1: a1 = 2/3 × 1/4 × 1 = 1/6; B = 0 so b1, b2 get 0.
        // U2: a2 carries all of R (A is alone under R, a2 alone under A): 0.6.
        // U3: nothing. U4: a1 = 2/3 × 1/4 × 0.2 = 1/30; a2 = 2/3 × 3/4 × 0.2 = 0.1; b1 alone: 1/3 × 0.36 = 0.12.
        assertScores(c[0], 1.0 / 15, 1.0 / 6, 0, 0, 1.0 / 30);
        assertScores(c[1], 0.4, 0, 0.6, 0, 0.1);
        assertScores(c[2], 1.0 / 30, 0, 0, 0, 0.12);
        assertScores(c[3], 2.0 / 15, 0, 0, 0, 0);
        for (int u = 0; u < 5; u++) {
            double sum = c[0][u] + c[1][u] + c[2][u] + c[3][u];
            double root = Double.isNaN(s[0][u]) ? 0 : s[0][u];
            assertThat(sum).as("unit %d", u).isCloseTo(root, within(1e-15));
        }
    }

    @Test
    void geometricMeanWithUnequalWeights() {
        Framework f = new Framework("G", 4, MissingValues.ZERO, aggregate("G", 1, Aggregation.GEOMETRIC_MEAN,
                indicator("g1", 1, ANY), indicator("g2", 3, ANY)));
        Tree tree = Tree.of(f);
        double[][] s = Aggregate.of(tree, tree.weights(), new double[][] {{0.0625, 0.5, 1}, {1, 0.5, 0.0016}});
        // 0.0625^(1/4) × 1^(3/4) = 0.5; 0.5^(1/4) × 0.5^(3/4) = 0.5; 1 × 0.0016^(3/4) = (0.2^4)^(3/4) = 0.008
        assertScores(s[0], 0.5, 0.5, 0.008);
        double[][] c = Contributions.of(tree, tree.weights(), s);
        // unit 0: w·s = 0.25 × 0.0625 = 0.015625 and 0.75 × 1 = 0.75 (sum 0.765625 = 49/64)
        //         → g1 = 0.5 × (1/64)/(49/64) = 0.5/49, g2 = 0.5 × 48/49
        assertThat(c[0][0]).isCloseTo(0.5 / 49, within(1e-15));
        assertThat(c[1][0]).isCloseTo(0.5 * 48 / 49, within(1e-15));
        // unit 1: w·s = 0.125 and 0.375 → 1/4 and 3/4 of 0.5
        assertThat(c[0][1]).isCloseTo(0.125, within(1e-15));
        assertThat(c[1][1]).isCloseTo(0.375, within(1e-15));
    }

    @Test
    void aCompleteUnitUsesTheWeightsAsGiven() {
        // Renormalising only when a sibling is missing keeps a complete unit's score exactly Σ wᵢsᵢ.
        Tree tree = Tree.of(TREE);
        double[][] s = Aggregate.of(tree, tree.weights(), new double[][] {{0.3}, {0.3}, {0.3}, {0.3}});
        assertThat(s[1][0]).isEqualTo(0.25 * 0.3 + 0.75 * 0.3);
    }
}
