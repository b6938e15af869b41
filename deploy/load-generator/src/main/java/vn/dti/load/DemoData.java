package vn.dti.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plausible, reproducible indicator values for the demo: each province has a latent digital
 * maturity (the well-known leaders high, the mountainous north lower), improving a little from one
 * year to the next with a few decliners; each indicator maps maturity plus noise into its own
 * realistic range (e.g. e-commerce 2–15 % of retail, so the 7 % target is met by some and missed by
 * others). Same seed, same data.
 */
final class DemoData {

    /** An indicator as the framework declares it. */
    record Indicator(String code, String unit, Double min, Double max, boolean lowerIsBetter) {
    }

    /** The indicators of a framework document's tree ({@code root}), in framework order. */
    static List<Indicator> indicators(com.fasterxml.jackson.databind.JsonNode node) {
        List<Indicator> into = new ArrayList<>();
        collect(node, into);
        return into;
    }

    private static void collect(com.fasterxml.jackson.databind.JsonNode node, List<Indicator> into) {
        if (node.has("indicator")) {
            com.fasterxml.jackson.databind.JsonNode i = node.get("indicator");
            into.add(new Indicator(node.get("code").asText(), i.path("unit").asText("NUMBER"),
                    i.hasNonNull("min") ? i.get("min").asDouble() : null,
                    i.hasNonNull("max") ? i.get("max").asDouble() : null,
                    "LOWER_IS_BETTER".equals(i.path("direction").asText())));
        } else {
            node.path("children").forEach(child -> collect(child, into));
        }
    }

    /** What one unit submits for one year, and how. */
    record Submission(String unitCode, Map<String, Double> values, boolean late) {
    }

    /** The demo's plan for one year: who submits what, who is late, who does not report. */
    record Year(int year, List<Submission> submissions, Set<String> notReporting, Set<String> incomplete) {

        List<Submission> onTime() {
            return submissions.stream().filter(s -> !s.late()).toList();
        }

        List<Submission> late() {
            return submissions.stream().filter(Submission::late).toList();
        }

        /** The planned submissions of units with none stored yet, in plan order. */
        List<Submission> missing(Set<String> storedUnits) {
            return submissions.stream().filter(s -> !storedUnits.contains(s.unitCode())).toList();
        }
    }

    /**
     * One reporting round of the demo: how many units report nothing, leave indicators out, report
     * late, and are returned on review. 2023 and 2024 are on the 63 provinces; 2025 on the 34 units
     * of 2025-07-01, so its brief against 2024 compares across the boundary (2024 restated).
     */
    record Round(int year, int notReporting, int incomplete, int late, int returned) {
    }

    static final List<Round> ROUNDS = List.of(new Round(2023, 0, 1, 2, 0), new Round(2024, 2, 3, 4, 2),
            new Round(2025, 1, 2, 3, 0));

    /** The plan of a round for these units ({@code code → region}). */
    Year year(Round round, Map<String, String> units, List<Indicator> indicators) {
        return year(round.year(), units, indicators, round.notReporting(), round.incomplete(), round.late());
    }

    /** Where a known indicator's values plausibly lie for maturity 0 .. 1 ({@code exp} bends the curve). */
    private record Range(double low, double high, double exp, int decimals) {
    }

