package vn.dti.indicator.framework;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.limits.Limits;
import vn.dti.indicator.service.UnitTypeService;
import vn.dti.indicator.service.rules.Expression;
import vn.dti.indicator.service.rules.ExpressionParser;
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.Validation;

/**
 * Checks a framework document field by field and returns it with defaults made explicit, or
 * every problem with a JSON Pointer. Pure: no database, no framework.
 */
public final class FrameworkValidator {

    public static final Pattern FRAMEWORK_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{0,63}$");
    public static final Pattern NODE_CODE = Pattern.compile("^[A-Z][A-Z0-9_]{0,63}$");
    static final Set<String> PERIOD_TYPES = Set.of("ANNUAL", "HALF_YEAR", "QUARTER");
    static final Set<String> MISSING = Set.of("ZERO", "RESCALE", "MEAN");
    static final Set<String> AGGREGATIONS = Set.of("WEIGHTED_MEAN", "GEOMETRIC_MEAN");
    static final Set<String> UNITS = Set.of("PERCENT", "BOOLEAN", "COUNT", "NUMBER", "RATIO");
    static final Set<String> DIRECTIONS = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
    static final Set<String> METHODS = Set.of("NONE", "MIN_MAX", "GOALPOSTS", "TARGET", "ZSCORE", "RANK", "BOOLEAN");
    static final Set<String> COMPARATORS = Set.of(">=", ">", "<=", "<", "==");

