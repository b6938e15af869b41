package vn.dti.ranking.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rank intervals under random weight perturbation, per unit, for one standings version. */
@Schema(name = "Sensitivity")
public record SensitivityView(
        @Schema(examples = "DTI-PROVINCE") String frameworkCode,
        @Schema(examples = "2024") String period,
        @Schema(description = "The standings version analysed", examples = "17") int version,
        OffsetDateTime computedAt,
        @Schema(examples = "1000") int runs,
        @Schema(examples = "1") long seed,
        @Schema(description = "Each weight is multiplied by a factor drawn uniformly from [1 - noise, 1 + noise]", examples = "0.25") double weightNoise,
        @Schema(description = "Ordered by nominal rank, then unit code") List<UnitInterval> units) {

    @Schema(name = "RankInterval")
    public record UnitInterval(@Schema(examples = "48") String unitCode,
                               @Schema(examples = "Đà Nẵng") String unitName,
                               @Schema(description = "Rank in the standings", examples = "1") int rank,
                               @Schema(examples = "1.0") double medianRank,
                               @Schema(description = "5th percentile rank", examples = "1") int p5Rank,
                               @Schema(description = "95th percentile rank", examples = "2") int p95Rank) {
    }
}
