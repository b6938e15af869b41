package vn.dti.ranking.mapping;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.ranking.engine.Scores;

/**
 * The standings of a (framework, period) ranked by one node: the body of
 * {@code GET /standings/{frameworkCode}/{period}} and, ranked by the root, the payload of
 * {@code dti.standings.recomputed.v1} (same shape, checked against the schema in the tests).
 */
@Schema(name = "Standings", description = "Every unit of the framework's type valid in the period, ranked by one node")
public record StandingsView(
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(examples = "2024") String period,
        @Schema(description = "Standings version of this (framework, period); only increases", examples = "17") int version,
        @Schema(description = "When this version was computed") OffsetDateTime computedAt,
        @Schema(description = "Which values count: submitted (every accepted value, provisional) or approved (only values of approved submissions; frameworks with requireApproval). Versions are numbered per basis.",
                enumeration = {"submitted", "approved"}) String basis,
        @Schema(description = "Number of entries", examples = "63") int unitCount,
        @Schema(description = "Code of the node the entries are ranked by", examples = "DTI") String node,
        @Schema(description = "One entry per unit, ordered by rank then unitCode") List<Entry> entries) {

    @Schema(name = "StandingsEntry")
    public record Entry(
            @Schema(description = "Standard competition rank (1, 2, 2, 4) on the score rounded to rankPrecision", examples = "1") int rank,
            @Schema(examples = "48") String unitCode,
            @Schema(examples = "Đà Nẵng") String unitName,
            @Schema(description = "Score at the ranked node, in [0, 1], not rounded", examples = "0.7814") double score,
            @Schema(description = "True when the unit reported every indicator") boolean complete,
            @Schema(description = "Number of indicators without a value", examples = "0") int missing,
            @Schema(description = "Score and rank at each child of the ranked node, in framework order") List<ChildStanding> children) {
    }

    @Schema(name = "ChildStanding")
    public record ChildStanding(@Schema(examples = "DG_ACTIVITY") String code,
                                @Schema(examples = "0.8921") double score,
                                @Schema(examples = "1") int rank) {
    }

    public static StandingsView of(String frameworkCode, String period, int version, OffsetDateTime computedAt,
                                   Scores scores, String[] unitNames, int node) {
        return of(frameworkCode, period, version, computedAt, "submitted", scores, unitNames, node);
    }

    public static StandingsView of(String frameworkCode, String period, int version, OffsetDateTime computedAt, String basis,
                                   Scores scores, String[] unitNames, int node) {
        Scores.NodeInfo info = scores.nodes().get(node);
        List<Entry> entries = new ArrayList<>(scores.units().length);
        for (int u : scores.order(node)) {
            List<ChildStanding> children = new ArrayList<>(info.children().length);
            for (int child : info.children()) {
                children.add(new ChildStanding(scores.nodes().get(child).code(), scores.score()[child][u], scores.rank()[child][u]));
            }
            entries.add(new Entry(scores.rank()[node][u], scores.units()[u], unitNames[u], scores.score()[node][u],
                    scores.complete(u), scores.missing()[u], children));
        }
        return new StandingsView(frameworkCode, period, version, computedAt, basis, entries.size(), info.code(), entries);
    }
}