    // The fields of each object are those of the FrameworkDocument records (the OpenAPI schema);
    // a document read back with GET also carries its lifecycle fields, which a PUT ignores.
    private static final Set<String> TOP_FIELDS = Stream.concat(fields(FrameworkDocument.class).stream(),
            Stream.of("version", "status", "publishedAt", "updatedAt")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NODE_FIELDS = fields(FrameworkDocument.Node.class);
    private static final Set<String> INDICATOR_FIELDS = fields(FrameworkDocument.IndicatorSpec.class);
    private static final Set<String> NORMALIZATION_FIELDS = fields(FrameworkDocument.Normalization.class);
    private static final Set<String> TARGET_FIELDS = fields(FrameworkDocument.Target.class);
    private static final Set<String> RULE_FIELDS = fields(FrameworkDocument.Rule.class);
    static final Set<String> OPERATORS = Set.of("<=", "<", "=", ">=", ">", "!=");
    static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING");
    private static final int MAX_DEPTH = Limits.FRAMEWORK_DEPTH;

    private final Validation v = new Validation();
    /** Whether a well-formed unit type code is defined (unit types are data, looked up by the caller). */
    private final Predicate<String> unitTypeDefined;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> leaves = new HashSet<>();

    private FrameworkValidator(Predicate<String> unitTypeDefined) {
        this.unitTypeDefined = unitTypeDefined;
    }

    /**
     * Validates {@code body} for the framework at path code {@code code}; throws 422 if invalid.
     * {@code unitType} must be well-formed; whether it is defined is not checked.
     */
    public static FrameworkDocument validate(String code, JsonNode body) {
        return validate(code, body, type -> true);
    }

    /** As {@link #validate(String, JsonNode)}, and {@code unitType} must be a type {@code unitTypeDefined} accepts. */
    public static FrameworkDocument validate(String code, JsonNode body, Predicate<String> unitTypeDefined) {
        return new FrameworkValidator(unitTypeDefined).run(code, body);
    }

    private FrameworkDocument run(String pathCode, JsonNode body) {
        if (body == null || !body.isObject()) {
            v.add("", "INVALID_TYPE", "the framework must be a JSON object");
            v.throwIfInvalid();
        }
        unknownFields(body, TOP_FIELDS, "");
        String code = text(body, "code", "", false, Limits.FRAMEWORK_CODE, false);
        if (code == null) {
            code = pathCode;
        } else if (!code.equals(pathCode)) {
            v.add("/code", "CODE_MISMATCH", "must equal the code in the path (" + pathCode + ")");
        }
        if (!FRAMEWORK_CODE.matcher(pathCode).matches()) {
            v.add("/code", "INVALID_FORMAT", "framework codes are 1-64 of A-Z, 0-9, '_', '.', '-'");
        }
        String name = text(body, "name", "", true, Limits.FRAMEWORK_NAME, false);
        String nameVi = text(body, "nameVi", "", false, Limits.FRAMEWORK_NAME, false);
        String unitType = text(body, "unitType", "", true, Limits.UNIT_TYPE_CODE, false);
        if (unitType != null && !UnitTypeService.CODE.matcher(unitType).matches()) {
            v.add("/unitType", "INVALID_FORMAT", UnitTypeService.CODE_RULE);
            unitType = null;
        } else if (unitType != null && !unitTypeDefined.test(unitType)) {
            v.add("/unitType", "UNKNOWN_UNIT_TYPE", UnitTypeService.undefined(unitType));
        }
        String unitGroup = text(body, "unitGroup", "", false, Limits.UNIT_GROUP, false);
        if (unitGroup != null && unitGroup.isBlank()) {
            v.add("/unitGroup", "INVALID_TYPE", "must be a non-empty string (leave it out to rank every unit of unitType)");
        }
        String periodType = oneOf(body, "periodType", "", PERIOD_TYPES, null);
        Integer precision = 4;
        JsonNode rp = body.get("rankPrecision");
        if (rp != null && !rp.isNull()) {
            if (!rp.canConvertToInt() || !rp.isIntegralNumber() || rp.asInt() < 0 || rp.asInt() > 10) {
                v.add("/rankPrecision", "OUT_OF_RANGE", "must be an integer from 0 to 10");
            } else {
                precision = rp.asInt();
            }
        }
        String missing = oneOf(body, "missingValues", "", MISSING, "ZERO");
        FrameworkDocument.Node root = null;
        JsonNode rootNode = body.get("root");
        if (rootNode == null || rootNode.isNull()) {
            v.add("/root", "REQUIRED", "is required");
        } else {
            root = node(rootNode, "/root", true, 0);
        }
        List<FrameworkDocument.Target> targets = new ArrayList<>();
        JsonNode t = body.get("targets");
        if (t != null && !t.isNull()) {
            if (!t.isArray()) {
                v.add("/targets", "INVALID_TYPE", "must be an array");
            } else {
                for (int i = 0; i < t.size(); i++) {
                    targets.add(target(t.get(i), "/targets/" + i));
                }
            }
        }
        List<FrameworkDocument.Rule> rules = new ArrayList<>();
        JsonNode rs = body.get("rules");
        if (rs != null && !rs.isNull()) {
            if (!rs.isArray()) {
                v.add("/rules", "INVALID_TYPE", "must be an array");
            } else if (rs.size() > Limits.RULES_PER_FRAMEWORK) {
                v.add("/rules", "TOO_MANY", "at most " + Limits.RULES_PER_FRAMEWORK + " rules per framework");
            } else {
                Set<String> ruleCodes = new HashSet<>();
                for (int i = 0; i < rs.size(); i++) {
                    rules.add(rule(rs.get(i), "/rules/" + i, ruleCodes));
                }
            }
        }
        Double outlierThreshold = positive(body, "outlierThreshold");
        if (outlierThreshold == null) {
            outlierThreshold = FrameworkDocument.DEFAULT_OUTLIER_THRESHOLD;
        }
        Double maxChangeRatio = positive(body, "maxChangeRatio");
        boolean requireApproval = false;
        JsonNode ra = body.get("requireApproval");
        if (ra != null && !ra.isNull()) {
            if (!ra.isBoolean()) {
                v.add("/requireApproval", "INVALID_TYPE", "must be true or false");
            } else {
                requireApproval = ra.asBoolean();
            }
        }
        v.throwIfInvalid();
        return new FrameworkDocument(code, name, nameVi, unitType, unitGroup, periodType, precision, missing, root, targets,
                rules, outlierThreshold, maxChangeRatio, requireApproval);
    }

    private FrameworkDocument.Node node(JsonNode n, String at, boolean isRoot, int depth) {
        if (!n.isObject()) {
            v.add(at, "INVALID_TYPE", "a node must be an object");
            return null;
        }
        if (depth > MAX_DEPTH) {
            v.add(at, "TOO_DEEP", "frameworks are at most " + MAX_DEPTH + " levels deep");
            return null;
        }
        unknownFields(n, NODE_FIELDS, at);
        String code = text(n, "code", at, true, Limits.NODE_CODE, false);
        if (code != null) {
            if (!NODE_CODE.matcher(code).matches()) {
                v.add(at + "/code", "INVALID_FORMAT", "node codes are an upper-case letter then up to 63 of A-Z, 0-9, '_'");
            } else if (!codes.add(code)) {
                v.add(at + "/code", "DUPLICATE_CODE", "code " + code + " is used twice in this framework");
            }
        }
        String name = text(n, "name", at, false, Limits.NODE_NAME, false);
        String nameVi = text(n, "nameVi", at, false, Limits.NODE_NAME, false);
        String description = text(n, "description", at, false, Limits.NODE_DESCRIPTION, true);
        Double weight = null;
        JsonNode w = n.get("weight");
        if (!isRoot) {
            if (w == null || w.isNull()) {
                weight = 1.0;
            } else if (!w.isNumber() || !Double.isFinite(w.asDouble()) || w.asDouble() <= 0 || w.asDouble() > Limits.MAX_WEIGHT) {
                v.add(at + "/weight", "INVALID_WEIGHT", "must be a number greater than 0 and at most " + (long) Limits.MAX_WEIGHT);
            } else {
                weight = w.asDouble();
            }
        }
        JsonNode children = n.get("children");
        JsonNode indicator = n.get("indicator");
        boolean hasChildren = children != null && !children.isNull();
        boolean hasIndicator = indicator != null && !indicator.isNull();
        if (hasChildren == hasIndicator) {
            v.add(at, "NODE_KIND", "a node has either children (an aggregate) or an indicator (a leaf), not both or neither");
            return new FrameworkDocument.Node(code, name, nameVi, weight, null, description, null, null);
        }
        if (hasIndicator) {
            if (n.has("aggregation")) {
                v.add(at + "/aggregation", "NOT_ALLOWED", "a leaf has no aggregation");
            }
            if (code != null) {
                leaves.add(code);
            }
            return new FrameworkDocument.Node(code, name, nameVi, weight, null, description, null, indicator(indicator, at + "/indicator"));
        }
        String aggregation = oneOf(n, "aggregation", at, AGGREGATIONS, "WEIGHTED_MEAN");
        List<FrameworkDocument.Node> kids = new ArrayList<>();
        if (!children.isArray() || children.isEmpty()) {
            v.add(at + "/children", "INVALID_TYPE", "must be a non-empty array of nodes");
        } else {
            double sum = 0;
            for (int i = 0; i < children.size(); i++) {
                FrameworkDocument.Node kid = node(children.get(i), at + "/children/" + i, false, depth + 1);
                kids.add(kid);
                if (kid != null && kid.weight() != null) {
                    sum += kid.weight();
                }
            }
            if (!Double.isFinite(sum)) {
                v.add(at + "/children", "INVALID_WEIGHT", "the weights of these children must have a finite sum");
            }
        }
        return new FrameworkDocument.Node(code, name, nameVi, weight, aggregation, description, kids, null);
    }

    private FrameworkDocument.IndicatorSpec indicator(JsonNode n, String at) {
        if (!n.isObject()) {
            v.add(at, "INVALID_TYPE", "must be an object");
            return null;
        }
        unknownFields(n, INDICATOR_FIELDS, at);
        String unit = oneOf(n, "unit", at, UNITS, "NUMBER");
        Double min = number(n, "min", at);
        Double max = number(n, "max", at);
        if (min != null && max != null && min >= max) {
            v.add(at + "/max", "INVALID_RANGE", "max must be greater than min");
        }
        String direction = oneOf(n, "direction", at, DIRECTIONS, "HIGHER_IS_BETTER");
        JsonNode norm = n.get("normalization");
        FrameworkDocument.Normalization normalization = null;
        String nat = at + "/normalization";
        if (norm == null || norm.isNull()) {
            v.add(nat, "REQUIRED", "every indicator needs a normalization method");
        } else if (!norm.isObject()) {
            v.add(nat, "INVALID_TYPE", "must be an object");
        } else {
            unknownFields(norm, NORMALIZATION_FIELDS, nat);
            String method = oneOf(norm, "method", nat, METHODS, null);
            Double low = number(norm, "low", nat);
            Double high = number(norm, "high", nat);
            Double target = number(norm, "target", nat);
            if ("GOALPOSTS".equals(method)) {
                if (low == null) {
                    v.add(nat + "/low", "REQUIRED", "GOALPOSTS needs low");
                }
                if (high == null) {
                    v.add(nat + "/high", "REQUIRED", "GOALPOSTS needs high");
                }
                if (low != null && high != null && low >= high) {
                    v.add(nat + "/high", "INVALID_RANGE", "high must be greater than low");
                }
            } else if ("TARGET".equals(method)) {
                if (target == null) {
                    v.add(nat + "/target", "REQUIRED", "TARGET needs target");
                } else if (target <= 0) {
                    v.add(nat + "/target", "OUT_OF_RANGE", "target must be greater than 0");
                }
            }
            if ("BOOLEAN".equals(method) != "BOOLEAN".equals(unit) && method != null) {
                v.add(nat + "/method", "METHOD_UNIT_MISMATCH", "the BOOLEAN method goes with (and only with) unit BOOLEAN");
            }
            if (method != null && !"GOALPOSTS".equals(method) && (low != null || high != null)) {
                v.add(nat, "NOT_ALLOWED", "low and high belong to GOALPOSTS only");
            }
            if (method != null && !"TARGET".equals(method) && target != null) {
                v.add(nat + "/target", "NOT_ALLOWED", "target belongs to TARGET only");
            }
            normalization = new FrameworkDocument.Normalization(method, low, high, target);
        }
        return new FrameworkDocument.IndicatorSpec(unit, min, max, direction, normalization);
    }

    private FrameworkDocument.Target target(JsonNode n, String at) {
        if (n == null || !n.isObject()) {
            v.add(at, "INVALID_TYPE", "a target must be an object");
            return null;
        }
        unknownFields(n, TARGET_FIELDS, at);
        String indicatorCode = text(n, "indicatorCode", at, true, Limits.NODE_CODE, false);
        if (indicatorCode != null && !leaves.contains(indicatorCode)) {
            v.add(at + "/indicatorCode", "UNKNOWN_INDICATOR", "no indicator " + indicatorCode + " in this framework");
        }
        String comparator = oneOf(n, "comparator", at, COMPARATORS, null);
        Double value = number(n, "value", at);
        if (value == null && !v.errors().stream().anyMatch(e -> e.pointer().equals(at + "/value"))) {
            v.add(at + "/value", "REQUIRED", "is required");
        }
        String label = text(n, "label", at, true, Limits.NODE_NAME, false);
        String labelVi = text(n, "labelVi", at, false, Limits.NODE_NAME, false);
        return new FrameworkDocument.Target(indicatorCode, comparator, value, label, labelVi);
    }

    /** A rule, its expressions parsed against the framework's indicators (collected before, with the tree). */
    private FrameworkDocument.Rule rule(JsonNode n, String at, Set<String> ruleCodes) {
        if (n == null || !n.isObject()) {
            v.add(at, "INVALID_TYPE", "a rule must be an object");
            return null;
        }
        unknownFields(n, RULE_FIELDS, at);
        String code = text(n, "code", at, true, Limits.NODE_CODE, false);
        if (code != null) {
            if (!NODE_CODE.matcher(code).matches()) {
                v.add(at + "/code", "INVALID_FORMAT", "rule codes are an upper-case letter then up to 63 of A-Z, 0-9, '_'");
            } else if (!ruleCodes.add(code)) {
                v.add(at + "/code", "DUPLICATE_CODE", "rule code " + code + " is used twice in this framework");
            }
        }
        String name = text(n, "name", at, true, Limits.NODE_NAME, false);
        String nameVi = text(n, "nameVi", at, false, Limits.NODE_NAME, false);
        Set<String> read = new HashSet<>();
        String left = expression(n, "left", at, read);
        String operator = oneOf(n, "operator", at, OPERATORS, null);
        String right = expression(n, "right", at, read);
        if (left != null && right != null && read.isEmpty()
                && v.errors().stream().noneMatch(e -> e.pointer().startsWith(at + "/left") || e.pointer().startsWith(at + "/right"))) {
            v.add(at + "/left", "NO_INDICATOR", "a rule reads at least one indicator (it is checked when a submission sends one of them)");
        }
        String severity = oneOf(n, "severity", at, SEVERITIES, null);
        return new FrameworkDocument.Rule(code, name, nameVi, left, operator, right, severity);
    }

    private String expression(JsonNode n, String field, String at, Set<String> read) {
        String text = text(n, field, at, true, Limits.RULE_EXPRESSION, false);
        if (text == null) {
            return null;
        }
        String pointer = at + "/" + field;
        try {
            Expression e = ExpressionParser.parse(text);
            read.addAll(e.codes());
            for (String c : e.codes()) {
                if (!leaves.contains(c)) {
                    v.add(pointer, "UNKNOWN_INDICATOR", "no indicator " + c + " in this framework");
                }
            }
        } catch (ExpressionParser.ParseException e) {
            v.add(pointer, "INVALID_EXPRESSION", e.getMessage()
                    + " (numbers, indicator codes, + - * / and parentheses)");
        }
        return text;
    }

    private Double positive(JsonNode n, String field) {
        Double d = number(n, field, "");
        if (d != null && d <= 0) {
            v.add("/" + field, "OUT_OF_RANGE", "must be greater than 0");
            return null;
        }
        return d;
    }

    private static Set<String> fields(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
    }

    private void unknownFields(JsonNode n, Set<String> allowed, String at) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                v.add(at + "/" + field, "UNKNOWN_FIELD", "is not a field of this object (allowed: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private String text(JsonNode n, String field, String at, boolean required, int max, boolean multiline) {
        JsonNode f = n.get(field);
        if (f == null || f.isNull()) {
            if (required) {
                v.add(at + "/" + field, "REQUIRED", "is required");
            }
            return null;
        }
        if (!f.isTextual() || (required && f.asText().isBlank())) {
            v.add(at + "/" + field, "INVALID_TYPE", "must be a non-empty string");
            return null;
        }
        if (f.asText().length() > max) {
            v.add(at + "/" + field, "TOO_LONG", "at most " + max + " characters");
            return null;
        }
        if (!Text.check(f.asText(), multiline, at + "/" + field, v)) {
            return null;
        }
        return f.asText();
    }

    private String oneOf(JsonNode n, String field, String at, Set<String> allowed, String dflt) {
        JsonNode f = n.get(field);
        if (f == null || f.isNull()) {
            if (dflt == null) {
                v.add(at + "/" + field, "REQUIRED", "is required (one of " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            return dflt;
        }
        if (!f.isTextual() || !allowed.contains(f.asText())) {
            v.add(at + "/" + field, "INVALID_VALUE", "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return f.asText();
    }

    private Double number(JsonNode n, String field, String at) {
        JsonNode f = n.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        if (!f.isNumber() || !Double.isFinite(f.asDouble())) {
            v.add(at + "/" + field, "INVALID_TYPE", "must be a finite number");
            return null;
        }
        return f.asDouble();
    }
}
