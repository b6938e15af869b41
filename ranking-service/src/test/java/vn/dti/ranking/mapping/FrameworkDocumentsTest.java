package vn.dti.ranking.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Framework;

/** The published framework document (the contract's own example) as the engine sees it. */
class FrameworkDocumentsTest {

    @Test
    void theContractsExampleBecomesTheSameTreeWithItsRulesAndWeights() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(
                Path.of("..", "docs", "events", "dti.framework.published.v1.schema.json")));
        Framework f = FrameworkDocuments.toEngine(schema.get("examples").get(0));

        assertThat(f.code()).isEqualTo("DTI-2022-PROVINCE");
        assertThat(f.rankPrecision()).isEqualTo(4);
        assertThat(f.missingValues()).isEqualTo(Framework.MissingValues.ZERO);
        assertThat(f.root().code()).isEqualTo("DTI");
        assertThat(f.root().children()).extracting(Framework.Node::code).containsExactly("AWARENESS", "DG_ACTIVITY", "DE_ACTIVITY");
        assertThat(f.root().children()).extracting(Framework.Node::weight).containsExactly(0.1, 0.2, 0.15);
        assertThat(f.indicatorCodes()).containsExactly("AW_PLAN", "OPS_TIMELY_RATE", "ECOMMERCE_RETAIL_SHARE");
        List<Framework.Node> leaves = f.indicators();
        assertThat(leaves.get(0).rule()).isEqualTo(Framework.Rule.of(Framework.Method.BOOLEAN));
        assertThat(leaves.get(1).rule()).isEqualTo(Framework.Rule.goalposts(50, 100));
        assertThat(leaves.get(1).name()).isEqualTo("Online public services processed on time");
        assertThat(leaves.get(2).rule()).isEqualTo(Framework.Rule.target(7));
    }

    @Test
    void omittedOptionalFieldsTakeTheDefaultsOfTheDesign() throws Exception {
        JsonNode doc = new ObjectMapper().readTree("""
                {"code": "F", "rankPrecision": 2, "missingValues": "RESCALE", "root": {"code": "R", "children": [
                  {"code": "G", "aggregation": "GEOMETRIC_MEAN", "children": [
                    {"code": "L", "indicator": {"unit": "NUMBER", "direction": "LOWER_IS_BETTER", "normalization": {"method": "MIN_MAX"}}}]}]}}""");
        Framework f = FrameworkDocuments.toEngine(doc);
        assertThat(f.missingValues()).isEqualTo(Framework.MissingValues.RESCALE);
        Framework.Node g = f.root().children().get(0);
        assertThat(g.weight()).isEqualTo(1.0);
        assertThat(g.name()).isEqualTo("G");
        assertThat(g.aggregation()).isEqualTo(Framework.Aggregation.GEOMETRIC_MEAN);
        assertThat(f.root().aggregation()).isEqualTo(Framework.Aggregation.WEIGHTED_MEAN);
        assertThat(g.children().get(0).rule()).isEqualTo(Framework.Rule.of(Framework.Method.MIN_MAX).lowerIsBetter());
    }
}
