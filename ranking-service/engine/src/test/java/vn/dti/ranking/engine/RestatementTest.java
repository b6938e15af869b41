package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.dti.ranking.engine.Examples.NaN;
import static vn.dti.ranking.engine.Framework.Node.aggregate;
import static vn.dti.ranking.engine.Framework.Node.indicator;
import static vn.dti.ranking.engine.NormaliseTest.assertScores;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework.Method;
import vn.dti.ranking.engine.Framework.MissingValues;
import vn.dti.ranking.engine.Framework.Rule;
import vn.dti.ranking.engine.Lineage.Unit;
import vn.dti.ranking.engine.Restatement.Entry;

/**
 * A hand-computed restated table. Framework: DTI = ½ X + ½ Y, X and Y already in [0, 1] (method
 * NONE), rankPrecision 4. Nodes in pre-order: DTI 0, X 1, Y 2.
 *
 * <pre>
 * 2024   X        Y     DTI
 * 01     0.80     0.60  0.70
 * 22     0.50008  0.70  0.60004
 * 48     0.80     0.80  0.80
 * 49     0.40     0.40  0.40
 * 74     0.70     0.90  0.80
 * 77     0.40     0.60  0.50
 * 79     0.95     0.85  0.90
 * </pre>
 *
 * On the units of 2025-07-01: 01 and 22 unchanged; 48 ← 48, 49; 79 ← 79, 74, 77.
 *
 * <pre>
 * restated  X                        Y                        DTI                           rank
 * 01        0.80                     0.60                     0.70                          2
 * 22        0.50008                  0.70                     0.60004 → 0.6000              3 (tie)
 * 48        (0.8+0.4)/2 = 0.60       (0.8+0.4)/2 = 0.60       (0.8+0.4)/2 = 0.60 → 0.6000   3 (tie)
 * 79        2.05/3 = 0.68333…        2.35/3 = 0.78333…        2.2/3 = 0.73333…              1
 * </pre>
 *
 * X ranks 01 1, 79 2, 48 3, 22 4 (0.5001); Y ranks 79 1, 22 2, 01 and 48 tied 3rd.
 */
class RestatementTest {

    static Framework framework(MissingValues policy) {
        return new Framework("R", 4, policy, aggregate("DTI", 1,
                indicator("X", 1, Rule.of(Method.NONE)), indicator("Y", 1, Rule.of(Method.NONE))));
    }

    static final String[] UNITS_2024 = {"01", "22", "48", "49", "74", "77", "79"};

    static Scores period2024() {
        Framework f = framework(MissingValues.ZERO);
        return ScoringEngine.score(f, Examples.rows(f, UNITS_2024, new double[][] {
                {0.80, 0.50008, 0.80, 0.40, 0.70, 0.40, 0.95},
                {0.60, 0.70, 0.80, 0.40, 0.90, 0.60, 0.85}}));
    }

    static Lineage.Resolution lineage() {
        List<Unit> units = List.of(
                new Unit("01", null, null, List.of()),
                new Unit("22", null, null, List.of()),
                new Unit("48", null, LocalDate.of(2025, 6, 30), List.of()),
                new Unit("49", null, LocalDate.of(2025, 6, 30), List.of()),
                new Unit("74", null, LocalDate.of(2025, 6, 30), List.of()),
                new Unit("77", null, LocalDate.of(2025, 6, 30), List.of()),
                new Unit("79", null, LocalDate.of(2025, 6, 30), List.of()),
                new Unit("48", LocalDate.of(2025, 7, 1), null, List.of("48", "49")),
                new Unit("79", LocalDate.of(2025, 7, 1), null, List.of("79", "74", "77")));
        return Lineage.resolve(units, LineageTest.MERGER, LineageTest.END_2024, List.of(UNITS_2024));
    }

    static Restatement.Result restated() {
        return Restatement.of(period2024(), lineage());
    }

