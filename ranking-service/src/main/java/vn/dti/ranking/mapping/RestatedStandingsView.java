package vn.dti.ranking.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.ranking.engine.Restatement;
import vn.dti.ranking.engine.Scores;

/**
 * The standings of a period restated on the units valid on a later date ({@code asOf}): the body of
 * {@code GET /standings/{frameworkCode}/{period}/restated}, the standings' shape plus {@code asOf},
 * {@code rule} and each entry's predecessors (docs/methodology.md §10).
 */
@Schema(name = "RestatedStandings", description = "A period's standings restated on the units valid on asOf (a merged unit scores the plain mean of its predecessors at every node)",
        requiredProperties = {"frameworkCode", "period", "version", "computedAt", "basis", "asOf", "rule", "unitCount", "node", "entries"})
public record RestatedStandingsView(
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(description = "The period restated", examples = "2024") String period,
        @Schema(description = "The standings version of the period that was restated", examples = "17") int version,
        @Schema(description = "When that version was computed") OffsetDateTime computedAt,
        @Schema(description = "Which values count: submitted or approved", enumeration = {"submitted", "approved"}) String basis,
        @Schema(description = "The date whose units the table is on", examples = "2025-07-01") LocalDate asOf,
        @Schema(description = "The restatement rule", enumeration = {Restatement.RULE}) String rule,
        @Schema(description = "Number of entries: the units valid on asOf", examples = "34") int unitCount,
        @Schema(description = "Code of the node the entries are ranked by", examples = "DTI") String node,
        @Schema(description = "One entry per unit valid on asOf, ordered by rank then unitCode") List<Entry> entries) {

    @Schema(name = "RestatedStandingsEntry", requiredProperties = {"rank", "unitCode", "unitName", "score", "complete", "missing",
            "predecessors", "notReported", "incomplete", "children"})
    public record Entry(
            @Schema(description = "Standard competition rank (1, 2, 2, 4) among the restated units, on the score rounded to rankPrecision", examples = "1") int rank,
            @Schema(examples = "79") String unitCode,
            @Schema(examples = "Thành phố Hồ Chí Minh") String unitName,
            @Schema(description = "Plain mean of the predecessors' scores at the ranked node, in [0, 1], not rounded", examples = "0.7333") double score,
            @Schema(description = "True when every predecessor reported every indicator") boolean complete,
            @Schema(description = "Number of indicators at least one predecessor did not report", examples = "0") int missing,
            @Schema(description = "Codes of the period's units this unit stands for, ordered by code (itself when unchanged)", examples = "[\"74\", \"77\", \"79\"]") List<String> predecessors,
            @Schema(description = "Predecessors that reported nothing in the period", examples = "[]") List<String> notReported,
            @Schema(description = "Predecessors that left at least one indicator unreported", examples = "[]") List<String> incomplete,
            @Schema(description = "Restated score and rank at each child of the ranked node, in framework order") List<StandingsView.ChildStanding> children) {
    }

    public static RestatedStandingsView of(String frameworkCode, String period, int version, OffsetDateTime computedAt,
                                           String basis, LocalDate asOf, Restatement.Result result, String[] unitNames, int node) {
        Scores scores = result.scores();
        Scores.NodeInfo info = scores.nodes().get(node);
        List<Entry> entries = new ArrayList<>(scores.units().length);
        for (int u : scores.order(node)) {
            List<StandingsView.ChildStanding> children = new ArrayList<>(info.children().length);
            for (int child : info.children()) {
                children.add(new StandingsView.ChildStanding(scores.nodes().get(child).code(), scores.score()[child][u],
                        scores.rank()[child][u]));
            }
            Restatement.Entry e = result.entries().get(u);
            entries.add(new Entry(scores.rank()[node][u], scores.units()[u], unitNames[u], scores.score()[node][u],
                    scores.complete(u), scores.missing()[u], e.predecessors(), e.notReported(), e.incomplete(), children));
        }
        return new RestatedStandingsView(frameworkCode, period, version, computedAt, basis, asOf, result.rule(), entries.size(), info.code(), entries);
    }
}
