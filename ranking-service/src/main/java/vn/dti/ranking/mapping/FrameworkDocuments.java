package vn.dti.ranking.mapping;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.ranking.engine.Framework;

/**
 * Turns a published framework document (the payload of {@code dti.framework.published.v1}, kept as
 * jsonb) into the engine's {@link Framework}. The publisher fills in every default, but the
 * defaults of docs/contract.md §5 are applied again here so a sparse document scores the same.
 */
public final class FrameworkDocuments {

    private FrameworkDocuments() {
    }

    public static Framework toEngine(JsonNode doc) {
        return new Framework(doc.path("code").asText(), doc.path("rankPrecision").asInt(4),
                Framework.MissingValues.valueOf(doc.path("missingValues").asText("ZERO")), node(doc.path("root"), true));
    }

    public static String rootCode(JsonNode doc) {
        return doc.path("root").path("code").asText();
    }

    private static Framework.Node node(JsonNode n, boolean root) {
        String code = n.path("code").asText();
        String name = n.hasNonNull("name") ? n.get("name").asText() : code;
        double weight = root || !n.hasNonNull("weight") ? 1.0 : n.get("weight").asDouble();
        JsonNode indicator = n.get("indicator");
        if (indicator != null && !indicator.isNull()) {
            JsonNode norm = indicator.path("normalization");
            Framework.Rule rule = new Framework.Rule(Framework.Method.valueOf(norm.path("method").asText()),
                    Framework.Direction.valueOf(indicator.path("direction").asText("HIGHER_IS_BETTER")),
                    number(norm, "low"), number(norm, "high"), number(norm, "target"));
            return new Framework.Node(code, name, weight, null, List.of(), rule);
        }
        List<Framework.Node> children = new ArrayList<>();
        n.path("children").forEach(child -> children.add(node(child, false)));
        Framework.Aggregation aggregation = Framework.Aggregation.valueOf(n.path("aggregation").asText("WEIGHTED_MEAN"));
        return new Framework.Node(code, name, weight, aggregation, children, null);
    }

    private static Double number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asDouble() : null;
    }
}
