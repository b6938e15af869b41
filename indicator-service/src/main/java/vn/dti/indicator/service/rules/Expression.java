package vn.dti.indicator.service.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An arithmetic expression of a validation rule: numbers, indicator codes, {@code + - * /} and
 * parentheses. Immutable; {@link #toString()} is a canonical, fully parenthesised form that
 * {@link ExpressionParser} reads back to an equal expression.
 */
public sealed interface Expression {

    /** The value for these indicator values; NaN when not evaluable (a missing code, a division by zero). */
    double eval(Map<String, Double> values);

    /** The indicator codes this expression reads, in order of appearance. */
    default Set<String> codes() {
        Set<String> out = new LinkedHashSet<>();
        collect(out);
        return out;
    }

    void collect(Set<String> out);

    record Number(double value) implements Expression {
        public double eval(Map<String, Double> values) {
            return value;
        }

        public void collect(Set<String> out) {
        }

        @Override
        public String toString() {
            // plain decimal, no exponent: the parser reads it back exactly
            return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    record Code(String code) implements Expression {
        public double eval(Map<String, Double> values) {
            Double v = values.get(code);
            return v == null ? Double.NaN : v;
        }

        public void collect(Set<String> out) {
            out.add(code);
        }

        @Override
        public String toString() {
            return code;
        }
    }

    record Negate(Expression operand) implements Expression {
        public double eval(Map<String, Double> values) {
            return -operand.eval(values);
        }

        public void collect(Set<String> out) {
            operand.collect(out);
        }

        @Override
        public String toString() {
            return "(-" + operand + ")";
        }
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
        public double eval(Map<String, Double> values) {
            double l = left.eval(values);
            double r = right.eval(values);
            return switch (operator) {
                case '+' -> l + r;
                case '-' -> l - r;
                case '*' -> l * r;
                case '/' -> r == 0 ? Double.NaN : l / r;
                default -> throw new IllegalStateException("operator " + operator);
            };
        }

        public void collect(Set<String> out) {
            left.collect(out);
            right.collect(out);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "(%s %c %s)", left, operator, right);
        }
    }
}
