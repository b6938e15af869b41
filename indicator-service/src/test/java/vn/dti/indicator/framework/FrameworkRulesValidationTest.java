package vn.dti.indicator.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.plumbing.problem.ProblemException;

/** The rules and outlier fields of a framework document (pure: FrameworkValidator). */
class FrameworkRulesValidationTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode doc(String rules, String extra) throws Exception {
        return JSON.readTree("""
                {"code": "F", "name": "F", "unitType": "PROVINCE", "periodType": "ANNUAL",
                 "root": {"code": "ROOT", "children": [
                   {"code": "A", "indicator": {"unit": "PERCENT", "normalization": {"method": "MIN_MAX"}}},
                   {"code": "B", "indicator": {"unit": "PERCENT", "normalization": {"method": "MIN_MAX"}}}]},
                 "rules": %s %s}""".formatted(rules, extra));
    }

    static List<String> problems(JsonNode doc) {
        try {
            FrameworkValidator.validate("F", doc);
            return List.of();
        } catch (ProblemException e) {
            return e.problem().errors().stream().map(x -> x.pointer() + " " + x.code()).toList();
        }
    }

    @Test
    void aValidRuleIsKeptAndTheOutlierThresholdDefaultIsFilledIn() throws Exception {
        FrameworkDocument d = FrameworkValidator.validate("F", doc("""
                [{"code": "A_LE_B", "name": "A within B", "left": "A", "operator": "<=", "right": "B * 1.5 - (2)", "severity": "ERROR"}]""", ""));
        assertThat(d.rules()).singleElement().satisfies(r -> {
            assertThat(r.right()).isEqualTo("B * 1.5 - (2)");
            assertThat(r.severity()).isEqualTo("ERROR");
        });
        assertThat(d.outlierThreshold()).isEqualTo(3.5);
        assertThat(d.maxChangeRatio()).isNull();
        assertThat(FrameworkValidator.validate("F", doc("[]", ", \"outlierThreshold\": 2.5, \"maxChangeRatio\": 1")).outlierThreshold()).isEqualTo(2.5);
    }

    @Test
    void everyProblemOfTheRulesPointsIntoThem() throws Exception {
        assertThat(problems(doc("""
                [{"code": "R1", "name": "constants only", "left": "1", "operator": "<", "right": "2", "severity": "WARNING"},
                 {"code": "r2", "name": "lower-case code", "left": "A", "operator": "<=", "right": "B", "severity": "WARNING", "extra": 1},
                 {"code": "R3", "left": "", "operator": "<=", "right": "A / ", "severity": "WARNING"},
                 "not a rule"]""", ""))).containsExactly(
                "/rules/0/left NO_INDICATOR",
                "/rules/1/extra UNKNOWN_FIELD", "/rules/1/code INVALID_FORMAT",
                "/rules/2/name REQUIRED", "/rules/2/left INVALID_TYPE", "/rules/2/right INVALID_EXPRESSION",
                "/rules/3 INVALID_TYPE");
        assertThat(problems(doc("{}", ", \"outlierThreshold\": -1"))).containsExactly("/rules INVALID_TYPE", "/outlierThreshold OUT_OF_RANGE");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 200; i++) {
            many.append(i == 0 ? "" : ",").append("{\"code\": \"R").append(i).append("\", \"name\": \"n\", \"left\": \"A\", \"operator\": \"<=\", \"right\": \"B\", \"severity\": \"WARNING\"}");
        }
        assertThat(problems(doc(many + "]", ""))).containsExactly("/rules TOO_MANY");
        // nesting deeper than the parser allows is a problem of the expression, never a stack overflow
        assertThat(problems(doc("[{\"code\": \"X\", \"name\": \"n\", \"left\": \"A\", \"operator\": \"<=\", \"right\": \""
                + "(".repeat(40) + "A" + ")".repeat(40) + "\", \"severity\": \"ERROR\"}]", ""))).containsExactly("/rules/0/right INVALID_EXPRESSION");
    }
}
