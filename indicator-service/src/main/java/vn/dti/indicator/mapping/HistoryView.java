package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;


import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who changed a framework, a period schedule or a unit, when, and what. */
@Schema(name = "History")
public record HistoryView(@Schema(enumeration = {"FRAMEWORK", "PERIOD", "UNIT"}) String entity,
                          @Schema(description = "framework code, {frameworkCode}/{period} or unit code", examples = "DTI-PROVINCE/2024") String key,
                          @Schema(description = "Oldest first") List<Change> changes) {

    @Schema(name = "Change")
    public record Change(@Schema(examples = "DRAFT_CREATED") String action,
                         @Schema(description = "Who (token subject; `system` for the startup seeding)", examples = "admin") String changedBy,
                         OffsetDateTime changedAt,
                         @Schema(nullable = true, description = "What changed (the new values)") java.util.Map<String, Object> detail) {
    }
}
