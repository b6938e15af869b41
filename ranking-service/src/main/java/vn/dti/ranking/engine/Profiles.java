package vn.dti.ranking.engine;

import java.util.List;

/**
 * A unit's strengths and weaknesses: the indicators where its normalised score is furthest above
 * (strengths) and below (weaknesses) the median normalised score of all units on that indicator.
 */
public final class Profiles {

    private Profiles() {
    }

    /** One indicator of a unit against the median of all units. {@code gap} = normalised − median. */
    public record Highlight(String indicatorCode, String name, double raw, double normalised, double median,
                            double gap) {
    }

    /** Up to {@code k} strengths (largest positive gap first) and weaknesses (largest negative gap first). */
    public record Highlights(List<Highlight> strengths, List<Highlight> weaknesses) {
    }

    public static Highlights of(Scores scores, int unit, int k) {
        throw new UnsupportedOperationException("TODO(engine): not implemented yet");
    }
}