    @Test
    void aHandComputedRestatedTableWithATie() {
        Restatement.Result r = restated();
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(r.rule()).isEqualTo("MEAN_OF_PREDECESSORS");
        Scores s = r.scores();
        assertThat(s.units()).containsExactly("01", "22", "48", "79");
        assertScores(s.score()[0], 0.70, 0.60004, 0.60, 2.2 / 3);
        assertScores(s.score()[1], 0.80, 0.50008, 0.60, 2.05 / 3);
        assertScores(s.score()[2], 0.60, 0.70, 0.60, 2.35 / 3);
        // 22's 0.60004 and 48's 0.60 both publish as 0.6000: tied 3rd, no 4th
        assertThat(s.rank()[0]).containsExactly(2, 3, 3, 1);
        assertThat(s.rank()[1]).containsExactly(1, 4, 3, 2);
        assertThat(s.rank()[2]).containsExactly(3, 2, 3, 1);
        assertThat(Rank.rounded(s.score()[0][1], 4)).isEqualByComparingTo("0.6000");
        assertThat(Rank.rounded(s.score()[0][3], 4)).isEqualByComparingTo("0.7333");
        // the table's order: 79, 01, then the tie by code
        assertThat(s.order(0)).containsExactly(3, 0, 1, 2);
        assertThat(s.nodes()).extracting(Scores.NodeInfo::code).containsExactly("DTI", "X", "Y");
        Scores period = period2024();
        assertThat(Restatement.of(period, lineage()).scores().nodes()).isSameAs(period.nodes());
    }

    @Test
    void aMergerOfThreeScoresThePlainMeanAtEveryNode() {
        Restatement.Result r = restated();
        Entry hcm = r.entry("79");
        assertThat(hcm.predecessors()).containsExactly("74", "77", "79");
        assertThat(hcm.unchanged()).isFalse();
        Scores s = r.scores();
        int u = s.unitIndex("79");
        // (0.90 + 0.80 + 0.50)/3, (0.95 + 0.70 + 0.40)/3, (0.85 + 0.90 + 0.60)/3
        assertThat(s.score()[0][u]).isCloseTo(0.7333333333, within(1e-9));
        assertThat(s.score()[1][u]).isCloseTo(0.6833333333, within(1e-9));
        assertThat(s.score()[2][u]).isCloseTo(0.7833333333, within(1e-9));
        // contributions are means too and still add up to the DTI: X (0.475 + 0.35 + 0.2)/3, Y (0.425 + 0.45 + 0.3)/3
        assertThat(s.contribution()[0][u]).isCloseTo(1.025 / 3, within(1e-12));
        assertThat(s.contribution()[1][u]).isCloseTo(1.175 / 3, within(1e-12));
        assertThat(s.contribution()[0][u] + s.contribution()[1][u]).isCloseTo(2.2 / 3, within(1e-12));
        assertThat(s.raw()[0][u]).isCloseTo(2.05 / 3, within(1e-12));
    }

    @Test
    void aMergerOfTwoAndAnUnchangedUnit() {
        Restatement.Result r = restated();
        assertThat(r.entry("48").predecessors()).containsExactly("48", "49");
        assertThat(r.entry("01").predecessors()).containsExactly("01");
        assertThat(r.entry("01").unchanged()).isTrue();
        Scores s = r.scores();
        Scores before = period2024();
        int u = s.unitIndex("01");
        int p = before.unitIndex("01");
        for (int n = 0; n < 3; n++) {
            assertThat(s.score()[n][u]).isEqualTo(before.score()[n][p]);
        }
        assertThat(s.score()[0][s.unitIndex("48")]).isCloseTo(0.60, within(1e-12));
        assertThat(r.entries()).allSatisfy(e -> assertThat(e.notReported()).isEmpty());
    }

