package vn.dti.indicator.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A framework as data (docs/contract.md §5): a tree of weighted nodes whose leaves are indicators, plus
 * national targets. Defaults are filled in by {@link FrameworkValidator}, so a stored document is
 * complete and explicit.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FrameworkDocument")
public record FrameworkDocument(
        @Schema(examples = "DTI-PROVINCE") String code,
        @Schema(examples = "Provincial DTI") String name,
        @Schema(description = "Vietnamese name (optional; used by Vietnamese briefs)", examples = "Chỉ số chuyển đổi số cấp tỉnh") String nameVi,
        @Schema(description = "A defined unit type (GET /unit-types)", pattern = vn.dti.indicator.service.UnitTypeService.CODE_PATTERN, examples = "PROVINCE") String unitType,
        @Schema(description = "Optional: rank only the units of unitType whose group equals this (ministries are ranked in two groups); absent: every unit of unitType",
                maxLength = vn.dti.indicator.limits.Limits.UNIT_GROUP, examples = "Ministries providing public services") String unitGroup,
        @Schema(enumeration = {"ANNUAL", "HALF_YEAR", "QUARTER"}) String periodType,
        @Schema(description = "Decimals of the score used for ranking; equal rounded scores share a rank", examples = "4") Integer rankPrecision,
        @Schema(enumeration = {"ZERO", "RESCALE", "MEAN"}) String missingValues,
        Node root,
        List<Target> targets,
        @Schema(description = "Validation rules checked on every submission (docs/methodology.md)") List<Rule> rules,
        @Schema(description = "Robust z-score above which a value is flagged OUTLIER (a warning); default 3.5", examples = "3.5") Double outlierThreshold,
        @Schema(description = "Optional: a relative change against the unit's previous period above this is flagged SUDDEN_CHANGE (a warning); 0.5 = 50 %", examples = "0.5") Double maxChangeRatio,
        @Schema(description = "When true, a unit's values count in the approved standings only once a reviewer approved its submission (DESIGN §11); default false")
        Boolean requireApproval) {

    /** The default of {@link #outlierThreshold()}. */
    public static final double DEFAULT_OUTLIER_THRESHOLD = 3.5;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FrameworkNode", description = "An aggregate (children) or a leaf (indicator)")
    public record Node(String code, String name,
                       @Schema(description = "Vietnamese name (optional)", examples = "Hạ tầng số") String nameVi,
                       Double weight,
                       @Schema(enumeration = {"WEIGHTED_MEAN", "GEOMETRIC_MEAN"}) String aggregation,
                       String description,
                       @Schema(implementation = Node[].class) List<Node> children,
                       IndicatorSpec indicator) {

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isLeaf() {
            return indicator != null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorSpec")
    public record IndicatorSpec(
            @Schema(enumeration = {"PERCENT", "BOOLEAN", "COUNT", "NUMBER", "RATIO"}) String unit,
            Double min, Double max,
            @Schema(enumeration = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}) String direction,
            Normalization normalization) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Normalization")
    public record Normalization(
            @Schema(enumeration = {"NONE", "MIN_MAX", "GOALPOSTS", "TARGET", "ZSCORE", "RANK", "BOOLEAN"}) String method,
            Double low, Double high, Double target) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Target")
    public record Target(@Schema(examples = "ECOMMERCE_RETAIL_SHARE") String indicatorCode,
                         @Schema(enumeration = {">=", ">", "<=", "<", "=="}) String comparator,
                         @Schema(examples = "7") Double value,
                         @Schema(examples = "E-commerce share of retail sales") String label,
                         @Schema(examples = "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ") String labelVi) {
    }

    /**
     * A validation rule: {@code left operator right}, both sides arithmetic over indicator codes and
     * numbers. ERROR refuses a submission that breaks it, WARNING stores it and says so.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ValidationRule")
    public record Rule(@Schema(examples = "SME_PLATFORM_WITHIN_EINVOICE") String code,
                       @Schema(examples = "SMEs on digital platforms do not exceed enterprises using e-invoices") String name,
                       @Schema(description = "Vietnamese name (optional)") String nameVi,
                       @Schema(description = "Arithmetic over indicator codes and numbers: + - * / and parentheses", examples = "SME_DIGITAL_PLATFORM_SHARE") String left,
                       @Schema(enumeration = {"<=", "<", "=", ">=", ">", "!="}) String operator,
                       @Schema(examples = "EINVOICE_ENTERPRISE_SHARE") String right,
                       @Schema(enumeration = {"ERROR", "WARNING"}) String severity) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<Rule> rulesOrEmpty() {
        return rules == null ? List.of() : rules;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public double outlierThresholdOrDefault() {
        return outlierThreshold == null ? DEFAULT_OUTLIER_THRESHOLD : outlierThreshold;
    }

    /** True when submissions need a reviewer's approval before they count in the approved standings. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean approvalRequired() {
        return Boolean.TRUE.equals(requireApproval);
    }

    /** Leaves by indicator code, in depth-first order. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Node> indicators() {
        Map<String, Node> leaves = new LinkedHashMap<>();
        collect(root, leaves);
        return leaves;
    }

    private static void collect(Node node, Map<String, Node> leaves) {
        if (node == null) {
            return;
        }
        if (node.isLeaf()) {
            leaves.put(node.code(), node);
        } else if (node.children() != null) {
            node.children().forEach(child -> collect(child, leaves));
        }
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public List<Target> targetsOrEmpty() {
        return targets == null ? new ArrayList<>() : targets;
    }
}
