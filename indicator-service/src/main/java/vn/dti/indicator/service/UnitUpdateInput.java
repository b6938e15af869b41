package vn.dti.indicator.service;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.indicator.limits.Limits;

/**
 * The body of {@code PUT /units/{code}}, described once: the OpenAPI document shows this record and
 * {@link UnitService#update} accepts exactly its fields, reporting every problem at once. It is the unit
 * as {@code GET /units/{code}} shows it, so a client reads a unit, changes it and puts it back: the
 * names, group, region, centrallyRun and validTo are replaced (an absent optional field is cleared);
 * code, type, validFrom and predecessors identify the unit version and cannot change.
 */
@Schema(name = "UnitUpdateRequest")
public record UnitUpdateInput(
        @Schema(description = "Optional; must equal the code in the path", maxLength = Limits.UNIT_CODE, examples = "48") String code,
        @Schema(required = true, maxLength = Limits.UNIT_NAME, examples = "Đà Nẵng") String name,
        @Schema(maxLength = Limits.UNIT_NAME, examples = "Da Nang") String nameEn,
        @Schema(description = "Optional; a unit's type is fixed, so it must equal the stored type", maxLength = Limits.UNIT_TYPE_CODE,
                examples = "PROVINCE") String type,
        @Schema(description = "Ranking group, if any: a framework with a unitGroup ranks only the units of its type in that group",
                maxLength = Limits.UNIT_GROUP) String group,
        @Schema(maxLength = Limits.UNIT_REGION, examples = "North Central and Central Coast") String region,
        @Schema(description = "Default false") Boolean centrallyRun,
        @Schema(description = "Which version of the code to update (its first day); default the latest version. It cannot change.",
                examples = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day of validity (ends the unit); absent while valid. Not before validFrom; before the first day of any successor, and the day before it when a successor names this unit.",
                examples = "2030-12-31") LocalDate validTo,
        @Schema(description = "Optional; lineage is fixed, so it must equal the stored predecessors (in any order)") List<String> predecessors) {
}