    private static final Map<String, Range> RANGES = Map.ofEntries(
            Map.entry("DX_COMMUNICATION_ITEMS", new Range(40, 1600, 1.5, 0)),
            Map.entry("DX_POLICIES_ISSUED", new Range(2, 28, 1, 0)),
            Map.entry("DX_BUDGET_SHARE", new Range(0.3, 2.9, 1, 2)),
            Map.entry("FIBRE_HOUSEHOLD_COVERAGE", new Range(55, 99.5, 0.8, 2)),
            Map.entry("MOBILE_BROADBAND_COVERAGE", new Range(88, 99.9, 0.7, 2)),
            Map.entry("SMARTPHONE_ADULT_SHARE", new Range(55, 93, 1, 2)),
            Map.entry("CIVIL_SERVANTS_DX_TRAINED", new Range(30, 98, 1, 2)),
            Map.entry("ICT_GRADUATES_PER_10K", new Range(0.5, 26, 2, 2)),
            Map.entry("SYSTEMS_SECURITY_LEVEL_APPROVED", new Range(20, 99, 1, 2)),
            Map.entry("CYBER_INCIDENTS_PER_100_SYSTEMS", new Range(1, 11, 1, 2)),
            Map.entry("OPS_TIMELY_RATE", new Range(84, 99.2, 0.8, 2)),
            Map.entry("ONLINE_PUBLIC_SERVICES_SHARE", new Range(35, 96, 1, 2)),
            Map.entry("DIGITISED_RECORDS_SHARE", new Range(20, 95, 1, 2)),
            Map.entry("OPEN_DATA_SETS", new Range(5, 210, 2, 0)),
            Map.entry("ECOMMERCE_RETAIL_SHARE", new Range(2, 15, 1.1, 2)),
            Map.entry("EINVOICE_ENTERPRISE_SHARE", new Range(88, 102, 1, 2)),
            Map.entry("DIGITAL_ECONOMY_GRDP_SHARE", new Range(3, 28, 1.5, 2)),
            Map.entry("SME_DIGITAL_PLATFORM_SHARE", new Range(10, 70, 1, 2)),
            Map.entry("PAYMENT_ACCOUNT_ADULT_SHARE", new Range(45, 90, 1, 2)),
            Map.entry("CASHLESS_HOSPITAL_SHARE", new Range(30, 99, 1, 2)),
            Map.entry("DIGITAL_ID_ACTIVATED_SHARE", new Range(40, 95, 1, 2)),
            Map.entry("ONLINE_SCHOOL_FEE_SHARE", new Range(20, 98, 1, 2)));

    /** The provinces that lead the published DTI year after year: high maturity in the demo. */
    private static final Map<String, Double> LEADERS = Map.of(
            "48", 0.93, "01", 0.90, "79", 0.89, "22", 0.86, "74", 0.85, "31", 0.83, "27", 0.82, "46", 0.80,
            "92", 0.76, "75", 0.74);

    /**
     * Published figures the demo reproduces where it names them (e.g. Bình Dương's 98.01 % of online
     * public services processed on time), keyed "unit/indicator/year".
     */
    private static final Map<String, Double> ANCHORS = Map.of(
            "74/OPS_TIMELY_RATE/2024", 98.01,
            "48/ECOMMERCE_RETAIL_SHARE/2024", 11.27);

    private final long seed;

    DemoData(long seed) {
        this.seed = seed;
    }

    /** The latent maturity of a unit in a year, in [0.05, 0.98]. */
    double maturity(String unitCode, String region, int year) {
        SplittableRandom base = new SplittableRandom(seed ^ (unitCode.hashCode() * 0x9E3779B97F4A7C15L));
        double m = LEADERS.containsKey(unitCode) ? LEADERS.get(unitCode)
                : 0.22 + 0.45 * base.nextDouble() + regionBonus(region);
        // Year on year most improve by a few points; about one in eight slips back.
        double drift = base.nextDouble() < 0.12 ? -0.04 * base.nextDouble() : 0.01 + 0.05 * base.nextDouble();
        m += drift * (year - 2023);
        return Math.max(0.05, Math.min(0.98, m));
    }

    private static double regionBonus(String region) {
        if (region == null) {
            return 0;
        }
        return switch (region) {
            case "Red River Delta", "Southeast" -> 0.08;
            case "Northern Midlands and Mountains", "Central Highlands" -> -0.06;
            default -> 0;
        };
    }

