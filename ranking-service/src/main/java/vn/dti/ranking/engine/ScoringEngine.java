package vn.dti.ranking.engine;

/**
 * Chains the steps: normalise each indicator across units, apply the missing-value policy,
 * aggregate up the tree, rank every node, and attribute the root score to the indicators.
 * Pure and thread-safe; the inputs are not modified.
 */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static Scores score(Framework framework, Dataset data) {
        throw new UnsupportedOperationException("TODO(engine): not implemented yet");
    }
}
