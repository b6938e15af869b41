package vn.dti.indicator.service.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.dti.indicator.framework.FrameworkDocument;

/**
 * The validation rules of a framework, parsed once, and their check on one unit's values. Pure: the
 * caller passes the unit's merged values (current values overlaid with the submission's).
 *
 * <p>A rule is checked when every indicator it reads has a value and at least one of them is in
 * the submission (a rule about values the submission does not touch was checked when they came).
 * A side that divides by zero makes the rule not evaluable: it is skipped. {@code =} and {@code !=}
 * compare with a tolerance of 1e-9 relative to the larger side (at least 1e-9 absolute), so that
 * {@code A + B = C} holds for decimals that binary floating point cannot represent exactly.
 */
public final class RuleCheck {

    /** A parsed rule. */
    public record Compiled(FrameworkDocument.Rule rule, Expression left, Expression right, Set<String> codes) {
    }

    /** A broken rule: the rule, the two sides' values, and the indicator to point at. */
    public record Violation(FrameworkDocument.Rule rule, double left, double right, String indicatorCode) {

        public boolean isError() {
            return "ERROR".equals(rule.severity());
        }

        public String detail() {
            return String.format(Locale.ROOT, "rule %s (%s): %s %s %s does not hold: %s %s %s",
                    rule.code(), rule.name(), rule.left(), rule.operator(), rule.right(), number(left), rule.operator(), number(right));
        }
    }

    private final List<Compiled> rules;

    private RuleCheck(List<Compiled> rules) {
        this.rules = rules;
    }

    /** Compiles the rules of a stored (validated) framework document. */
    public static RuleCheck of(FrameworkDocument doc) {
        List<Compiled> compiled = new ArrayList<>();
        for (FrameworkDocument.Rule r : doc.rulesOrEmpty()) {
            try {
                Expression left = ExpressionParser.parse(r.left());
                Expression right = ExpressionParser.parse(r.right());
                Set<String> codes = new LinkedHashSet<>(left.codes());
                codes.addAll(right.codes());
                compiled.add(new Compiled(r, left, right, codes));
            } catch (ExpressionParser.ParseException e) {
                throw new IllegalStateException("Stored rule " + r.code() + " of " + doc.code() + " does not parse", e);
            }
        }
        return new RuleCheck(List.copyOf(compiled));
    }

    public List<Compiled> rules() {
        return rules;
    }

    /** Every indicator code some rule reads. */
    public Set<String> codes() {
        Set<String> out = new LinkedHashSet<>();
        rules.forEach(r -> out.addAll(r.codes()));
        return out;
    }

    /**
     * The rules broken by {@code merged} (indicator code → value) among those that read one of
     * {@code submitted} (in the submission's order: the first submitted code a rule reads is where
     * its violation points).
     */
    public List<Violation> check(Map<String, Double> merged, List<String> submitted) {
        List<Violation> out = new ArrayList<>();
        for (Compiled c : rules) {
            String at = submitted.stream().filter(c.codes()::contains).findFirst().orElse(null);
            if (at == null || !merged.keySet().containsAll(c.codes())) {
                continue;
            }
            double l = c.left().eval(merged);
            double r = c.right().eval(merged);
            if (!Double.isFinite(l) || !Double.isFinite(r)) {
                continue; // not evaluable (division by zero)
            }
            if (!holds(l, c.rule().operator(), r)) {
                out.add(new Violation(c.rule(), l, r, at));
            }
        }
        return out;
    }

    static boolean holds(double l, String operator, double r) {
        boolean equal = Math.abs(l - r) <= 1e-9 * Math.max(1, Math.max(Math.abs(l), Math.abs(r)));
        return switch (operator) {
            case "<=" -> l <= r || equal;
            case "<" -> l < r && !equal;
            case "=" -> equal;
            case ">=" -> l >= r || equal;
            case ">" -> l > r && !equal;
            case "!=" -> !equal;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
