package vn.dti.indicator.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.indicator.limits.Limits;

/**
 * The body of {@code PUT /unit-types/{code}}, described once: the OpenAPI document shows this record and
 * {@link UnitTypeService#put} accepts exactly its fields, reporting every problem at once.
 */
@Schema(name = "UnitTypeRequest")
public record UnitTypeInput(
        @Schema(description = "Optional; when given it must equal the code in the path", maxLength = Limits.UNIT_TYPE_CODE,
                pattern = UnitTypeService.CODE_PATTERN, examples = "COUNTRY") String code,
        @Schema(required = true, maxLength = Limits.UNIT_TYPE_NAME, examples = "Country") String name,
        @Schema(description = "Vietnamese name (optional; used by Vietnamese briefs)", maxLength = Limits.UNIT_TYPE_NAME,
                examples = "Quốc gia") String nameVi) {
}
