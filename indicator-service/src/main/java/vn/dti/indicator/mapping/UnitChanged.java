package vn.dti.indicator.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.dti.indicator.domain.Unit;

/** Payload of {@code dti.unit.changed.v1} (docs/events/dti.unit.changed.v1.schema.json). */
public record UnitChanged(String code, String name, String nameEn, String type, String group, String region,
                          boolean centrallyRun, LocalDate validFrom, LocalDate validTo, List<String> predecessors,
                          OffsetDateTime changedAt) {

    public static UnitChanged of(Unit u, OffsetDateTime at) {
        return new UnitChanged(u.code, u.name, u.nameEn, u.type, u.group, u.region, u.centrallyRun, u.validFrom,
                u.validTo, u.predecessors(), at);
    }
}
