package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Restates an earlier computation on a new set of units, the way the 2024 DTI was published on the
 * 34-unit basis after the 2025 merger of provinces: a new unit's score at every node is the plain
 * mean of its predecessors' scores, and every node is re-ranked among the new units. Then a 2025
 * unit can be compared with "itself" in 2024 ({@link Comparison}).
 *
 * <p>Codes alone do not name a unit across time (code 44 was Quảng Bình and is now Quảng Trị), so
 * the mapping is explicit: new code → predecessor codes, an unchanged unit mapping to itself
 * ({@code "01" → ["01"]}). The other arrays are restated likewise: contributions as the mean of the
 * predecessors' (so they still sum to the rebased root score), raw and normalised values as the
 * mean over the predecessors that have one (NaN if none), and {@code missing} as the number of
 * indicators that at least one predecessor did not report.
 */
public final class Rebase {

    private Rebase() {
    }

    /**
     * @param previous the earlier computation
     * @param predecessors new unit code → its predecessors' codes in {@code previous}; the new units
     *     come out in the map's iteration order (use a LinkedHashMap to choose it)
     */
    public static Scores of(Scores previous, Map<String, List<String>> predecessors) {
        int units = predecessors.size();
        String[] codes = new String[units];
        int[][] from = new int[units][];
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<String>> e : predecessors.entrySet()) {
            if (e.getValue() == null || e.getValue().isEmpty()) {
                throw new IllegalArgumentException("unit " + e.getKey() + " needs at least one predecessor");
            }
            codes[k] = e.getKey();
            List<Integer> indices = new ArrayList<>();
            Set<String> own = new HashSet<>();
            for (String code : e.getValue()) {
                int p = previous.unitIndex(code);
                if (p < 0) {
                    throw new IllegalArgumentException("predecessor " + code + " of " + e.getKey()
                            + " is not in the earlier computation");
                }
                if (own.add(code)) {
                    indices.add(p);
                }
            }
            if (!seen.add(e.getKey())) {
                throw new IllegalArgumentException("unit " + e.getKey() + " appears twice");
            }
            from[k++] = indices.stream().mapToInt(Integer::intValue).toArray();
        }

        int precision = previous.framework().rankPrecision();
        double[][] score = new double[previous.score().length][];
        int[][] rank = new int[score.length][];
        for (int n = 0; n < score.length; n++) {
            score[n] = mean(previous.score()[n], from);
            rank[n] = Rank.competition(score[n], precision);
        }
        double[][] raw = new double[previous.raw().length][];
        double[][] normalised = new double[raw.length][];
        double[][] contribution = new double[raw.length][];
        int[] missing = new int[units];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = mean(previous.raw()[i], from);
            normalised[i] = mean(previous.normalised()[i], from);
            contribution[i] = mean(previous.contribution()[i], from);
            for (int u = 0; u < units; u++) {
                for (int p : from[u]) {
                    if (!Double.isFinite(previous.raw()[i][p])) {
                        missing[u]++;
                        break;
                    }
                }
            }
        }
        return new Scores(previous.framework(), codes, previous.nodes(), score, rank, raw, normalised, contribution,
                missing);
    }

    /** Mean over the predecessors with a value (NaN if none): scores and contributions always have one. */
    private static double[] mean(double[] values, int[][] from) {
        double[] out = new double[from.length];
        for (int u = 0; u < from.length; u++) {
            double sum = 0;
            int n = 0;
            for (int p : from[u]) {
                double v = values[p];
                if (Double.isFinite(v)) {
                    sum += v;
                    n++;
                }
            }
            out[u] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }
}
