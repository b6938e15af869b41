package vn.dti.indicator.service;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.indicator.limits.Limits;

/**
 * The body of {@code POST /units}, described once: the OpenAPI document shows this record and
 * {@link UnitService#create} accepts exactly its fields, reporting every problem at once (see
 * {@link SubmissionInput} for why Jackson does not bind it directly).
 */
@Schema(name = "UnitRequest")
public record UnitInput(
        @Schema(required = true, description = "2-10 of 0-9, A-Z (provinces use the GSO code)", maxLength = Limits.UNIT_CODE, examples = "B01") String code,
        @Schema(required = true, maxLength = Limits.UNIT_NAME, examples = "Bộ Thông tin và Truyền thông") String name,
        @Schema(maxLength = Limits.UNIT_NAME, examples = "Ministry of Information and Communications") String nameEn,
        @Schema(required = true, description = "A defined unit type (GET /unit-types)", pattern = UnitTypeService.CODE_PATTERN, maxLength = Limits.UNIT_TYPE_CODE, examples = "MINISTRY") String type,
        @Schema(description = "Ranking group, if any (e.g. a ministry's): a framework with a unitGroup ranks only the units of its type in that group", maxLength = Limits.UNIT_GROUP, examples = "Ministries providing public services") String group,
        @Schema(maxLength = Limits.UNIT_REGION) String region,
        @Schema(description = "Default false") Boolean centrallyRun,
        @Schema(description = "First day of validity; default 2020-01-01", examples = "2020-01-01") LocalDate validFrom,
        @Schema(description = "Last day of validity; absent while valid") LocalDate validTo,
        @Schema(description = "Codes of the units valid the day before validFrom that merged into this one") List<String> predecessors) {
}
