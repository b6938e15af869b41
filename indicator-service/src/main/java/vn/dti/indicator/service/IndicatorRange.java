package vn.dti.indicator.service;

import vn.dti.indicator.framework.FrameworkDocument;

/** The admissible values of an indicator, from its declared unit and min/max. */
final class IndicatorRange {

    private IndicatorRange() {
    }

    /** Null when {@code value} is admissible, else why not. */
    static String check(FrameworkDocument.IndicatorSpec spec, double value) {
        if (spec == null) {
            return null;
        }
        String unit = spec.unit() == null ? "NUMBER" : spec.unit();
        if ("BOOLEAN".equals(unit) && value != 0 && value != 1) {
            return "a yes/no indicator takes true/false or 1/0";
        }
        if ("COUNT".equals(unit) && (value < 0 || value != Math.rint(value))) {
            return "a count is a whole number of at least 0";
        }
        Double min = spec.min() != null ? spec.min() : ("PERCENT".equals(unit) ? Double.valueOf(0) : null);
        Double max = spec.max() != null ? spec.max() : ("PERCENT".equals(unit) ? Double.valueOf(100) : null);
        if ((min != null && value < min) || (max != null && value > max)) {
            return "must be between " + (min == null ? "-∞" : fmt(min)) + " and " + (max == null ? "∞" : fmt(max))
                    + ("PERCENT".equals(unit) ? " (a percentage, e.g. 98.01 for 98.01 %)" : "");
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
