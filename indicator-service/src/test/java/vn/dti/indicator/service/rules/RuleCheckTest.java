package vn.dti.indicator.service.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dti.indicator.framework.FrameworkDocument;

class RuleCheckTest {

    private static FrameworkDocument.Rule rule(String code, String left, String op, String right, String severity) {
        return new FrameworkDocument.Rule(code, code, null, left, op, right, severity);
    }

    private static RuleCheck check(FrameworkDocument.Rule... rules) {
        return RuleCheck.of(new FrameworkDocument("F", "F", null, "PROVINCE", null, "ANNUAL", 4, "ZERO", null, List.of(),
                List.of(rules), 3.5, null, false));
    }

    private static List<String> broken(RuleCheck c, Map<String, Double> values, List<String> submitted) {
        return c.check(values, submitted).stream().map(v -> v.rule().code()).toList();
    }

    @Test
    void everyOperatorHoldsAndBreaksWhereItShould() {
        // A = 2, B = 3: for each operator, one rule that holds (…_OK) and one that breaks (…_NO)
        RuleCheck c = check(
                rule("LE_OK", "A", "<=", "B", "ERROR"), rule("LE_EQ_OK", "A + 1", "<=", "B", "ERROR"), rule("LE_NO", "B", "<=", "A", "ERROR"),
                rule("LT_OK", "A", "<", "B", "ERROR"), rule("LT_NO", "A + 1", "<", "B", "ERROR"),
                rule("EQ_OK", "A * 3", "=", "B * 2", "ERROR"), rule("EQ_NO", "A", "=", "B", "ERROR"),
                rule("GE_OK", "B", ">=", "A + 1", "WARNING"), rule("GE_NO", "A", ">=", "B", "WARNING"),
                rule("GT_OK", "B", ">", "A", "WARNING"), rule("GT_NO", "B", ">", "A + 1", "WARNING"),
                rule("NE_OK", "A", "!=", "B", "WARNING"), rule("NE_NO", "A / 2", "!=", "B - 2", "WARNING"));
        assertThat(broken(c, Map.of("A", 2.0, "B", 3.0), List.of("A", "B")))
                .containsExactly("LE_NO", "LT_NO", "EQ_NO", "GE_NO", "GT_NO", "NE_NO");
    }

    @Test
    void equalityToleratesBinaryFractions() {
        RuleCheck c = check(rule("SUM", "A + B", "=", "C", "ERROR"), rule("NOT_MORE", "A + B", "<=", "C", "ERROR"));
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point
        assertThat(broken(c, Map.of("A", 0.1, "B", 0.2, "C", 0.3), List.of("A"))).isEmpty();
        assertThat(broken(c, Map.of("A", 0.1, "B", 0.2, "C", 0.31), List.of("A"))).containsExactly("SUM");
    }

    @Test
    void aRuleIsCheckedOnlyWithAllItsValuesOneOfThemSubmittedAndEvaluable() {
        RuleCheck c = check(rule("RATIO", "A / B", "<=", "10", "ERROR"));
        assertThat(broken(c, Map.of("A", 50.0, "B", 2.0), List.of("A"))).containsExactly("RATIO");
        assertThat(broken(c, Map.of("A", 50.0, "B", 2.0), List.of("B"))).containsExactly("RATIO");
        assertThat(broken(c, Map.of("A", 50.0), List.of("A"))).as("B missing").isEmpty();
        assertThat(broken(c, Map.of("A", 50.0, "B", 2.0, "C", 1.0), List.of("C"))).as("A, B not submitted").isEmpty();
        assertThat(broken(c, Map.of("A", 50.0, "B", 0.0), List.of("A"))).as("division by zero").isEmpty();
    }

    @Test
    void theViolationPointsAtTheFirstSubmittedIndicatorAndShowsBothSides() {
        RuleCheck c = check(rule("CAP", "A", "<=", "B + 20", "WARNING"));
        RuleCheck.Violation v = c.check(Map.of("A", 95.5, "B", 60.0), List.of("X", "B", "A")).get(0);
        assertThat(v.indicatorCode()).isEqualTo("B");
        assertThat(v.isError()).isFalse();
        assertThat(v.detail()).isEqualTo("rule CAP (CAP): A <= B + 20 does not hold: 95.5 <= 80");
    }
}