    @Test
    void aUnitMergedTwiceScoresTheMeanOfThePeriodsUnitsNotAMeanOfMeans() {
        // A 0.9, B 0.5, D 0.4 in 2024; A, B → C (2025-01-01); C, D → E (2025-07-01)
        Framework f = framework(MissingValues.ZERO);
        Scores period = ScoringEngine.score(f, Examples.rows(f, new String[] {"A", "B", "D"},
                new double[][] {{0.9, 0.5, 0.4}, {0.9, 0.5, 0.4}}));
        List<Unit> units = List.of(
                LineageTest.unit("A", null, "2024-12-31"), LineageTest.unit("B", null, "2024-12-31"),
                LineageTest.unit("D", null, "2025-06-30"),
                LineageTest.unit("C", "2025-01-01", "2025-06-30", "A", "B"),
                LineageTest.unit("E", "2025-07-01", null, "C", "D"));
        Restatement.Result r = Restatement.of(period,
                Lineage.resolve(units, LineageTest.MERGER, LineageTest.END_2024, List.of("A", "B", "D")));
        assertThat(r.entry("E").predecessors()).containsExactly("A", "B", "D");
        // (0.9 + 0.5 + 0.4)/3 = 0.6, not ((0.9 + 0.5)/2 + 0.4)/2 = 0.55
        assertScores(r.scores().score()[0], 0.6);
        assertThat(r.scores().rank()[0]).containsExactly(1);
    }

    /**
     * P reported X 0.8 and Y 0.6 (DTI 0.7); Q nothing. Under ZERO (the DTI's rule) Q's published
     * scores are 0 and count: the merged unit scores X 0.4, Y 0.3, DTI 0.35. Under RESCALE Q's nodes
     * are missing and left out: X 0.8, Y 0.6, DTI 0.7. Either way Q is named as not reported.
     */
    @Test
    void aPredecessorThatReportedNothingCountsAsThePeriodPublishedIt() {
        Map<String, List<String>> merge = Map.of("M", List.of("P", "Q"));
        for (MissingValues policy : MissingValues.values()) {
            Framework f = framework(policy);
            Scores period = ScoringEngine.score(f, Examples.rows(f, new String[] {"P", "Q"},
                    new double[][] {{0.8, NaN}, {0.6, NaN}}));
            Restatement.Result r = Restatement.of(period, merge);
            assertThat(r.asOf()).isNull();
            Entry m = r.entry("M");
            assertThat(m.notReported()).as("%s", policy).containsExactly("Q");
            assertThat(m.incomplete()).isEmpty();
            assertThat(r.scores().missing()).containsExactly(2);
            double[] expected = switch (policy) {
                // MEAN imputes the mean of the reporters: Q gets P's 0.8 and 0.6, so the mean is P's
                case ZERO -> new double[] {0.35, 0.4, 0.3};
                case MEAN, RESCALE -> new double[] {0.7, 0.8, 0.6};
            };
            for (int n = 0; n < 3; n++) {
                assertThat(r.scores().score()[n][0]).as("%s node %d", policy, n).isCloseTo(expected[n], within(1e-12));
            }
            assertThat(r.scores().contribution()[0][0] + r.scores().contribution()[1][0])
                    .as("%s contributions", policy).isCloseTo(expected[0], within(1e-12));
            // raw values: the mean over those that reported one
            assertThat(r.scores().raw()[0][0]).isEqualTo(0.8);
        }
    }

    /**
     * Q reported X 0.4 only. ZERO: Q = X 0.4, Y 0, DTI 0.2 → merged X 0.6, Y 0.3, DTI 0.45.
     * RESCALE: Q's Y is missing, its DTI is X alone, 0.4 → merged X 0.6, Y 0.6 (P's), DTI 0.55;
     * contributions over P and Q: X (0.4 + 0.4)/2, Y (0.3 + 0)/2, sum 0.55.
     */
    @Test
    void aPartlyReportingPredecessorIsFlaggedIncomplete() {
        Map<String, List<String>> merge = Map.of("M", List.of("P", "Q"));
        double[][] values = {{0.8, 0.4}, {0.6, NaN}};
        Framework zero = framework(MissingValues.ZERO);
        Restatement.Result z = Restatement.of(ScoringEngine.score(zero, Examples.rows(zero, new String[] {"P", "Q"}, values)), merge);
        assertThat(z.entry("M").incomplete()).containsExactly("Q");
        assertThat(z.entry("M").notReported()).isEmpty();
        assertThat(z.scores().score()[0][0]).isCloseTo(0.45, within(1e-12));
        assertThat(z.scores().score()[2][0]).isCloseTo(0.3, within(1e-12));
        Framework rescale = framework(MissingValues.RESCALE);
        Restatement.Result r = Restatement.of(ScoringEngine.score(rescale,
                Examples.rows(rescale, new String[] {"P", "Q"}, values)), merge);
        assertThat(r.scores().score()[0][0]).isCloseTo(0.55, within(1e-12));
        assertThat(r.scores().score()[1][0]).isCloseTo(0.6, within(1e-12));
        assertThat(r.scores().score()[2][0]).isCloseTo(0.6, within(1e-12));
        assertThat(r.scores().contribution()[0][0]).isCloseTo(0.4, within(1e-12));
        assertThat(r.scores().contribution()[1][0]).isCloseTo(0.15, within(1e-12));
        assertThat(r.scores().normalised()[1][0]).isEqualTo(0.6);
    }

