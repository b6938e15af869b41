package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current value of each indicator, with the submission it came from. */
@Schema(name = "CurrentValues")
public record CurrentValueView(String frameworkCode, String period, List<Item> values) {

    @Schema(name = "CurrentValue")
    public record Item(@Schema(examples = "48") String unitCode, @Schema(examples = "OPS_TIMELY_RATE") String indicatorCode,
                       @Schema(examples = "98.01", description = "Yes/no indicators: 1 for yes, 0 for no") double value,
                       @Schema(nullable = true) String note, UUID submissionId,
                       OffsetDateTime receivedAt, boolean late) {
    }
}
