package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.dti.ranking.engine.Examples.NaN;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Comparison.NodeChange;
import vn.dti.ranking.engine.Comparison.UnitChange;
import vn.dti.ranking.engine.Framework.MissingValues;

class ComparisonTest {

    static Scores current() {
        Framework framework = Examples.small(MissingValues.ZERO);
        return ScoringEngine.score(framework, Examples.smallData(framework));
    }

    /** The year before: HN had no plan yet and OPS at 0.4; everything else as now. */
    static Scores previous(Framework framework) {
        return ScoringEngine.score(framework, Examples.rows(framework, Examples.UNITS, new double[][] {
                {90, 80, 95, 50}, {0, 1, 0, 1}, {88, 60, 72, NaN}, {2, 6, 4, 10}, {0.4, 0.7, 0.8, 0.5}}));
    }

    @Test
    void scoreAndRankChangeSplitByNode() {
        UnitChange hn = Comparison.of(current(), previous(Examples.small(MissingValues.ZERO)), "HN");
        // before: INFRA = 2/3 × 0.8 = 0.5333…, GOV = 0.25 + 0.25 + 0.5 × 0.4 = 0.7, DTI = 0.32 + 0.28 = 0.60,
        // 3rd behind HP 0.705 and DN 0.685; now 0.90 and 1st
        assertThat(hn.score()).isCloseTo(0.90, within(1e-12));
        assertThat(hn.previousScore()).isCloseTo(0.60, within(1e-12));
        assertThat(hn.scoreChange()).isCloseTo(0.30, within(1e-12));
        assertThat(hn.rank()).isEqualTo(1);
        assertThat(hn.previousRank()).isEqualTo(3);
        assertThat(hn.rankChange()).isEqualTo(2);
        NodeChange infra = node(hn, "INFRA");
        NodeChange gov = node(hn, "GOV");
        // INFRA's contribution: 0.32 + 0.2 now, 0.32 + 0 before → +0.2; GOV's: 0.1 + 0.1 + 0.18 now,
        // 0.1 + 0.1 + 0.4 × 0.5 × 0.4 = 0.28 before → +0.1; together the +0.3 of the score
        assertThat(infra.contributionChange()).isCloseTo(0.2, within(1e-12));
        assertThat(gov.contributionChange()).isCloseTo(0.1, within(1e-12));
        assertThat(infra.contributionChange() + gov.contributionChange()).isCloseTo(hn.scoreChange(), within(1e-12));
        assertThat(infra.previousScore()).isCloseTo(1.6 / 3, within(1e-12));
        assertThat(infra.previousRank()).isEqualTo(3);
        assertThat(infra.rank()).isEqualTo(1);
        assertThat(node(hn, "PLAN").contributionChange()).isCloseTo(0.2, within(1e-12));
        assertThat(node(hn, "OPS").contributionChange()).isCloseTo(0.1, within(1e-12));
        assertThat(node(hn, "BROADBAND").contributionChange()).isCloseTo(0, within(1e-12));
        assertThat(node(hn, "DTI").contributionChange()).isCloseTo(0.3, within(1e-12));
        assertThat(hn.nodes()).extracting(NodeChange::code)
                .containsExactly("DTI", "INFRA", "BROADBAND", "PLAN", "GOV", "ONLINE", "DELAY", "OPS");
    }

    @Test
    void aMovedDownUnitHasANegativeRankChange() {
        UnitChange hp = Comparison.of(current(), previous(Examples.small(MissingValues.ZERO)), "HP");
        // HP: 1st before, 2nd now, same score
        assertThat(hp.rankChange()).isEqualTo(-1);
        assertThat(hp.scoreChange()).isCloseTo(0, within(1e-12));
    }

    @Test
    void nodesAndUnitsAbsentBeforeGiveNulls() {
        // the year before the indicator was called DELAY_OLD
        Framework before = new Framework("OLD", 4, MissingValues.ZERO, rename(Examples.small(MissingValues.ZERO).root()));
        UnitChange hn = Comparison.of(current(), previous(before), "HN");
        NodeChange delay = node(hn, "DELAY");
        assertThat(delay.previousScore()).isNull();
        assertThat(delay.previousRank()).isNull();
        assertThat(delay.contributionChange()).isNull();
        assertThat(node(hn, "GOV").previousScore()).isNotNull();

        Framework framework = Examples.small(MissingValues.ZERO);
        Scores without = ScoringEngine.score(framework, Dataset.empty(framework, "HP"));
        UnitChange fresh = Comparison.of(current(), without, "HN");
        assertThat(fresh.previousScore()).isNull();
        assertThat(fresh.scoreChange()).isNull();
        assertThat(fresh.rankChange()).isNull();
        assertThat(fresh.nodes()).allSatisfy(n -> assertThat(n.contributionChange()).isNull());
        assertThat(Comparison.of(current(), null, "HN").previousRank()).isNull();
        assertThatThrownBy(() -> Comparison.of(current(), null, "XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changesSumToTheScoreChangeUnderAGeometricRootToo() {
        Framework framework = new Framework("G", 4, MissingValues.RESCALE, Framework.Node.aggregate("R", 1,
                Framework.Aggregation.GEOMETRIC_MEAN, Examples.small(MissingValues.ZERO).root().children().toArray(
                        Framework.Node[]::new)));
        Scores now = ScoringEngine.score(framework, Examples.smallData(framework));
        Scores before = previous(framework);
        for (String unit : Examples.UNITS) {
            UnitChange c = Comparison.of(now, before, unit);
            double sum = node(c, "INFRA").contributionChange() + node(c, "GOV").contributionChange();
            assertThat(sum).as(unit).isCloseTo(c.scoreChange(), within(1e-12));
        }
    }

    static NodeChange node(UnitChange change, String code) {
        return change.nodes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private static Framework.Node rename(Framework.Node node) {
        if (node.isLeaf()) {
            String code = node.code().equals("DELAY") ? "DELAY_OLD" : node.code();
            return new Framework.Node(code, code, node.weight(), null, List.of(), node.rule());
        }
        return new Framework.Node(node.code(), node.name(), node.weight(), node.aggregation(),
                node.children().stream().map(ComparisonTest::rename).toList(), null);
    }
}
