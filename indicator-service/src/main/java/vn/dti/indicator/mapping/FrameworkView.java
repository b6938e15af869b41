package vn.dti.indicator.mapping;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.dti.indicator.framework.FrameworkDocument;

/** A framework document with its lifecycle fields; also the {@code dti.framework.published.v1} payload. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Framework", requiredProperties = {"code", "name", "unitType", "periodType", "missingValues", "root", "targets", "version", "status"},
        description = "Absent fields: nameVi when not given, rankPrecision when the default, publishedAt while a draft")
public record FrameworkView(String code, String name,
                            @Schema(description = "Vietnamese name (optional)", examples = "Chỉ số chuyển đổi số cấp tỉnh") String nameVi,
                            @Schema(description = "A defined unit type (GET /unit-types)", examples = "PROVINCE") String unitType,
                            @Schema(description = "Ranks only the units of unitType in this group; absent: every unit of unitType", examples = "Ministries providing public services") String unitGroup,
                            @Schema(enumeration = {"ANNUAL", "HALF_YEAR", "QUARTER"}) String periodType,
                            Integer rankPrecision,
                            @Schema(enumeration = {"ZERO", "RESCALE", "MEAN"}) String missingValues, FrameworkDocument.Node root, List<FrameworkDocument.Target> targets,
                            List<FrameworkDocument.Rule> rules,
                            @Schema(description = "Robust z-score above which a value is flagged OUTLIER", examples = "3.5") Double outlierThreshold,
                            @Schema(description = "Relative change against the previous period above which a value is flagged SUDDEN_CHANGE (absent: no check)") Double maxChangeRatio,
                            @Schema(description = "Submissions need a reviewer's approval before they count in the approved standings") boolean requireApproval,
                            @Schema(description = "Increases with every accepted PUT of the draft") int version,
                            @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String status,
                            OffsetDateTime publishedAt) {

    public static FrameworkView of(FrameworkDocument d, int version, String status, OffsetDateTime publishedAt) {
        return new FrameworkView(d.code(), d.name(), d.nameVi(), d.unitType(), d.unitGroup(), d.periodType(), d.rankPrecision(),
                d.missingValues(), d.root(), d.targetsOrEmpty(), d.rulesOrEmpty(), d.outlierThresholdOrDefault(), d.maxChangeRatio(), d.approvalRequired(), version, status, publishedAt);
    }
}
