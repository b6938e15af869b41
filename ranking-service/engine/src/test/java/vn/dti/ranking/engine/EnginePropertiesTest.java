package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.Aggregation;

/**
 * Properties over a few hundred seeded random frameworks (any shape, aggregation, method and
 * missing-value policy) and datasets (ties, zeros, missing values).
 */
class EnginePropertiesTest {

    static final int CASES = 400;

    interface Property {
        void check(Framework framework, Dataset data, Scores scores);
    }

    static void forAll(long seed, Property property) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < CASES; c++) {
            Framework framework = RandomInputs.arbitrary(random);
            Dataset data = RandomInputs.arbitraryData(framework, random);
            Scores scores = ScoringEngine.score(framework, data);
            try {
                property.check(framework, data, scores);
            } catch (AssertionError e) {
                throw new AssertionError("case " + c + " of seed " + seed + " (" + framework.missingValues() + ", "
                        + framework.root() + ")", e);
            }
        }
    }

    @Test
    void scoresStayInTheUnitInterval() {
        forAll(1, (framework, data, s) -> {
            for (double[] row : s.score()) {
                for (double v : row) {
                    assertThat(v).isBetween(0.0, 1.0);
                }
            }
            for (double[] row : s.normalised()) {
                for (double v : row) {
                    assertThat(Double.isNaN(v) || (v >= 0 && v <= 1)).as("normalised %s", v).isTrue();
                }
            }
        });
    }

    @Test
    void ranksAreCompetitionRanksOfTheRoundedScores() {
        forAll(2, (framework, data, s) -> {
            int p = framework.rankPrecision();
            for (int n = 0; n < s.nodes().size(); n++) {
                double[] score = s.score()[n];
                for (int u = 0; u < score.length; u++) {
                    long key = Rank.key(score[u], p);
                    int higher = 0;
                    for (double other : score) {
                        if (Rank.key(other, p) > key) {
                            higher++;
                        }
                    }
                    assertThat(s.rank()[n][u]).isEqualTo(1 + higher);
                }
            }
        });
    }

    @Test
    void contributionsSumToTheRootScoreUnderEveryPolicyAndAggregation() {
        forAll(3, (framework, data, s) -> {
            for (int u = 0; u < s.units().length; u++) {
                double sum = 0;
                for (double[] leaf : s.contribution()) {
                    assertThat(leaf[u]).isGreaterThanOrEqualTo(0);
                    sum += leaf[u];
                }
                assertThat(sum).isCloseTo(s.score()[Scores.ROOT][u], within(1e-12));
            }
        });
    }

    static int weightedOnly;

    @Test
    void underWeightedMeansAContributionIsThePathWeightsTimesTheScore() {
        forAll(4, (framework, data, s) -> {
            boolean allWeighted = s.nodes().stream().noneMatch(n -> !n.isLeaf()
                    && Tree.of(framework).node(n.index()).aggregation() == Aggregation.GEOMETRIC_MEAN);
            if (!allWeighted) {
                return;
            }
            weightedOnly++;
            for (Scores.NodeInfo leaf : s.leaves()) {
                for (int u = 0; u < s.units().length; u++) {
                    if (framework.missingValues() == Framework.MissingValues.RESCALE && s.missing()[u] > 0) {
                        continue;  // renormalised weights differ per unit
                    }
                    double path = 1;
                    for (int n = leaf.index(); n > 0; n = s.nodes().get(n).parent()) {
                        path *= s.nodes().get(n).weight();
                    }
                    assertThat(s.contribution()[leaf.leaf()][u])
                            .isCloseTo(path * s.normalised()[leaf.leaf()][u], within(1e-12));
                }
            }
        });
        // the property was not vacuous
        assertThat(weightedOnly).isGreaterThan(CASES / 10);
    }

    @Test
    void nodeContributionsSplitTheRootAmongItsChildren() {
        forAll(5, (framework, data, s) -> {
            for (int u = 0; u < s.units().length; u++) {
                double[] byNode = Comparison.nodeContributions(s, u);
                double children = 0;
                for (int c : s.nodes().get(0).children()) {
                    children += byNode[c];
                }
                assertThat(children).isCloseTo(s.score()[0][u], within(1e-12));
            }
        });
    }

    @Test
    void sensitivityWithoutNoiseReproducesTheNominalRanks() {
        SplittableRandom random = new SplittableRandom(6);
        for (int c = 0; c < 100; c++) {
            Framework framework = RandomInputs.arbitrary(random);
            Dataset data = RandomInputs.arbitraryData(framework, random);
            Sensitivity.Result r = Sensitivity.run(framework, data, 3, c, 0);
            int[] nominal = ScoringEngine.score(framework, data).rank()[0];
            assertThat(r.nominalRank()).containsExactly(nominal);
            assertThat(r.p5Rank()).containsExactly(nominal);
            assertThat(r.p95Rank()).containsExactly(nominal);
        }
    }

    @Test
    void aLargeComputationSplitAcrossThreadsEqualsTheStepByStepOne() {
        // 2,500 units × 120 indicators = 300,000 values: above Parallel.THRESHOLD
        Framework framework = RandomInputs.realistic(8, 120, Framework.MissingValues.RESCALE, 9);
        Dataset data = RandomInputs.realisticData(framework, 2500, 0.05, 10);
        assertThat((long) data.units().length * data.indicators().length).isGreaterThanOrEqualTo(Parallel.THRESHOLD);
        Scores s = ScoringEngine.score(framework, data);

        Tree tree = Tree.of(framework);
        double[][] normalised = new double[data.indicators().length][];
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = Impute.column(framework.missingValues(),
                    Normalise.column(framework.indicators().get(i).rule(), data.values()[i]));
        }
        double[][] score = Aggregate.of(tree, tree.weights(), normalised);
        double[][] contribution = Contributions.of(tree, tree.weights(), score);
        for (int n = 0; n < score.length; n++) {
            for (int u = 0; u < score[n].length; u++) {
                if (Double.isNaN(score[n][u])) {
                    score[n][u] = 0;
                }
            }
            assertThat(s.score()[n]).containsExactly(score[n]);
            assertThat(s.rank()[n]).containsExactly(Rank.competition(score[n], framework.rankPrecision()));
        }
        for (int i = 0; i < normalised.length; i++) {
            assertThat(s.normalised()[i]).containsExactly(normalised[i]);
            assertThat(s.contribution()[i]).containsExactly(contribution[i]);
        }
    }
}
