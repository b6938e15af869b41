package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who has reported what for a (framework, period). */
@Schema(name = "Completeness")
public record CompletenessView(String frameworkCode, String period,
                               @Schema(description = "Indicators each unit is expected to report") int indicatorsExpected,
                               List<UnitCompleteness> units, Totals totals) {

    @Schema(name = "UnitCompleteness")
    public record UnitCompleteness(@Schema(examples = "48") String unitCode, @Schema(examples = "Đà Nẵng") String unitName,
                                   int expected, int reported, int missing, boolean complete,
                                   @Schema(description = "At least one current value arrived after dueAt") boolean late,
                                   int submissions,
                                   @Schema(nullable = true, description = "null when nothing was reported") OffsetDateTime firstReceivedAt,
                                   @Schema(nullable = true, description = "null when nothing was reported") OffsetDateTime lastReceivedAt) {
    }

    @Schema(name = "CompletenessTotals")
    public record Totals(int units, int reporting, int complete, int notReported, int late,
                         long valuesExpected, long valuesReported,
                         @Schema(description = "valuesReported / valuesExpected, 0..1", examples = "0.9312") double share) {
    }
}
