package vn.dti.ranking.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The raw values of one (framework, period): {@code values[indicator][unit]}, {@link Double#NaN}
 * where the unit has not reported the indicator. Indicators are in framework order
 * ({@link Framework#indicatorCodes()}); units in any order (results keep it).
 */
public record Dataset(String[] units, String[] indicators, double[][] values) {

    public Dataset {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(values, "values");
        if (values.length != indicators.length) {
            throw new IllegalArgumentException("values has " + values.length + " rows for " + indicators.length + " indicators");
        }
        for (double[] row : values) {
            if (row.length != units.length) {
                throw new IllegalArgumentException("a values row has " + row.length + " entries for " + units.length + " units");
            }
        }
    }

    /** An empty dataset (every value missing) for these units and the framework's indicators. */
    public static Dataset empty(Framework framework, String... units) {
        String[] indicators = framework.indicatorCodes();
        double[][] values = new double[indicators.length][units.length];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        return new Dataset(units.clone(), indicators, values);
    }

    /** Sets one raw value; unknown unit or indicator codes are refused. Returns this, for chaining. */
    public Dataset set(String unit, String indicator, double value) {
        int u = indexOf(units, unit);
        int i = indexOf(indicators, indicator);
        if (u < 0 || i < 0) {
            throw new IllegalArgumentException("unknown " + (u < 0 ? "unit " + unit : "indicator " + indicator));
        }
        values[i][u] = value;
        return this;
    }

    public double value(String unit, String indicator) {
        return values[indexOf(indicators, indicator)][indexOf(units, unit)];
    }

    /** Position of each code, for callers that fill many values. */
    public static Map<String, Integer> index(String[] codes) {
        Map<String, Integer> index = new HashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            index.put(codes[i], i);
        }
        return index;
    }

    private static int indexOf(String[] codes, String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
