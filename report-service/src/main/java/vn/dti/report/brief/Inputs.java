package vn.dti.report.brief;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a brief is assembled from, read from the read model in one REPEATABLE READ transaction (one snapshot): the framework,
 * the standings of the period (and of the compare period), the current values, the deadline, and
 * which units are the same unit in both periods (a code alone does not name a unit across time).
 */
public record Inputs(FrameworkModel framework, Standings standings, Standings compare,
                     Map<String, Map<String, Value>> values, OffsetDateTime dueAt, Set<String> comparableUnits,
                     Map<String, Review> reviews, Release release) {

    public Inputs(FrameworkModel framework, Standings standings, Standings compare, Map<String, Map<String, Value>> values,
                  OffsetDateTime dueAt, Set<String> comparableUnits) {
        this(framework, standings, compare, values, dueAt, comparableUnits, null, null);
    }

    /**
     * The release a brief is made from (null: the latest standings): its standings are {@link #standings()},
     * its submissions (per unit, sorted) gave {@link #values()}.
     */
    public record Release(String id, int revision, String label, String basis, OffsetDateTime releasedAt,
                          Map<String, List<String>> provenance) {
    }

    /**
     * The review of a unit's latest submission (framework with requireApproval): {@code decision} null
     * while it awaits review, else APPROVE or RETURN with the reviewer's comment.
     */
    public record Review(String decision, String comment) {
    }

    public record Standings(String period, int version, OffsetDateTime computedAt, List<Entry> entries) {
    }

    public record Entry(int rank, String unitCode, String unitName, double score, boolean complete, int missing,
                        List<Child> children) {

        public Child child(String code) {
            return children.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
        }
    }

    public record Child(String code, double score, int rank) {
    }

    /** A current value: the latest received for (unit, indicator). */
    public record Value(double value, OffsetDateTime receivedAt, boolean late) {
    }

    /** The request, validated. */
    public record Request(String title, java.time.LocalDate meetingDate, String frameworkCode, String period,
                          String comparePeriod, String language) {
    }
}
