package vn.dti.report.brief;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parts of a published framework document (dti.framework.published.v1) a brief needs: names
 * in both languages, the pillars (the root's children) with their weights, the indicators (leaves)
 * with unit, direction and normalisation, and the national targets.
 */
public record FrameworkModel(String code, String name, String nameVi, int version, String unitType, String periodType,
                             int rankPrecision, String missingValues, String rootCode, List<Node> pillars,
                             List<Indicator> indicators, List<Target> targets) {

    /** A node of the tree; {@code share} is its weight relative to its siblings. */
    public record Node(String code, String name, String nameVi, double weight, double share) {

        public String name(String language) {
            return "vi".equals(language) && nameVi != null ? nameVi : name;
        }
    }

    /** A leaf, with the pillar it belongs to. */
    public record Indicator(String code, String name, String nameVi, String unit, boolean lowerIsBetter,
                            String method, String pillarCode, double weightInPillar) {

        public String name(String language) {
            return "vi".equals(language) && nameVi != null ? nameVi : name;
        }
    }

    public record Target(String indicatorCode, String comparator, double value, String label, String labelVi) {

        public String label(String language) {
            return "vi".equals(language) && labelVi != null ? labelVi : label;
        }
    }

    public String name(String language) {
        return "vi".equals(language) && nameVi != null ? nameVi : name;
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    public static FrameworkModel of(JsonNode doc) {
        JsonNode root = doc.path("root");
        List<Node> pillars = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        double total = 0;
        for (JsonNode child : root.path("children")) {
            total += child.path("weight").asDouble(1);
        }
        for (JsonNode child : root.path("children")) {
            double w = child.path("weight").asDouble(1);
            pillars.add(new Node(child.path("code").asText(), text(child, "name", child.path("code").asText()),
                    text(child, "nameVi", null), w, total > 0 ? w / total : 0));
            leaves(child, child.path("code").asText(), 1.0, indicators);
        }
        if (root.has("indicator")) {
            leaves(root, root.path("code").asText(), 1.0, indicators);
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : doc.path("targets")) {
            targets.add(new Target(t.path("indicatorCode").asText(), t.path("comparator").asText(),
                    t.path("value").asDouble(), t.path("label").asText(), text(t, "labelVi", null)));
        }
        return new FrameworkModel(doc.path("code").asText(), doc.path("name").asText(), text(doc, "nameVi", null),
                doc.path("version").asInt(), doc.path("unitType").asText(), doc.path("periodType").asText(), doc.path("rankPrecision").asInt(4),
                doc.path("missingValues").asText("ZERO"), root.path("code").asText(), List.copyOf(pillars),
                List.copyOf(indicators), List.copyOf(targets));
    }

    /** Collects the leaves under {@code node}, with their weight in the pillar (product of the shares on the way). */
    private static void leaves(JsonNode node, String pillar, double share, List<Indicator> into) {
        if (node.has("indicator")) {
            JsonNode i = node.get("indicator");
            into.add(new Indicator(node.path("code").asText(), text(node, "name", node.path("code").asText()),
                    text(node, "nameVi", null), i.path("unit").asText("NUMBER"),
                    "LOWER_IS_BETTER".equals(i.path("direction").asText()),
                    i.path("normalization").path("method").asText(), pillar, share));
            return;
        }
        double total = 0;
        for (JsonNode c : node.path("children")) {
            total += c.path("weight").asDouble(1);
        }
        for (JsonNode c : node.path("children")) {
            leaves(c, pillar, total > 0 ? share * c.path("weight").asDouble(1) / total : 0, into);
        }
    }

    private static String text(JsonNode node, String field, String dflt) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? dflt : v.asText();
    }
}
