package vn.dti.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Every submission of a run, built before the run starts: per unit, {@code variants} bodies already
 * serialised to JSON bytes, with the unit's pre-signed token and the score the body implies. The
 * sender only picks one (request n goes to unit {@code n % units}, variant
 * {@code (n / units) % variants}), so the generator's CPU goes to sending, not to building JSON or
 * signing RSA tokens. Consecutive submissions of a unit carry different values, so the standings
 * show which one they reflect (see {@link Freshness}).
 */
final class Workload {

    /** One prepared submission. {@code codes}/{@code values} feed the postgres target's statements. */
    record Submission(String unit, String authorization, byte[] json, String[] codes, double[] values, double expectedScore) {

        String jsonText() {
            return new String(json, StandardCharsets.UTF_8);
        }
    }

    private final List<String> units;
    private final Submission[][] byUnit; // [unit][variant]

    /**
     * @param indicatorCount indicators of the framework: the load framework scores a unit as the sum of
     *                       its values over this count (missing values count 0)
     */
    Workload(String framework, String period, List<String> units, List<DemoData.Indicator> indicators, int valuesPerSubmission,
             int variants, long seed, java.util.function.Function<String, String> tokenOfUnit) {
        if (units.isEmpty() || variants < 1) {
            throw new IllegalArgumentException("need units and at least one variant");
        }
        this.units = List.copyOf(units);
        this.byUnit = new Submission[units.size()][variants];
        SplittableRandom random = new SplittableRandom(seed);
        int n = Math.min(valuesPerSubmission, indicators.size());
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            String authorization = tokenOfUnit == null ? null : "Bearer " + tokenOfUnit.apply(unit);
            for (int v = 0; v < variants; v++) {
                String[] codes = new String[n];
                double[] values = new double[n];
                List<Map<String, Object>> json = new ArrayList<>(n);
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    DemoData.Indicator ind = indicators.get(i);
                    codes[i] = ind.code();
                    values[i] = value(ind, random);
                    sum += values[i];
                    json.add(Map.of("indicatorCode", codes[i], "value", values[i]));
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("unitCode", unit);
                body.put("frameworkCode", framework);
                body.put("period", period);
                body.put("values", json);
                try {
                    byUnit[u][v] = new Submission(unit, authorization, Api.JSON.writeValueAsBytes(body), codes, values,
                            sum / indicators.size());
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Request {@code n} of the run. */
    Submission get(long n) {
        int u = (int) (n % units.size());
        int v = (int) ((n / units.size()) % byUnit[u].length);
        return byUnit[u][v];
    }

    /** Every prepared submission, unit by unit (what the wrk script replays). */
    List<Submission> all() {
        List<Submission> all = new ArrayList<>();
        for (int v = 0; v < byUnit[0].length; v++) {
            for (Submission[] unit : byUnit) {
                all.add(unit[v]);
            }
        }
        return all;
    }

    int size() {
        return units.size() * byUnit[0].length;
    }

    private static double value(DemoData.Indicator ind, SplittableRandom random) {
        return switch (ind.unit()) {
            case "RATIO" -> Math.round(random.nextDouble() * 10_000) / 10_000.0;
            case "BOOLEAN" -> random.nextInt(2);
            case "COUNT" -> random.nextInt(500);
            default -> {
                double min = ind.min() != null ? ind.min() : 0;
                double max = ind.max() != null ? ind.max() : 100;
                yield Math.round(100 * min + random.nextDouble() * 100 * (max - min)) / 100.0;
            }
        };
    }
}
