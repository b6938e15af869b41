package vn.dti.ranking.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A period's standings restated on the units valid on a later date ({@code asOf}), under the rule
 * {@value #RULE} the 2024 DTI was published by on the 34 units of 2025 (docs/methodology.md,
 * "Restated standings"):
 *
 * <ul>
 *   <li>a unit created by a merger scores, at <em>every</em> node (DTI, pillars, indicators), the
 *       plain mean of its predecessors' scores in the period; an unchanged unit keeps its own;</li>
 *   <li>every node is re-ranked among the restated units: competition ranks (1, 2, 2, 4) on the
 *       score rounded to the framework's {@code rankPrecision} ({@link Rank#competition}, the
 *       rounding of published ranks);</li>
 *   <li>a predecessor that did not report counts with the score the period published for it: the
 *       restatement averages published scores and the framework's missing-value policy has already
 *       said what not reporting is worth ({@code ZERO}, the DTI's rule: 0; {@code MEAN}: the imputed
 *       score). Only where the engine left a node <em>missing</em> for a predecessor ({@code RESCALE},
 *       nothing reported below the node) is that predecessor left out of the node's mean, as
 *       {@code RESCALE} leaves it out of its parent's; a node missing for every predecessor stays
 *       missing (score 0, as published). Such predecessors are named in the entry
 *       ({@link Entry#notReported()}, {@link Entry#incomplete()}), never hidden.</li>
 * </ul>
 *
 * <p>Contributions are averaged over the predecessors whose DTI is not missing, so they still sum
 * to the restated DTI and {@link Comparison} still splits a change by pillar; raw and normalised
 * values are the mean over the predecessors that have one (NaN if none); {@code missing} is the
 * number of indicators at least one predecessor did not report. Under {@code ZERO} and {@code MEAN}
 * the scores equal {@link Rebase#of}'s.
 */
public final class Restatement {

    /** The rule's name, as the API reports it. */
    public static final String RULE = "MEAN_OF_PREDECESSORS";

    private Restatement() {
    }

    /**
     * One restated unit: the period's units it stands for (by code; itself when unchanged), those of
     * them that reported nothing, and those that left at least one indicator unreported.
     */
    public record Entry(String unitCode, List<String> predecessors, List<String> notReported, List<String> incomplete) {

        public Entry {
            predecessors = List.copyOf(predecessors);
            notReported = List.copyOf(notReported);
            incomplete = List.copyOf(incomplete);
        }

        /** The unit stands for itself alone. */
        public boolean unchanged() {
            return predecessors.equals(List.of(unitCode));
        }
    }

    /**
     * The restated standings: {@code scores} on the {@code asOf} units (in the lineage's order) and
     * one {@link Entry} per unit, in the same order. {@code asOf} is null when restated from a plain
     * mapping.
     */
    public record Result(LocalDate asOf, String rule, Scores scores, List<Entry> entries) {

        public Result {
            entries = List.copyOf(entries);
        }

        public Entry entry(String unitCode) {
            int u = scores.unitIndex(unitCode);
            return u < 0 ? null : entries.get(u);
        }
    }

    /**
     * Restates {@code period} on the units of {@code lineage}. Refuses a lineage with unresolved
     * units (its {@link Lineage.Resolution#detail()} says which): restating cannot guess them.
     */
    public static Result of(Scores period, Lineage.Resolution lineage) {
        if (!lineage.complete()) {
            throw new IllegalArgumentException(lineage.detail());
        }
        Result result = of(period, lineage.predecessors());
        return new Result(lineage.asOf(), RULE, result.scores(), result.entries());
    }

    /**
     * Restates {@code period} on the units of {@code predecessors} (new unit code → the codes of the
     * period's units it stands for, an unchanged unit mapping to itself), in the map's iteration order.
     */
    public static Result of(Scores period, Map<String, List<String>> predecessors) {
        Objects.requireNonNull(period, "period");
        int units = predecessors.size();
        String[] codes = new String[units];
        int[][] from = new int[units][];
        List<Entry> entries = new ArrayList<>(units);
        int indicators = period.raw().length;
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<String>> e : predecessors.entrySet()) {
            String code = e.getKey();
            if (code == null || !seen.add(code)) {
                throw new IllegalArgumentException("unit codes must be present and unique: " + code);
            }
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("unit " + code + " needs at least one predecessor");
            }
            List<String> own = new ArrayList<>();
            List<String> notReported = new ArrayList<>();
            List<String> incomplete = new ArrayList<>();
            for (String pred : e.getValue()) {
                int p = period.unitIndex(pred);
                if (p < 0) {
                    throw new IllegalArgumentException("predecessor " + pred + " of " + code + " is not in the period");
                }
                if (own.contains(pred)) {
                    continue;
                }
                own.add(pred);
                if (period.missing()[p] >= indicators && indicators > 0) {
                    notReported.add(pred);
                } else if (period.missing()[p] > 0) {
                    incomplete.add(pred);
                }
            }
            codes[k] = code;
            from[k++] = own.stream().mapToInt(period::unitIndex).toArray();
            entries.add(new Entry(code, own, notReported, incomplete));
        }

        List<Scores.NodeInfo> nodes = period.nodes();
        boolean[][] present = present(period);
        int precision = period.framework().rankPrecision();
        double[][] score = new double[nodes.size()][];
        int[][] rank = new int[nodes.size()][];
        for (int n = 0; n < score.length; n++) {
            score[n] = new double[units];
            double[] before = period.score()[n];
            boolean[] has = present[n];
            for (int u = 0; u < units; u++) {
                double sum = 0;
                int count = 0;
                for (int p : from[u]) {
                    if (has[p]) {
                        sum += before[p];
                        count++;
                    }
                }
                score[n][u] = count == 0 ? 0 : sum / count;
            }
            rank[n] = Rank.competition(score[n], precision);
        }

        double[][] raw = new double[indicators][];
        double[][] normalised = new double[indicators][];
        double[][] contribution = new double[indicators][units];
        int[] missing = new int[units];
        boolean[] rootPresent = present[Scores.ROOT];
        for (int i = 0; i < indicators; i++) {
            raw[i] = meanOfFinite(period.raw()[i], from);
            normalised[i] = meanOfFinite(period.normalised()[i], from);
            double[] before = period.contribution()[i];
            for (int u = 0; u < units; u++) {
                double sum = 0;
                int count = 0;
                boolean unreported = false;
                for (int p : from[u]) {
                    if (rootPresent[p]) {
                        sum += before[p];
                        count++;
                    }
                    unreported |= !Double.isFinite(period.raw()[i][p]);
                }
                contribution[i][u] = count == 0 ? 0 : sum / count;
                if (unreported) {
                    missing[u]++;
                }
            }
        }
        Scores restated = new Scores(period.framework(), codes, nodes, score, rank, raw, normalised, contribution,
                missing);
        return new Result(null, RULE, restated, entries);
    }

    /**
     * {@code [node][unit]}: whether the engine computed the node for the unit, i.e. not every
     * indicator below it is missing after imputation (only {@code RESCALE} leaves them missing).
     */
    static boolean[][] present(Scores scores) {
        List<Scores.NodeInfo> nodes = scores.nodes();
        int units = scores.units().length;
        boolean[][] present = new boolean[nodes.size()][units];
        for (int n = nodes.size() - 1; n >= 0; n--) {
            Scores.NodeInfo node = nodes.get(n);
            if (node.isLeaf()) {
                double[] normalised = scores.normalised()[node.leaf()];
                for (int u = 0; u < units; u++) {
                    present[n][u] = !Double.isNaN(normalised[u]);
                }
            }
            if (node.parent() >= 0) {
                boolean[] parent = present[node.parent()];
                for (int u = 0; u < units; u++) {
                    parent[u] |= present[n][u];
                }
            }
        }
        return present;
    }

    private static double[] meanOfFinite(double[] values, int[][] from) {
        double[] out = new double[from.length];
        for (int u = 0; u < from.length; u++) {
            double sum = 0;
            int n = 0;
            for (int p : from[u]) {
                if (Double.isFinite(values[p])) {
                    sum += values[p];
                    n++;
                }
            }
            out[u] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }
}
