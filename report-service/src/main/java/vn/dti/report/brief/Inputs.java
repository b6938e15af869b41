package vn.dti.report.brief;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a brief is assembled from, read from the read model in one REPEATABLE READ transaction (one snapshot): the framework,
 * the standings of the period (and of the compare period), the current values, the deadline, and
 * which units are the same unit in both periods (a code alone does not name a unit across time); across a
 * boundary change, the compare period restated on the period's units ({@link Boundary}).
 */
public record Inputs(FrameworkModel framework, Standings standings, Standings compare,
                     Map<String, Map<String, Value>> values, OffsetDateTime dueAt, Set<String> comparableUnits,
                     Map<String, Review> reviews, Release release, Boundary boundary) {

    public Inputs(FrameworkModel framework, Standings standings, Standings compare, Map<String, Map<String, Value>> values,
                  OffsetDateTime dueAt, Set<String> comparableUnits, Map<String, Review> reviews) {
        this(framework, standings, compare, values, dueAt, comparableUnits, reviews, null, null);
    }

    public Inputs(FrameworkModel framework, Standings standings, Standings compare, Map<String, Map<String, Value>> values,
                  OffsetDateTime dueAt, Set<String> comparableUnits) {
        this(framework, standings, compare, values, dueAt, comparableUnits, null, null, null);
    }

    /**
     * The release a brief is made from (null: the latest standings): its standings are {@link #standings()},
     * its submissions (per unit, sorted) gave {@link #values()}; from revision 2 on, the revision it superseded
     * and the units whose rank or score changed against it, as dti.release.published.v1 listed them.
     */
    public record Release(String id, int revision, String label, String basis, OffsetDateTime releasedAt,
                          Map<String, List<String>> provenance, Integer supersededRevision, List<ReleaseChange> changes) {
    }

    /** A unit whose rank or score differs from the superseded revision; nulls where the unit was not ranked in one of them. */
    public record ReleaseChange(String unitCode, String unitName, Integer previousRank, Integer rank, Double previousScore,
                                Double score) {
    }

    /**
     * The review of a unit's latest submission (framework with requireApproval): {@code decision} null
     * while it awaits review, else APPROVE or RETURN with the reviewer's comment.
     */
    public record Review(String decision, String comment) {
    }

    /**
     * The compare period was restated on the period's units (a boundary change lies between them):
     * {@code compare} then holds the restated standings. {@code unitsCompared} units have a lineage;
     * {@code compareUnits} is how many units the compare period was published on; the means are over
     * exactly the compared units (like for like); {@code predecessors}: current unit → the compare
     * period's units it stands for.
     */
    public record Boundary(java.time.LocalDate asOf, String rule, int unitsCompared, int compareUnits, Double meanScore,
                           Double previousMeanScore, Double meanChange, Map<String, List<String>> predecessors) {
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
