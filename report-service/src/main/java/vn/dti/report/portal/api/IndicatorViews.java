package vn.dti.report.portal.api;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import vn.dti.report.portal.api.ApiProblem.FieldProblem;

/**
 * The indicator-service answers the officer and reviewer pages read, as far as the pages use them
 * (docs/api.md; unknown fields are ignored so that the API may grow without breaking the portal).
 */
public final class IndicatorViews {

    private IndicatorViews() {
    }

    /** {@code GET /frameworks/{code}/periods}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String frameworkCode, String period, OffsetDateTime dueAt, OffsetDateTime closesAt) {

        /** Still taking submissions from a unit: no closing date, or one still ahead. */
        public boolean openAt(OffsetDateTime now) {
            return closesAt == null || closesAt.isAfter(now);
        }
    }

    /** {@code GET /completeness/{fw}/{period}?unitCode=}: a unit's to-do list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Completeness(String frameworkCode, String period, int indicatorsExpected, List<UnitTodo> units,
                               OffsetDateTime dueAt, OffsetDateTime closesAt) {

        public UnitTodo unit() {
            return units == null || units.isEmpty() ? null : units.get(0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitTodo(String unitCode, String unitName, int expected, int reported, int missing, boolean complete,
                           boolean late, int submissions, OffsetDateTime lastReceivedAt,
                           List<String> reportedIndicators, List<String> missingIndicators,
                           String reviewStatus, String reviewComment) {
    }

    /** {@code GET /reviews/{fw}/{period}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reviews(String frameworkCode, String period, boolean requireApproval, List<UnitReview> units) {

        public UnitReview unit(String code) {
            return units == null ? null : units.stream().filter(u -> u.unitCode().equals(code)).findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitReview(String unitCode, String unitName, String status, String submissionId, List<FieldProblem> warnings,
                             String reviewedBy, OffsetDateTime reviewedAt, String reviewedSubmissionId, String decision,
                             String comment, List<ValueComment> valueComments) {

        public int warningCount() {
            return warnings == null ? 0 : warnings.size();
        }

        /** Outliers are warnings of their own codes; the queue counts them apart so the reviewer sees them first. */
        public long outlierCount() {
            return warnings == null ? 0 : warnings.stream()
                    .filter(w -> "OUTLIER".equals(w.code()) || "SUDDEN_CHANGE".equals(w.code())).count();
        }

        public boolean decidable() {
            return submissionId != null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ValueComment(String indicatorCode, String comment) {
    }

    /** {@code POST /reviews/{fw}/{period}/{unit}} answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewOutcome(String unitCode, String status, String decision) {
    }

    /** {@code GET /submissions?…} and the submission answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submission(String id, String unitCode, String frameworkCode, String period, OffsetDateTime receivedAt,
                             boolean late, List<SubmittedValue> values, Summary summary, List<FieldProblem> warnings,
                             String submittedBy, Boolean correction) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubmittedValue(String indicatorCode, double value, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubmissionPage(List<Submission> items, int page, int size, long total) {
    }

    /** {@code summary} of a submission answer: what happened to each value sent. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(int imported, int updated, int unchanged, int ignored) {
    }

    /** A multi-group CSV answer: {@code {submissions, summary, warnings, conflicts}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Batch(List<Submission> submissions, Summary summary, List<FieldProblem> warnings, List<FieldProblem> conflicts) {
    }

    /** {@code GET /disputes} / one dispute. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dispute(String id, String releaseId, String frameworkCode, String period, int revision, String unitCode,
                          String indicatorCode, String reason, String status, String filedBy, OffsetDateTime filedAt,
                          Resolution resolution) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resolution(String decision, String comment, String resolvedBy, OffsetDateTime resolvedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DisputeList(List<Dispute> disputes) {
    }

    /** ranking-service {@code GET /releases}: what an officer may dispute. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Release(String id, String frameworkCode, String period, int revision, String label, OffsetDateTime releasedAt) {
    }
}
