package vn.dti.report.portal;

import java.text.NumberFormat;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Figures as a person of the page's language reads them (0,7814 in Vietnamese, 0.7814 in English). */
final class Numbers {

    private Numbers() {
    }

    /** A score or share with 4 decimals; empty for null. */
    static String score(JsonNode value, Locale locale) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(4);
        format.setMaximumFractionDigits(4);
        return format.format(value.asDouble());
    }

    /** A signed change with 4 decimals (+0,0600). */
    static String change(JsonNode value, Locale locale) {
        String text = score(value, locale);
        return !text.isEmpty() && value.asDouble() > 0 ? "+" + text : text;
    }

    /** A raw value as reported (up to 4 decimals). */
    static String raw(JsonNode value, Locale locale) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "✓" : "✗";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value.asDouble());
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
