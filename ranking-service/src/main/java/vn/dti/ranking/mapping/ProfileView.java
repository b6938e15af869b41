package vn.dti.ranking.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's profile in one standings version (docs/contract.md §7). Missing raw values are {@code null}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "UnitProfile", description = "A unit's score and rank at every node, its indicators, strengths and weaknesses",
        requiredProperties = {"frameworkCode", "period", "version", "computedAt", "unitCode", "unitName", "unitCount", "score", "rank",
                "complete", "missing", "tree", "indicators", "strengths", "weaknesses"})
public record ProfileView(
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(examples = "2024") String period,
        @Schema(description = "The standings version this profile is based on", examples = "17") int version,
        OffsetDateTime computedAt,
        @Schema(description = "The basis of the standings version: submitted or approved", enumeration = {"submitted", "approved"}) String basis,
        @Schema(examples = "48") String unitCode,
        @Schema(examples = "Đà Nẵng") String unitName,
        @Schema(description = "Number of units ranked", examples = "63") int unitCount,
        @Schema(description = "Score at the root, in [0, 1]", examples = "0.7814") double score,
        @Schema(examples = "1") int rank,
        boolean complete,
        @Schema(examples = "0") int missing,
        @Schema(description = "The framework tree with the unit's score and rank at every node") NodeView tree,
        @Schema(description = "Every indicator in framework order; contributions add up to the root score") List<IndicatorView> indicators,
        @Schema(description = "Indicators furthest above the median of all units") List<HighlightView> strengths,
        @Schema(description = "Indicators furthest below the median of all units") List<HighlightView> weaknesses,
        @Schema(description = "Against compareTo; absent without it") ComparisonView comparison) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProfileNode", requiredProperties = {"code", "name", "weight", "score", "rank"})
    public record NodeView(@Schema(examples = "DG_ACTIVITY") String code,
                           @Schema(examples = "Digital-government activity") String name,
                           @Schema(description = "Weight normalised among its siblings", examples = "0.2") double weight,
                           @Schema(examples = "0.8921") double score,
                           @Schema(examples = "1") int rank,
                           @Schema(description = "Aggregates only") List<NodeView> children) {
    }

    @Schema(name = "ProfileIndicator")
    public record IndicatorView(@Schema(examples = "OPS_TIMELY_RATE") String code,
                                @Schema(examples = "Online public services processed on time") String name,
                                @Schema(nullable = true, description = "Raw value as submitted; null when not reported", examples = "98.01") Double raw,
                                @Schema(nullable = true, description = "Normalised score in [0, 1] that was aggregated; null when dropped", examples = "0.9602") Double normalised,
                                @Schema(description = "Share of the root score", examples = "0.0640") double contribution,
                                @Schema(examples = "3") int rank,
                                @Schema(nullable = true, description = "Provenance: the submission the raw value came from (on basis approved, the submission whose value counted); null when not reported, and for versions stored before provenance was recorded",
                                        examples = "3f6c1f9e-8f5e-4c1a-9d7e-2b1f0c9a4e11") UUID submissionId) {
    }

    @Schema(name = "Highlight")
    public record HighlightView(@Schema(examples = "OPS_TIMELY_RATE") String indicatorCode,
                                @Schema(examples = "Online public services processed on time") String name,
                                @Schema(nullable = true, examples = "98.01") Double raw,
                                @Schema(examples = "0.9602") double normalised,
                                @Schema(description = "Median normalised score of all units", examples = "0.71") double median,
                                @Schema(description = "normalised - median", examples = "0.2502") double gap) {
    }

    @Schema(name = "Comparison", description = "Change against another standings version (compareTo)")
    public record ComparisonView(
            @Schema(examples = "DTI-PROVINCE") String frameworkCode,
            @Schema(examples = "2023") String period,
            @Schema(description = "Standings version compared with", examples = "9") int version,
            @Schema(description = "SAME_UNIT: the same unit version in both periods; PREDECESSORS_MEAN: the compare period restated on the current units (a merged unit is the plain mean of its predecessors); NONE: the unit has no counterpart",
                    enumeration = {"SAME_UNIT", "PREDECESSORS_MEAN", "NONE"}) String basis,
            @Schema(description = "Codes of the units compared with") List<String> comparedWith,
            @Schema(description = "SAME_UNITS: both periods are on the same unit versions and the compare period is taken as published; RESTATED: the units changed between them (e.g. the 2025 mergers) and the compare period is restated on the current units (restatedAsOf, rule), so previousRank is a rank among the current units",
                    enumeration = {"SAME_UNITS", "RESTATED"}) String compareBasis,
            @Schema(nullable = true, description = "With RESTATED: the date whose units the compare period was restated on (the period's last day)", examples = "2025-12-31") LocalDate restatedAsOf,
            @Schema(nullable = true, description = "With RESTATED: the restatement rule (MEAN_OF_PREDECESSORS); null with SAME_UNITS", examples = "MEAN_OF_PREDECESSORS") String rule,
            @Schema(nullable = true, description = "null when basis is NONE", examples = "0.7402") Double previousScore,
            @Schema(nullable = true, examples = "0.0412") Double scoreChange,
            @Schema(nullable = true, examples = "4") Integer previousRank,
            @Schema(nullable = true, description = "Positive when the unit moved up", examples = "3") Integer rankChange,
            @Schema(description = "Every node in pre-order; the children's contribution changes add up to the score change") List<NodeChangeView> nodes) {
    }

    @Schema(name = "NodeChange")
    public record NodeChangeView(@Schema(examples = "DG_ACTIVITY") String code,
                                 double score, @Schema(nullable = true) Double previousScore, int rank, @Schema(nullable = true) Integer previousRank,
                                 @Schema(nullable = true, description = "Change of the node's contribution to the root score") Double contributionChange) {
    }
}
