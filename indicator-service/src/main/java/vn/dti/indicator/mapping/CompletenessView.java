package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who has reported what for a (framework, period). */
@Schema(name = "Completeness", requiredProperties = {"frameworkCode", "period", "indicatorsExpected", "units", "totals"})
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record CompletenessView(String frameworkCode, String period,
                               @Schema(description = "Indicators each unit is expected to report") int indicatorsExpected,
                               List<UnitCompleteness> units, Totals totals,
                               @Schema(description = "The period's due date (later is late); absent without a schedule") OffsetDateTime dueAt,
                               @Schema(description = "The period's closing date (later only an admin's correction); absent without a schedule") OffsetDateTime closesAt) {

    public CompletenessView(String frameworkCode, String period, int indicatorsExpected, List<UnitCompleteness> units, Totals totals) {
        this(frameworkCode, period, indicatorsExpected, units, totals, null, null);
    }

    @Schema(name = "UnitCompleteness", requiredProperties = {"unitCode", "unitName", "expected", "reported", "missing", "complete", "late", "submissions"})
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record UnitCompleteness(@Schema(examples = "48") String unitCode, @Schema(examples = "Đà Nẵng") String unitName,
                                   int expected, int reported, int missing, boolean complete,
                                   @Schema(description = "At least one current value arrived after dueAt") boolean late,
                                   int submissions,
                                   @Schema(nullable = true, description = "null when nothing was reported") OffsetDateTime firstReceivedAt,
                                   @Schema(nullable = true, description = "null when nothing was reported") OffsetDateTime lastReceivedAt,
                                   @Schema(nullable = true, description = "With unitCode (a unit's to-do list): the indicator codes reported, in framework order") List<String> reportedIndicators,
                                   @Schema(nullable = true, description = "With unitCode: the indicator codes still missing, in framework order") List<String> missingIndicators,
                                   @Schema(nullable = true, description = "With unitCode: the review status of the series", enumeration = {"NOT_SUBMITTED", "SUBMITTED", "APPROVED", "RETURNED"}) String reviewStatus,
                                   @Schema(nullable = true, description = "With unitCode: the reviewer's comment when RETURNED") String reviewComment) {

        public UnitCompleteness(String unitCode, String unitName, int expected, int reported, int missing, boolean complete,
                                boolean late, int submissions, OffsetDateTime firstReceivedAt, OffsetDateTime lastReceivedAt) {
            this(unitCode, unitName, expected, reported, missing, complete, late, submissions, firstReceivedAt, lastReceivedAt,
                    null, null, null, null);
        }

        /** This row as a unit's to-do list. */
        public UnitCompleteness todo(List<String> reportedCodes, List<String> missingCodes, String status, String comment) {
            return new UnitCompleteness(unitCode, unitName, expected, reported, missing, complete, late, submissions,
                    firstReceivedAt, lastReceivedAt, reportedCodes, missingCodes, status, comment);
        }
    }

    @Schema(name = "CompletenessTotals")
    public record Totals(int units, int reporting, int complete, int notReported, int late,
                         long valuesExpected, long valuesReported,
                         @Schema(description = "valuesReported / valuesExpected, 0..1", examples = "0.9312") double share) {
    }
}
