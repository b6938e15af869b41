package vn.dti.indicator.mapping;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.indicator.domain.Unit;

/** A unit as the API and the {@code dti.unit.changed.v1} event show it. */
@Schema(name = "Unit")
public record UnitView(
        @Schema(examples = "48") String code,
        @Schema(examples = "Đà Nẵng") String name,
        @Schema(nullable = true, examples = "Da Nang") String nameEn,
        @Schema(description = "A defined unit type (GET /unit-types); fixed for the unit version", examples = "PROVINCE") String type,
        @Schema(nullable = true, description = "Ranking group, if any (a framework with a unitGroup ranks only its units)") String group,
        @Schema(nullable = true, examples = "North Central and Central Coast") String region,
        boolean centrallyRun,
        @Schema(examples = "2025-07-01") LocalDate validFrom,
        @Schema(nullable = true, description = "Last day of validity; null while valid") LocalDate validTo,
        @Schema(description = "Codes of the units valid the day before validFrom that merged into this one", examples = "[\"48\", \"49\"]") List<String> predecessors) {

    public static UnitView of(Unit u) {
        return new UnitView(u.code, u.name, u.nameEn, u.type, u.group, u.region, u.centrallyRun, u.validFrom,
                u.validTo, u.predecessors());
    }
}