    @Test
    void theReal63ProvincesRestatedOn34() {
        Framework f = framework(MissingValues.ZERO);
        List<String[]> old = LineageTest.csv("provinces-63.csv");
        String[] codes = old.stream().map(r -> r[0]).toArray(String[]::new);
        // X = Y = the code's number / 100 (01 → 0.01 … 96 → 0.96), so a unit's DTI is its number / 100
        double[] v = old.stream().mapToDouble(r -> Integer.parseInt(r[0]) / 100.0).toArray();
        Scores period = ScoringEngine.score(f, Examples.rows(f, codes, new double[][] {v, v.clone()}));
        Restatement.Result r = Restatement.of(period, LineageTest.lineage34());
        Scores s = r.scores();
        assertThat(s.units()).hasSize(34);
        // HCMC: (0.79 + 0.74 + 0.77)/3 = 0.7667; Cần Thơ: (0.92 + 0.93 + 0.94)/3 = 0.93, 1st;
        // Cà Mau (0.96 + 0.95)/2 = 0.955 … is 1st: the highest codes merged with each other
        assertThat(s.score()[0][s.unitIndex("79")]).isCloseTo(2.30 / 3, within(1e-12));
        assertThat(s.score()[0][s.unitIndex("92")]).isCloseTo(0.93, within(1e-12));
        assertThat(s.score()[0][s.unitIndex("96")]).isCloseTo(0.955, within(1e-12));
        assertThat(s.rank()[0][s.unitIndex("96")]).isEqualTo(1);
        assertThat(s.rank()[0][s.unitIndex("92")]).isEqualTo(2);
        assertThat(s.score()[0][s.unitIndex("01")]).isCloseTo(0.01, within(1e-12));
        assertThat(s.rank()[0][s.unitIndex("01")]).isEqualTo(34);
        assertThat(r.entries().stream().mapToInt(e -> e.predecessors().size()).sum()).isEqualTo(63);
    }

    @Test
    void refusesAnUnresolvedLineageAndUnknownPredecessors() {
        Lineage.Resolution broken = Lineage.resolve(List.of(new Unit("N", LocalDate.of(2025, 7, 1), null, List.of())),
                LineageTest.MERGER, LineageTest.END_2024, List.of(UNITS_2024));
        assertThatThrownBy(() -> Restatement.of(period2024(), broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No lineage from the unit N valid on 2025-07-01 to any unit of the period.");
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        unknown.put("X", List.of("ZZ"));
        assertThatThrownBy(() -> Restatement.of(period2024(), unknown)).hasMessageContaining("ZZ");
        assertThatThrownBy(() -> Restatement.of(period2024(), Map.of("X", List.of()))).hasMessageContaining("at least one");
    }

    @Test
    void underZeroTheScoresAreRebases() {
        Map<String, List<String>> map = lineage().predecessors();
        Scores restated = Restatement.of(period2024(), map).scores();
        Scores rebased = Rebase.of(period2024(), map);
        for (int n = 0; n < 3; n++) {
            assertThat(restated.score()[n]).containsExactly(rebased.score()[n]);
            assertThat(restated.rank()[n]).containsExactly(rebased.rank()[n]);
        }
    }
}