    /** The value a unit of maturity {@code m} reports for {@code indicator}, with reproducible noise. */
    double value(Indicator indicator, double m, SplittableRandom noise) {
        double q = clamp(m + gaussian(noise) * 0.08, 0, 1);
        double v;
        if ("BOOLEAN".equals(indicator.unit())) {
            return q > 0.2 ? 1 : 0;
        }
        Range r = RANGES.get(indicator.code());
        if (r == null) {
            double lo = indicator.min() != null ? indicator.min() : 0;
            double hi = indicator.max() != null ? indicator.max() : ("PERCENT".equals(indicator.unit()) ? 100 : 100);
            r = new Range(lo, hi, 1, "COUNT".equals(indicator.unit()) ? 0 : 2);
        }
        double position = indicator.lowerIsBetter() ? 1 - q : q;
        v = r.low() + (r.high() - r.low()) * Math.pow(position, r.exp());
        if (indicator.min() != null) {
            v = Math.max(indicator.min(), v);
        }
        if (indicator.max() != null) {
            v = Math.min(indicator.max(), v);
        }
        if ("PERCENT".equals(indicator.unit())) {
            v = Math.min(100, Math.max(0, v));
        }
        double scale = Math.pow(10, r.decimals());
        return Math.round(v * scale) / scale;
    }

    /**
     * The plan of one year for these units ({@code code → region}): {@code notReporting} units
     * submit nothing, {@code incomplete} ones leave out three indicators, {@code late} ones submit
     * after the due date. Chosen reproducibly among the units that are not leaders.
     */
    Year year(int year, Map<String, String> units, List<Indicator> indicators, int notReporting, int incomplete,
              int late) {
        List<String> codes = new ArrayList<>(units.keySet());
        codes.sort(Comparator.naturalOrder());
        SplittableRandom pick = new SplittableRandom(seed * 31 + year);
        List<String> candidates = new ArrayList<>(codes.stream().filter(c -> !LEADERS.containsKey(c)).toList());
        Set<String> absent = take(candidates, notReporting, pick);
        Set<String> partial = take(candidates, incomplete, pick);
        Set<String> tardy = take(candidates, late, pick);
        List<Submission> submissions = new ArrayList<>();
        for (String code : codes) {
            if (absent.contains(code)) {
                continue;
            }
            double m = maturity(code, units.get(code), year);
            SplittableRandom noise = new SplittableRandom(seed ^ ((long) code.hashCode() << 20) ^ year);
            List<Indicator> reported = new ArrayList<>(indicators);
            if (partial.contains(code)) {
                for (int i = 0; i < 3 && reported.size() > 1; i++) {
                    reported.remove(noise.nextInt(reported.size()));
                }
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Indicator indicator : reported) {
                double value = value(indicator, m, noise);
                values.put(indicator.code(), ANCHORS.getOrDefault(code + "/" + indicator.code() + "/" + year, value));
            }
            submissions.add(new Submission(code, values, tardy.contains(code)));
        }
        return new Year(year, submissions, absent, partial);
    }

    /** A reviewer's decision on a unit's submission: APPROVE, or RETURN with a comment on one indicator. */
    record Review(String unitCode, String decision, String comment, String indicatorCode) {
    }

    /**
     * The review of a year's round (issue 10): every submission approved except {@code returned} of
     * them, chosen reproducibly among the units that are not leaders, sent back with a comment on one
     * of their indicators. In plan order.
     */
    List<Review> reviews(Year plan, int returned) {
        List<String> candidates = new ArrayList<>(plan.submissions().stream().map(Submission::unitCode)
                .filter(c -> !LEADERS.containsKey(c)).sorted().toList());
        Set<String> back = take(candidates, returned, new SplittableRandom(seed * 37 + plan.year()));
        List<Review> reviews = new ArrayList<>();
        for (Submission s : plan.submissions()) {
            if (back.contains(s.unitCode())) {
                String code = s.values().keySet().iterator().next();
                reviews.add(new Review(s.unitCode(), "RETURN", "Đề nghị rà soát lại chỉ tiêu " + code + " (giá trị "
                        + s.values().get(code) + ") và gửi kèm tài liệu minh chứng.", code));
            } else {
                reviews.add(new Review(s.unitCode(), "APPROVE", null, null));
            }
        }
        return reviews;
    }

    private static Set<String> take(List<String> from, int n, SplittableRandom random) {
        Set<String> taken = new LinkedHashSet<>();
        while (taken.size() < n && !from.isEmpty()) {
            taken.add(from.remove(random.nextInt(from.size())));
        }
        return taken;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
