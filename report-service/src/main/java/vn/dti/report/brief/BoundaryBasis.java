package vn.dti.report.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.dti.ranking.engine.BoundaryComparison;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.Lineage;
import vn.dti.ranking.engine.Restatement;
import vn.dti.ranking.engine.Scores;

/**
 * The compare period of a brief restated on the units of its period, when units changed between
 * them (the 2025 mergers; DESIGN §13, docs/briefs.md "Comparisons across a boundary"). The lineage,
 * the rule (a merged unit scores the plain mean of its predecessors at every node, ranks are
 * recomputed on the rounded scores) and the like-for-like mean change are the engine's
 * ({@link Lineage}, {@link Restatement}, {@link BoundaryComparison}); this class only turns the
 * stored standings (root and pillar scores per unit) into the engine's arrays and back. Pure: no I/O.
 */
public final class BoundaryBasis {

    private BoundaryBasis() {
    }

    /**
     * The restated compare standings (on the current codes and names), the units compared (those
     * with a lineage) and the headline figures of the comparison.
     */
    public record Result(Inputs.Standings restated, Set<String> compared, Inputs.Boundary boundary) {
    }

    /**
     * Empty when no boundary lies between the two periods: every current unit is the same unit
     * version in both ({@code comparable}), or none of the others descends from units of the
     * compare period. Then the brief compares as published, as it always did.
     *
     * @param units every known version of the framework's unit type
     * @param compareValues the compare period's current values (unit → indicator → value): under
     *        RESCALE a pillar with nothing reported is left out of its mean, as the engine left it out
     */
    public static Optional<Result> of(FrameworkModel fw, Inputs.Standings current, Inputs.Standings compare,
                                                Set<String> comparable, Collection<Lineage.Unit> units, LocalDate asOf,
                                                LocalDate compareDate, Map<String, ? extends Map<String, ?>> compareValues) {
        List<String> compareCodes = compare.entries().stream().map(Inputs.Entry::unitCode).toList();
        Set<String> inCompare = Set.copyOf(compareCodes);
        Set<String> same = new HashSet<>();
        for (Inputs.Entry e : current.entries()) {
            if (comparable.contains(e.unitCode()) && inCompare.contains(e.unitCode())) {
                same.add(e.unitCode());
            }
        }
        if (same.size() == current.entries().size()) {
            return Optional.empty(); // the same unit versions: no lineage needed, compared as published
        }
        Lineage.Resolution lineage = Lineage.resolve(units, asOf, compareDate, compareCodes);
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        boolean crossed = false;
        for (Inputs.Entry e : current.entries()) {
            boolean unchanged = same.contains(e.unitCode());
            List<String> from = unchanged ? List.of(e.unitCode()) : lineage.predecessors().get(e.unitCode());
            if (from != null && !from.isEmpty()) {
                mapping.put(e.unitCode(), from);
                crossed |= !unchanged;
            }
        }
        if (!crossed) {
            return Optional.empty();
        }
        Scores before = scores(fw, compare, compareValues);
        Restatement.Result restated = Restatement.of(before, mapping);
        Scores now = scores(fw, current, null);
        BoundaryComparison.Result comparison = BoundaryComparison.of(now, restated);

        Map<String, String> names = new LinkedHashMap<>();
        current.entries().forEach(e -> names.put(e.unitCode(), e.unitName()));
        Scores r = restated.scores();
        List<Inputs.Entry> entries = new ArrayList<>(r.units().length);
        List<Scores.NodeInfo> pillars = r.nodes().subList(1, r.nodes().size());
        for (int u : r.order(Scores.ROOT)) {
            List<Inputs.Child> children = pillars.stream()
                    .map(p -> new Inputs.Child(p.code(), r.score()[p.index()][u], r.rank()[p.index()][u])).toList();
            // complete/missing here count pillars, not indicators: a brief reads only ranks and scores of a compare entry
            entries.add(new Inputs.Entry(r.rank()[Scores.ROOT][u], r.units()[u], names.get(r.units()[u]), r.score()[Scores.ROOT][u],
                    r.complete(u), r.missing()[u], children));
        }
        Map<String, List<String>> predecessors = new LinkedHashMap<>();
        restated.entries().forEach(e -> predecessors.put(e.unitCode(), e.predecessors()));
        Inputs.Boundary boundary = new Inputs.Boundary(asOf, restated.rule(), comparison.compared(), compare.entries().size(),
                comparison.meanScore(), comparison.previousMeanScore(), comparison.meanChange(), predecessors);
        return Optional.of(new Result(new Inputs.Standings(compare.period(), compare.version(), compare.computedAt(),
                List.copyOf(entries)), Set.copyOf(mapping.keySet()), boundary));
    }

