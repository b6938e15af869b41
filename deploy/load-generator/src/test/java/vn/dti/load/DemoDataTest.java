package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The demo must look like a real reporting round: plausible, varied, reproducible. */
class DemoDataTest {

    private static final List<DemoData.Indicator> INDICATORS = List.of(
            new DemoData.Indicator("DX_PLAN_APPROVED", "BOOLEAN", null, null, false),
            new DemoData.Indicator("OPS_TIMELY_RATE", "PERCENT", 0.0, 100.0, false),
            new DemoData.Indicator("ECOMMERCE_RETAIL_SHARE", "PERCENT", 0.0, 100.0, false),
            new DemoData.Indicator("EINVOICE_ENTERPRISE_SHARE", "PERCENT", 0.0, 100.0, false),
            new DemoData.Indicator("OPEN_DATA_SETS", "COUNT", null, null, false),
            new DemoData.Indicator("CYBER_INCIDENTS_PER_100_SYSTEMS", "NUMBER", null, null, true),
            new DemoData.Indicator("SOMETHING_NEW", "PERCENT", null, null, false));

    private static Map<String, String> provinces() {
        Map<String, String> units = new LinkedHashMap<>();
        for (int i = 1; i <= 96; i += 1) {
            units.put(String.format("%02d", i), i % 3 == 0 ? "Red River Delta" : "Northern Midlands and Mountains");
            if (units.size() == 63) {
                break;
            }
        }
        units.put("48", "North Central and Central Coast");
        units.put("74", "Southeast");
        return units;
    }

    /** The 34 units of 2025-07-01 (shared/data/provinces-34.csv), as the indicator-service lists them for 2025. */
    private static Map<String, String> units2025() {
        Map<String, String> units = new LinkedHashMap<>();
        for (String code : List.of("01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38",
                "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96")) {
            units.put(code, code.compareTo("40") < 0 ? "Red River Delta" : "Southeast");
        }
        return units;
    }

    @Test
    void the2025RoundIsOnThe34UnitsWithLateAndIncompleteUnitsAndOneNotReporting() {
        DemoData.Round round = DemoData.ROUNDS.stream().filter(r -> r.year() == 2025).findFirst().orElseThrow();
        assertThat(DemoData.ROUNDS).extracting(DemoData.Round::year).containsExactly(2023, 2024, 2025);
        Map<String, String> units = units2025();
        assertThat(units).hasSize(34);
        DemoData.Year year = new DemoData(2024).year(round, units, INDICATORS);

        assertThat(year.notReporting()).hasSize(1).doesNotContain("48", "01", "79", "22", "31", "46", "92", "75");
        assertThat(year.submissions()).hasSize(33);
        assertThat(year.late()).hasSize(3);
        assertThat(year.incomplete()).hasSize(2);
        assertThat(year.submissions()).extracting(DemoData.Submission::unitCode).doesNotContainAnyElementsOf(year.notReporting())
                .isSubsetOf(units.keySet());
        // the same plan on every run: loading 2025 twice sends nothing the second time
        assertThat(new DemoData(2024).year(round, units, INDICATORS)).isEqualTo(year);
        assertThat(year.missing(Set.copyOf(year.submissions().stream().map(DemoData.Submission::unitCode).toList()))).isEmpty();
        // approved in full: the 2025 brief compares the approved standings of 2025 with those of 2024
        assertThat(new DemoData(2024).reviews(year, round.returned())).extracting(DemoData.Review::decision).containsOnly("APPROVE");
    }

