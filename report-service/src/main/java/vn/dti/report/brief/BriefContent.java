package vn.dti.report.brief;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.qute.TemplateData;

/**
 * Everything a brief says, assembled once at creation and stored as JSON: the renderers (HTML,
 * Markdown, PDF) read only this, so a brief never changes after it was made. Numbers are raw
 * (scores in [0, 1], shares in [0, 1], indicator values in their unit); generated sentences are
 * in the brief's language. See docs/briefs.md for how every figure is computed.
 */
@TemplateData
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"id", "title", "meetingDate", "language", "createdAt", "createdBy", "frameworkCode", "frameworkName",
        "period", "comparePeriod", "standingsVersion", "standingsComputedAt", "compareStandingsVersion", "dataCutoff", "summary",
        "headline", "ranking", "top", "bottom", "pillars", "pillarLeaders", "movers", "targets", "reporting", "profiles",
        "methodology"})
public record BriefContent(
        @Schema(format = "uuid") String id,
        String title,
        LocalDate meetingDate,
        @Schema(enumeration = {"en", "vi"}) String language,
        OffsetDateTime createdAt,
        String createdBy,
        String frameworkCode,
        String frameworkName,
        String period,
        @Schema(nullable = true) String comparePeriod,
        int standingsVersion,
        OffsetDateTime standingsComputedAt,
        @Schema(nullable = true) Integer compareStandingsVersion,
        @Schema(nullable = true) OffsetDateTime dataCutoff,
        List<String> summary,
        Headline headline,
        List<RankingEntry> ranking,
        List<RankingEntry> top,
        List<RankingEntry> bottom,
        List<Pillar> pillars,
        List<PillarLeader> pillarLeaders,
        Movers movers,
        List<TargetResult> targets,
        Reporting reporting,
        List<Profile> profiles,
        Methodology methodology,
        @Schema(nullable = true, description = "The release the brief was made from; null when it was made from the latest standings") Release release,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "Present when a boundary change (e.g. the 2025 mergers) lies between the period and the compare period: the compare period was restated on the period's units, and previous ranks, movers and the mean change are on that basis")
        CompareBasis compareBasis) {

    /** The release whose standings and submissions gave every figure, with each unit's submissions. */
    @TemplateData
    public record Release(@Schema(format = "uuid") String releaseId, int revision, String label,
                          @Schema(enumeration = {"submitted", "approved"}) String basis, OffsetDateTime releasedAt,
                          @Schema(description = "Every unit of the release's standings, by unitCode, with the submissions its values came from") List<UnitProvenance> provenance,
                          @Schema(nullable = true, description = "The revision this release superseded; null for revision 1") Integer supersededRevision,
                          @Schema(nullable = true, description = "The units whose rank or score differs from the superseded revision, by rank in this revision (units no longer ranked last); empty for revision 1; null in briefs made before this list existed")
                          List<ReleaseChange> changes) {
    }

    /** A unit whose rank or score changed against the superseded revision, as the release event listed it. */
    @TemplateData
    @Schema(name = "BriefReleaseChange")
    public record ReleaseChange(String unitCode,
                                @Schema(description = "Name in this release's standings, else in the superseded one's") String unitName,
                                @Schema(nullable = true, description = "Rank in the superseded revision; null for a unit not in it") Integer previousRank,
                                @Schema(nullable = true, description = "Rank in this revision; null for a unit no longer ranked") Integer rank,
                                @Schema(nullable = true, description = "Score in the superseded revision; null for a unit not in it") Double previousScore,
                                @Schema(nullable = true, description = "Score in this revision; null for a unit no longer ranked") Double score) {
    }

    @TemplateData
    public record UnitProvenance(String unitCode, @Schema(description = "Sorted; empty when the unit reported nothing") List<String> submissionIds) {
    }

    /**
     * The basis of a comparison across a boundary: {@code basis} RESTATED, the date whose units the
     * compare period was restated on, the rule, how many units are compared (like for like) and how
     * many the compare period was published on, the merged units with the units they stand for, and
     * the sentence that says so (also in the summary).
     */
    @TemplateData
    @Schema(name = "BriefCompareBasis")
    public record CompareBasis(@Schema(enumeration = {"RESTATED"}) String basis,
                               @Schema(description = "The compare period is restated on the units valid on this date (the period's last day)") LocalDate asOf,
                               @Schema(enumeration = {"MEAN_OF_PREDECESSORS"}) String rule,
                               @Schema(description = "Units with a previous rank; the mean change is over exactly these") int unitsCompared,
                               @Schema(description = "Units the compare period was published on") int compareUnits,
                               @Schema(description = "Units that stand for other units than themselves, by code") List<MergedUnit> mergedUnits,
                               String sentence) {
    }

    /** A unit of the period and the compare period's units it stands for. */
    @TemplateData
    @Schema(name = "BriefMergedUnit")
    public record MergedUnit(String unitCode, String unitName, List<String> predecessors) {
    }

    /** The figures at the top of the brief. */
    @TemplateData
    public record Headline(int unitsRanked, int indicators, int expectedValues, int reportedValues,
                           @Schema(nullable = true) Double completeness, int unitsReporting, int unitsFullyReported, int lateValues,
                           @Schema(nullable = true) Double onTimeShare, int unitsOnTime, double meanScore, double medianScore,
                           @Schema(nullable = true) Double compareMeanScore, @Schema(nullable = true) Double meanChange,
                           @Schema(nullable = true) Double compareMedianScore) {
    }

    /** A pillar (a child of the root) with its weight. */
    @TemplateData
    public record Pillar(String code, String name, double weight, double share) {
    }

    /** One unit's standing at one pillar. */
    @TemplateData
    public record PillarStanding(String code, double score, int rank) {
    }

    /** One line of the ranking, with its change against the compare period (null when not comparable). */
    @TemplateData
    public record RankingEntry(int rank, String unitCode, String unitName, double score, boolean complete,
                               int missing, @Schema(nullable = true) Integer previousRank, @Schema(nullable = true) Integer rankChange,
                               @Schema(nullable = true) Double previousScore, @Schema(nullable = true) Double scoreChange,
                               List<PillarStanding> pillars) {
    }

    /** The leader of a pillar (several when tied), with the indicator it is strongest on in that pillar. */
    @TemplateData
    public record PillarLeader(String pillarCode, String pillarName, String unitCode, String unitName, double score,
                               @Schema(nullable = true) String indicatorCode, @Schema(nullable = true) String indicatorName,
                               @Schema(nullable = true) Double indicatorValue, @Schema(nullable = true) String indicatorUnit,
                               String sentence) {
    }

    @TemplateData
    public record Movers(List<Mover> up, List<Mover> down) {
    }

    /** A unit that moved, and the pillar whose weighted score change moved it most. */
    @TemplateData
    public record Mover(String unitCode, String unitName, int rank, int previousRank, int rankChange, double scoreChange,
                        @Schema(nullable = true) String pillarCode, @Schema(nullable = true) String pillarName,
                        @Schema(nullable = true) Double pillarScoreChange, @Schema(nullable = true) Double pillarContribution,
                        String sentence) {
    }

    /** A national target, the national figure, and the units below it (the low-achievement list). */
    @TemplateData
    public record TargetResult(String indicatorCode, String indicatorName, @Schema(nullable = true) String label, String comparator,
                               double target, @Schema(nullable = true) String unit, @Schema(nullable = true) Double nationalFigure,
                               @Schema(nullable = true) Boolean met, int unitsReporting,
                               int unitsMeeting, List<UnitValue> unitsBelow, List<UnitRef> unitsWithoutValue,
                               String sentence) {
    }

    @TemplateData
    public record UnitValue(String unitCode, String unitName, double value) {
    }

    @TemplateData
    public record UnitRef(String unitCode, String unitName) {
    }

    /** Who has not reported, who reported part of the indicators, who reported late. */
    @TemplateData
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"notReported", "incomplete", "late"})
    public record Reporting(@Schema(nullable = true) OffsetDateTime dueAt, List<UnitRef> notReported, List<Incomplete> incomplete,
                            List<Late> late, List<UnitRef> awaitingReview, List<Returned> returned) {

        /** Without review (a framework without requireApproval): no awaiting-review and returned lists. */
        public Reporting(OffsetDateTime dueAt, List<UnitRef> notReported, List<Incomplete> incomplete, List<Late> late) {
            this(dueAt, notReported, incomplete, late, null, null);
        }
    }

    /** A unit whose latest submission a reviewer returned, with the reviewer's comment. */
    @TemplateData
    public record Returned(String unitCode, String unitName, String comment) {
    }

    @TemplateData
    public record Incomplete(String unitCode, String unitName, int reported, int expected) {
    }

    @TemplateData
    public record Late(String unitCode, String unitName, int lateValues, @Schema(nullable = true) OffsetDateTime lastReceivedAt) {
    }

    /** A paragraph on one unit: ranks, strengths and weaknesses. */
    @TemplateData
    public record Profile(String unitCode, String unitName, int rank, double score, List<PillarStanding> pillars,
                          List<IndicatorPosition> strengths, List<IndicatorPosition> weaknesses, String text) {
    }

    /** A unit's raw value on an indicator and its direction-aware percentile among the reporting units. */
    @TemplateData
    public record IndicatorPosition(String indicatorCode, String indicatorName, double value, @Schema(nullable = true) String unit,
                                    double percentile) {
    }

    @TemplateData
    public record Methodology(String frameworkCode, String frameworkName, int frameworkVersion, String rootCode,
                              List<Pillar> pillars, List<MethodCount> normalisation, String missingValues,
                              int rankPrecision, int standingsVersion, OffsetDateTime standingsComputedAt,
                              @Schema(nullable = true) Integer compareStandingsVersion,
                              @Schema(nullable = true) OffsetDateTime compareStandingsComputedAt,
                              @Schema(nullable = true) OffsetDateTime dataCutoff, List<String> notes) {
    }

    @TemplateData
    public record MethodCount(String method, int indicators) {
    }
}
