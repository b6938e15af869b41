package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kind of unit that can be ranked (PROVINCE, MINISTRY, COUNTRY, DISTRICT...): data, not code. */
@Schema(name = "UnitType")
public record UnitTypeView(
        @Schema(examples = "COUNTRY") String code,
        @Schema(examples = "Country") String name,
        @Schema(nullable = true, examples = "Quốc gia") String nameVi,
        @Schema(description = "When the type was defined") OffsetDateTime createdAt,
        @Schema(description = "When its names last changed (equal to createdAt until then)") OffsetDateTime changedAt) {
}