    @Test
    void theDemoMakesA2025BriefAgainst2024InBothLanguages() {
        assertThat(DemoLoader.BRIEFS).extracting(DemoLoader.Brief::year, DemoLoader.Brief::compareYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2024, 2023), org.assertj.core.groups.Tuple.tuple(2025, 2024));
        assertThat(DemoLoader.BRIEFS).allSatisfy(b -> assertThat(b.titles()).containsOnlyKeys("vi", "en")
                .allSatisfy((language, title) -> assertThat(title).contains(Integer.toString(b.year()))));
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        DemoData.Year a = new DemoData(7).year(2024, provinces(), INDICATORS, 2, 3, 4);
        DemoData.Year b = new DemoData(7).year(2024, provinces(), INDICATORS, 2, 3, 4);
        DemoData.Year c = new DemoData(8).year(2024, provinces(), INDICATORS, 2, 3, 4);
        assertThat(a).isEqualTo(b);
        assertThat(a.submissions()).isNotEqualTo(c.submissions());
    }

    @Test
    void aRoundHasLateIncompleteAndMissingUnitsAndOnlyValidValues() {
        Map<String, String> units = provinces();
        DemoData.Year year = new DemoData(2024).year(2024, units, INDICATORS, 2, 3, 4);

        assertThat(year.notReporting()).hasSize(2).doesNotContain("48", "01", "79");
        assertThat(year.submissions()).hasSize(units.size() - 2);
        assertThat(year.late()).hasSize(4);
        assertThat(year.incomplete()).hasSize(3);
        assertThat(year.submissions()).filteredOn(s -> year.incomplete().contains(s.unitCode()))
                .allSatisfy(s -> assertThat(s.values()).hasSize(INDICATORS.size() - 3));
        for (DemoData.Submission s : year.submissions()) {
            s.values().forEach((code, value) -> {
                assertThat(value).as(code).isFinite().isGreaterThanOrEqualTo(0);
                if (code.endsWith("_RATE") || code.endsWith("_SHARE")) {
                    assertThat(value).as(code).isLessThanOrEqualTo(100);
                }
            });
            assertThat(s.values().get("DX_PLAN_APPROVED")).isIn(null, 0.0, 1.0);
            Double count = s.values().get("OPEN_DATA_SETS");
            assertThat(count == null || count == Math.rint(count)).as("a count is whole").isTrue();
        }
    }

    @Test
    void nationalTargetsAreMetBySomeAndMissedByOthers() {
        DemoData.Year year = new DemoData(2024).year(2024, provinces(), INDICATORS, 0, 0, 0);
        List<Double> ecommerce = year.submissions().stream().map(s -> s.values().get("ECOMMERCE_RETAIL_SHARE")).toList();
        assertThat(ecommerce).anyMatch(v -> v >= 7).anyMatch(v -> v < 7);
        List<Double> einvoice = year.submissions().stream().map(s -> s.values().get("EINVOICE_ENTERPRISE_SHARE")).toList();
        assertThat(einvoice).anyMatch(v -> v == 100).anyMatch(v -> v < 100);
    }

    @Test
    void leadersLeadAndTheNamedFiguresAreReproduced() {
        DemoData data = new DemoData(2024);
        assertThat(data.maturity("48", "North Central and Central Coast", 2024))
                .isGreaterThan(data.maturity("04", "Northern Midlands and Mountains", 2024));
        DemoData.Year year = data.year(2024, provinces(), INDICATORS, 0, 0, 0);
        DemoData.Submission binhDuong = year.submissions().stream().filter(s -> s.unitCode().equals("74")).findFirst().orElseThrow();
        assertThat(binhDuong.values()).containsEntry("OPS_TIMELY_RATE", 98.01);
    }

    @Test
    void lowerIsBetterIndicatorsAreLowForMatureUnits() {
        DemoData data = new DemoData(1);
        DemoData.Indicator incidents = INDICATORS.get(5);
        double mature = data.value(incidents, 0.95, new java.util.SplittableRandom(1));
        double immature = data.value(incidents, 0.1, new java.util.SplittableRandom(1));
        assertThat(mature).isLessThan(immature);
    }

    @Test
    void aPartlyLoadedYearMissesExactlyTheUnstoredSubmissionsInPlanOrder() {
        DemoData.Year year = new DemoData(2024).year(2024, provinces(), INDICATORS, 2, 3, 4);
        List<String> planned = year.submissions().stream().map(DemoData.Submission::unitCode).toList();

        assertThat(year.missing(Set.of())).isEqualTo(year.submissions());
        assertThat(year.missing(Set.copyOf(planned))).as("complete: nothing to send, run twice changes nothing").isEmpty();
        // interrupted after the first ten on-time submissions
        Set<String> stored = Set.copyOf(planned.subList(0, 10));
        assertThat(year.missing(stored)).extracting(DemoData.Submission::unitCode)
                .isEqualTo(planned.subList(10, planned.size()));
        // a unit outside the plan (someone trying the API) does not make the year look complete
        assertThat(year.missing(Set.of("99"))).hasSameSizeAs(planned);
    }

    @Test
    void aSubmissionBodyIsTheSameBytesOnEveryRunSoItsIdempotencyKeyReplays() throws Exception {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("OPS_TIMELY_RATE", 98.01);
        values.put("DX_PLAN_APPROVED", 1.0);
        DemoData.Submission s = new DemoData.Submission("74", values, false);

        // Fixed key order: Map.of iterates in an order that differs between JVMs, and another body
        // under the same Idempotency-Key is refused with 422 instead of replayed.
        assertThat(Api.JSON.writeValueAsString(DemoLoader.body("DTI-PROVINCE", "2024", s))).isEqualTo(
                "{\"unitCode\":\"74\",\"frameworkCode\":\"DTI-PROVINCE\",\"period\":\"2024\",\"values\":["
                        + "{\"indicatorCode\":\"OPS_TIMELY_RATE\",\"value\":98.01},"
                        + "{\"indicatorCode\":\"DX_PLAN_APPROVED\",\"value\":1.0}]}");
        DemoData.Submission again = new DemoData(2024).year(2024, provinces(), INDICATORS, 2, 3, 4).submissions().get(5);
        DemoData.Submission first = new DemoData(2024).year(2024, provinces(), INDICATORS, 2, 3, 4).submissions().get(5);
        assertThat(Api.JSON.writeValueAsBytes(DemoLoader.body("F", "2024", again)))
                .isEqualTo(Api.JSON.writeValueAsBytes(DemoLoader.body("F", "2024", first)));
    }

    @Test
    void theRoundIsReviewedAllApprovedButTwoReturnedWithACommentReproducibly() {
        DemoData data = new DemoData(2024);
        DemoData.Year year = data.year(2024, provinces(), INDICATORS, 2, 3, 4);
        List<DemoData.Review> reviews = data.reviews(year, 2);
        assertThat(reviews).extracting(DemoData.Review::unitCode)
                .containsExactlyElementsOf(year.submissions().stream().map(DemoData.Submission::unitCode).toList());
        List<DemoData.Review> returned = reviews.stream().filter(r -> r.decision().equals("RETURN")).toList();
        assertThat(returned).hasSize(2);
        assertThat(returned).allSatisfy(r -> {
            assertThat(r.comment()).contains(r.indicatorCode()).startsWith("Đề nghị rà soát");
            assertThat(r.unitCode()).isNotIn("01", "79", "48", "74"); // the leaders are approved
        });
        assertThat(reviews.stream().filter(r -> r.decision().equals("APPROVE"))).hasSize(year.submissions().size() - 2)
                .allSatisfy(r -> assertThat(r.comment()).isNull());
        assertThat(new DemoData(2024).reviews(year, 2)).isEqualTo(reviews);
        assertThat(year.notReporting()).doesNotContainAnyElementsOf(reviews.stream().map(DemoData.Review::unitCode).toList());
    }
}
