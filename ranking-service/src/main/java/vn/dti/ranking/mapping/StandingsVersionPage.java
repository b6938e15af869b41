package vn.dti.ranking.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the standings versions of a (framework, period), newest first (issue 11). */
@Schema(name = "StandingsVersionPage", requiredProperties = {"items", "page", "size", "total"})
public record StandingsVersionPage(List<Item> items,
                                   @Schema(description = "0-based page number", examples = "0") int page,
                                   @Schema(description = "Page size", examples = "20") int size,
                                   @Schema(description = "Number of versions in all pages", examples = "57") long total) {

    @Schema(name = "StandingsVersion", requiredProperties = {"version", "computedAt", "basis", "inputsWatermark", "droppedAt"})
    public record Item(
            @Schema(description = "Version number (numbered per basis)", examples = "57") int version,
            @Schema(description = "When the version was computed") OffsetDateTime computedAt,
            @Schema(enumeration = {"submitted", "approved"}) String basis,
            @Schema(description = "How many input changes (submissions, reviews, unit and framework changes) of this framework and period the version counts; a later version counts at least as many",
                    examples = "1204") long inputsWatermark,
            @Schema(nullable = true, description = "When the retention policy dropped the version (it then answers 410); null while it is kept")
            OffsetDateTime droppedAt) {
    }
}