    /**
     * The stored standings as the engine's arrays, on two levels: the root and its children (the
     * pillars, as leaves). That is all a brief shows, and the restatement treats every node alike.
     */
    static Scores scores(FrameworkModel fw, Inputs.Standings standings, Map<String, ? extends Map<String, ?>> values) {
        List<FrameworkModel.Node> pillars = fw.pillars();
        int p = pillars.size();
        String[] units = standings.entries().stream().map(Inputs.Entry::unitCode).toArray(String[]::new);
        int n = units.length;
        List<Framework.Node> leaves = pillars.stream()
                .map(x -> Framework.Node.indicator(x.code(), x.share() > 0 ? x.share() : 1, Framework.Rule.of(Framework.Method.NONE)))
                .toList();
        Framework.MissingValues policy = policy(fw.missingValues());
        Framework framework = new Framework(fw.code(), fw.rankPrecision(), policy,
                new Framework.Node(fw.rootCode(), fw.rootCode(), 1, Framework.Aggregation.WEIGHTED_MEAN, leaves, null));
        List<Scores.NodeInfo> nodes = new ArrayList<>(p + 1);
        int[] children = new int[p];
        for (int i = 0; i < p; i++) {
            children[i] = i + 1;
        }
        nodes.add(new Scores.NodeInfo(0, fw.rootCode(), fw.rootCode(), -1, 0, 1, -1, children));
        for (int i = 0; i < p; i++) {
            nodes.add(new Scores.NodeInfo(i + 1, pillars.get(i).code(), pillars.get(i).code(), 0, 1, pillars.get(i).share(), i, new int[0]));
        }
        double[][] score = new double[p + 1][n];
        int[][] rank = new int[p + 1][n];
        double[][] normalised = new double[p][n];
        double[][] contribution = new double[p][n];
        int[] missing = new int[n];
        for (int u = 0; u < n; u++) {
            Inputs.Entry e = standings.entries().get(u);
            score[0][u] = e.score();
            rank[0][u] = e.rank();
            missing[u] = e.missing();
            for (int i = 0; i < p; i++) {
                Inputs.Child c = e.child(pillars.get(i).code());
                score[i + 1][u] = c == null ? 0 : c.score();
                rank[i + 1][u] = c == null ? n : c.rank();
                boolean reported = c != null && (policy != Framework.MissingValues.RESCALE || values == null
                        || reportedUnder(fw, pillars.get(i).code(), values.get(e.unitCode())));
                // under RESCALE the engine left a pillar with nothing reported out of its means: NaN says so
                normalised[i][u] = reported ? score[i + 1][u] : Double.NaN;
                contribution[i][u] = pillars.get(i).share() * score[i + 1][u];
            }
        }
        double[][] raw = new double[p][];
        for (int i = 0; i < p; i++) {
            raw[i] = normalised[i].clone();
        }
        return new Scores(framework, units, List.copyOf(nodes), score, rank, raw, normalised, contribution, missing);
    }

    private static boolean reportedUnder(FrameworkModel fw, String pillar, Map<String, ?> values) {
        return values != null && fw.indicators().stream().anyMatch(i -> i.pillarCode().equals(pillar) && values.containsKey(i.code()));
    }

    private static Framework.MissingValues policy(String name) {
        try {
            return Framework.MissingValues.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Framework.MissingValues.ZERO;
        }
    }
}
