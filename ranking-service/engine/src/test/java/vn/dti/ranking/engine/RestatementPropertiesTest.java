package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of lineage and restatement over generated frameworks (any shape, aggregation, method,
 * missing-value policy and precision, {@link RandomInputs#arbitrary}), datasets with ties, zeros and
 * missing values, and random mergers of the period's units.
 */
class RestatementPropertiesTest {

    record Case(Scores period, Map<String, List<String>> merger) {
    }

    /** A computation and a random partition of its units into merged groups, each named after its first unit. */
    static Case generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Framework framework = RandomInputs.arbitrary(random);
        Scores period = ScoringEngine.score(framework, RandomInputs.arbitraryData(framework, random));
        List<String> units = new ArrayList<>(List.of(period.units()));
        for (int i = units.size() - 1; i > 0; i--) {
            java.util.Collections.swap(units, i, random.nextInt(i + 1));
        }
        Map<String, List<String>> merger = new LinkedHashMap<>();
        int at = 0;
        while (at < units.size()) {
            int size = Math.min(units.size() - at, 1 + random.nextInt(3));
            List<String> group = units.subList(at, at + size);
            merger.put(group.get(0), List.copyOf(group));
            at += size;
        }
        return new Case(period, merger);
    }

    @Property(tries = 300)
    void restatingOnTheSameUnitsIsTheIdentity(@ForAll long seed) {
        Scores s = generate(seed).period();
        Map<String, List<String>> identity = new LinkedHashMap<>();
        for (String u : s.units()) {
            identity.put(u, List.of(u));
        }
        Restatement.Result r = Restatement.of(s, identity);
        assertThat(r.scores().units()).containsExactly(s.units());
        for (int n = 0; n < s.nodes().size(); n++) {
            assertThat(r.scores().score()[n]).containsExactly(s.score()[n]);
            assertThat(r.scores().rank()[n]).containsExactly(s.rank()[n]);
        }
        for (int i = 0; i < s.raw().length; i++) {
            assertThat(r.scores().raw()[i]).containsExactly(s.raw()[i]);
            assertThat(r.scores().normalised()[i]).containsExactly(s.normalised()[i]);
            assertThat(r.scores().contribution()[i]).containsExactly(s.contribution()[i]);
        }
        assertThat(r.scores().missing()).containsExactly(s.missing());
        assertThat(r.entries()).allSatisfy(e -> assertThat(e.unchanged()).isTrue());
    }

    @Property(tries = 300)
    void aRestatedScoreLiesBetweenItsPredecessorsMinAndMax(@ForAll long seed) {
        Case c = generate(seed);
        Scores s = c.period();
        Scores r = Restatement.of(s, c.merger()).scores();
        int u = 0;
        for (List<String> group : c.merger().values()) {
            for (int n = 0; n < s.nodes().size(); n++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (String p : group) {
                    double v = s.score()[n][s.unitIndex(p)];
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                assertThat(r.score()[n][u]).as("node %d, unit %s", n, r.units()[u])
                        .isBetween(min - 1e-12, max + 1e-12);
            }
            u++;
        }
    }

    @Property(tries = 300)
    void restatedRanksAreCompetitionRanksOfTheRoundedScoresAndContributionsAddUp(@ForAll long seed) {
        Case c = generate(seed);
        Scores r = Restatement.of(c.period(), c.merger()).scores();
        int precision = r.framework().rankPrecision();
        for (int n = 0; n < r.nodes().size(); n++) {
            for (int u = 0; u < r.units().length; u++) {
                long key = Rank.key(r.score()[n][u], precision);
                int higher = 0;
                for (double other : r.score()[n]) {
                    if (Rank.key(other, precision) > key) {
                        higher++;
                    }
                }
                assertThat(r.rank()[n][u]).isEqualTo(1 + higher);
            }
        }
        for (int u = 0; u < r.units().length; u++) {
            double sum = 0;
            for (double[] leaf : r.contribution()) {
                sum += leaf[u];
            }
            assertThat(sum).as("unit %s", r.units()[u]).isCloseTo(r.score()[Scores.ROOT][u], within(1e-9));
        }
    }

    @Property(tries = 200)
    void aPeriodComparedWithItselfRestatedOnItsOwnUnitsHasNoChange(@ForAll long seed) {
        Scores s = generate(seed).period();
        Map<String, List<String>> identity = new LinkedHashMap<>();
        for (String u : s.units()) {
            identity.put(u, List.of(u));
        }
        for (Scores.NodeInfo node : s.nodes()) {
            BoundaryComparison.Result c = BoundaryComparison.of(s, Restatement.of(s, identity), node.code());
            assertThat(c.compared()).isEqualTo(s.units().length);
            assertThat(c.units()).allSatisfy(m -> {
                assertThat(m.rankChange()).isZero();
                assertThat(m.scoreChange()).isZero();
                assertThat(m.predecessors()).containsExactly(m.unitCode());
            });
            assertThat(c.meanChange()).isCloseTo(0, within(1e-12));
            assertThat(c.risers(3)).isEmpty();
            assertThat(c.fallers(3)).isEmpty();
        }
    }

    /** Open versions while generating a history: code → (start, predecessors). */
    record Open(LocalDate from, List<String> predecessors) {
    }

    /** Merging the period's units in a chain of steps: every period unit ends up in exactly one unit on asOf. */
    @Property(tries = 200)
    void aChainOfMergersCoversEveryPeriodUnitOnce(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int steps) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate period = LocalDate.of(2024, 12, 31);
        Map<String, Open> open = new LinkedHashMap<>();
        int count = 1 + random.nextInt(40);
        for (int u = 0; u < count; u++) {
            open.put("U" + u, new Open(null, List.of()));
        }
        List<String> periodUnits = List.copyOf(open.keySet());
        List<Lineage.Unit> units = new ArrayList<>();
        LocalDate day = period;
        int next = count;
        for (int step = 0; step < steps; step++) {
            day = day.plusMonths(6);
            List<String> alive = new ArrayList<>(open.keySet());
            for (int i = alive.size() - 1; i > 0; i--) {
                java.util.Collections.swap(alive, i, random.nextInt(i + 1));
            }
            int at = 0;
            while (at < alive.size()) {
                int size = Math.min(alive.size() - at, 1 + random.nextInt(3));
                List<String> group = List.copyOf(alive.subList(at, at + size));
                at += size;
                if (size == 1 && random.nextBoolean()) {
                    continue; // unchanged across this step
                }
                for (String g : group) {
                    Open o = open.remove(g);
                    units.add(new Lineage.Unit(g, o.from(), day.minusDays(1), o.predecessors()));
                }
                // the new unit reuses its first predecessor's code half the time, as 2025's units did
                String code = random.nextBoolean() ? group.get(0) : "U" + next++;
                open.put(code, new Open(day, group));
            }
        }
        open.forEach((code, o) -> units.add(new Lineage.Unit(code, o.from(), null, o.predecessors())));
        Lineage.Resolution r = Lineage.resolve(units, day, period, periodUnits);
        assertThat(r.complete()).isTrue();
        assertThat(r.uncovered()).isEmpty();
        assertThat(r.predecessors()).containsOnlyKeys(open.keySet());
        List<String> all = r.predecessors().values().stream().flatMap(List::stream).toList();
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(periodUnits);
    }
}
