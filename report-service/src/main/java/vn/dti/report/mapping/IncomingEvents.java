package vn.dti.report.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payloads this service consumes (docs/events). They are validated against their JSON Schema
 * before they are read, so these records only name the fields the read model needs. Frameworks
 * and standings are kept as the JSON documents they are.
 */
public final class IncomingEvents {

    private IncomingEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitChanged(String code, String name, String nameEn, String type, String region, LocalDate validFrom,
                              LocalDate validTo, List<String> predecessors, OffsetDateTime changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PeriodChanged(String frameworkCode, String period, LocalDate startsOn, LocalDate endsOn,
                                OffsetDateTime dueAt, OffsetDateTime closesAt, OffsetDateTime changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SubmissionAccepted(UUID submissionId, String unitCode, String frameworkCode, String period,
                                     OffsetDateTime receivedAt, boolean late, List<Value> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String indicatorCode, double value) {
    }

    /** {@code dti.review.decided.v1}: per submission the decision with the latest decidedAt holds. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record ReviewDecided(String unitCode, String frameworkCode, String period, java.util.UUID submissionId,
                                String decision, java.time.OffsetDateTime decidedAt, String comment) {
    }
}
