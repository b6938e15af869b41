package vn.dti.ranking.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A period on the new units against an earlier period restated on the same units
 * ({@link Restatement}): per unit its previous score and rank on the new basis, its rank and score
 * change, and a like-for-like mean change (both means over the same units). What profiles, movers
 * and briefs need across the 2025 boundary; {@link Comparison} still gives one unit's change split
 * by node (pass it {@code previous.scores()}).
 *
 * <p>Units are matched by code: the current unit with the restated unit of the same code. A current
 * unit the restatement does not hold has no previous figures and is left out of the means.
 */
public final class BoundaryComparison {

    private BoundaryComparison() {
    }

    /**
     * One unit at one node. {@code rankChange} = previous rank − rank (positive = moved up);
     * {@code predecessors} are the earlier units the previous figures stand for (empty, and the
     * previous figures null, when there is nothing to compare with).
     */
    public record UnitMove(String unitCode, double score, int rank, List<String> predecessors, Double previousScore,
                           Integer previousRank, Double scoreChange, Integer rankChange) {

        public UnitMove {
            predecessors = List.copyOf(predecessors);
        }
    }

    /**
     * The comparison at {@code node}: {@code units} in the current standings' order (rank, then
     * code); {@code compared} is how many units have previous figures; {@code meanScore} and
     * {@code previousMeanScore} are means over exactly those units, {@code meanChange} their
     * difference (null, like both means, when no unit is compared). {@code rule} is the restatement's.
     */
    public record Result(String node, String rule, List<UnitMove> units, int compared, Double meanScore,
                         Double previousMeanScore, Double meanChange) {

        public Result {
            units = List.copyOf(units);
        }

        public UnitMove unit(String code) {
            return units.stream().filter(m -> m.unitCode().equals(code)).findFirst().orElse(null);
        }

        /** Up to {@code k} units that moved up most (largest rank change first, then by code); none that did not move up. */
        public List<UnitMove> risers(int k) {
            return movers(k, 1);
        }

        /** Up to {@code k} units that moved down most (largest fall first, then by code). */
        public List<UnitMove> fallers(int k) {
            return movers(k, -1);
        }

        private List<UnitMove> movers(int k, int sign) {
            if (k < 0) {
                throw new IllegalArgumentException("k must be >= 0: " + k);
            }
            return units.stream()
                    .filter(m -> m.rankChange() != null && Integer.signum(m.rankChange()) == sign)
                    .sorted(Comparator.<UnitMove>comparingInt(m -> -sign * m.rankChange()).thenComparing(UnitMove::unitCode))
                    .limit(k)
                    .toList();
        }
    }

    /** At the root (the DTI). */
    public static Result of(Scores current, Restatement.Result previous) {
        return of(current, previous, current.nodes().get(Scores.ROOT).code());
    }

    /** At the node of code {@code node}, which both computations must have. */
    public static Result of(Scores current, Restatement.Result previous, String node) {
        int n = current.nodeIndex(node);
        Scores before = previous.scores();
        int q = before.nodeIndex(node);
        if (n < 0 || q < 0) {
            throw new IllegalArgumentException("node " + node + " is not in both computations");
        }
        List<UnitMove> moves = new ArrayList<>(current.units().length);
        double sum = 0;
        double previousSum = 0;
        int compared = 0;
        for (int u : current.order(n)) {
            String code = current.units()[u];
            double score = current.score()[n][u];
            int rank = current.rank()[n][u];
            int p = before.unitIndex(code);
            if (p < 0) {
                moves.add(new UnitMove(code, score, rank, List.of(), null, null, null, null));
                continue;
            }
            double previousScore = before.score()[q][p];
            int previousRank = before.rank()[q][p];
            moves.add(new UnitMove(code, score, rank, previous.entries().get(p).predecessors(), previousScore,
                    previousRank, score - previousScore, previousRank - rank));
            sum += score;
            previousSum += previousScore;
            compared++;
        }
        Double mean = compared == 0 ? null : sum / compared;
        Double previousMean = compared == 0 ? null : previousSum / compared;
        Double change = compared == 0 ? null : mean - previousMean;
        return new Result(node, previous.rule(), moves, compared, mean, previousMean, change);
    }
}
