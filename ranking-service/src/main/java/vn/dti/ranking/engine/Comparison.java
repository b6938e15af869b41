package vn.dti.ranking.engine;

import java.util.List;

/**
 * A unit's change between two computations (e.g. 2024 against 2023) of frameworks with the same
 * tree: rank and score change, and the score change split by node. For a weighted-mean root the
 * split is exact: the children's contribution changes sum to the score change.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * The change at one node. {@code contributionChange} is the change of the node's contribution
     * to the root score (its share of {@code scoreChange} of the root); nulls where the node or
     * unit does not exist in the earlier computation.
     */
    public record NodeChange(String code, double score, Double previousScore, int rank, Integer previousRank,
                             Double contributionChange) {
    }

    /** {@code nodes}: every node of the current tree in pre-order (root first). */
    public record UnitChange(String unitCode, double score, Double previousScore, Double scoreChange, int rank,
                             Integer previousRank, Integer rankChange, List<NodeChange> nodes) {
    }

    /** {@code rankChange} is positive when the unit moved up (previous rank − current rank). */
    public static UnitChange of(Scores current, Scores previous, String unitCode) {
        throw new UnsupportedOperationException("TODO(engine): not implemented yet");
    }
}
