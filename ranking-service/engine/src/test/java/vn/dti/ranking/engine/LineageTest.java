package vn.dti.ranking.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.engine.Lineage.Resolution;
import vn.dti.ranking.engine.Lineage.Unit;

/**
 * Lineage over one and several boundary changes, on made-up units and on the real 63 → 34
 * provinces of 2025-07-01 (src/test/resources/units, copies of /work/shared/data).
 */
class LineageTest {

    static final LocalDate END_2024 = Provinces2025.END_2024;
    static final LocalDate MERGER = Provinces2025.MERGER;

    static Unit unit(String code, String from, String to, String... predecessors) {
        return new Unit(code, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                List.of(predecessors));
    }

    @Test
    void aMergerOfTwoOfThreeAndAnUnchangedUnit() {
        List<Unit> units = List.of(
                unit("01", null, "2025-06-30"), unit("01", "2025-07-01", null, "01"),
                unit("48", null, "2025-06-30"), unit("49", null, "2025-06-30"),
                unit("48", "2025-07-01", null, "48", "49"),
                unit("74", null, "2025-06-30"), unit("77", null, "2025-06-30"), unit("79", null, "2025-06-30"),
                unit("79", "2025-07-01", null, "79", "74", "77"));
        Resolution r = Lineage.resolve(units, MERGER, END_2024, List.of("01", "48", "49", "74", "77", "79"));
        assertThat(r.complete()).isTrue();
        assertThat(r.detail()).isEmpty();
        assertThat(r.uncovered()).isEmpty();
        assertThat(r.predecessors()).containsExactly(
                Map.entry("01", List.of("01")),
                Map.entry("48", List.of("48", "49")),
                Map.entry("79", List.of("74", "77", "79")));
        // the day before the merger the old units stand for themselves
        Resolution before = Lineage.resolve(units, LocalDate.of(2025, 6, 30), END_2024,
                List.of("01", "48", "49", "74", "77", "79"));
        assertThat(before.predecessors()).containsOnlyKeys("01", "48", "49", "74", "77", "79")
                .allSatisfy((code, preds) -> assertThat(preds).containsExactly(code));
    }

    @Test
    void aUnitPrecededByItselfWithoutAnOldVersionIsTheSameUnit() {
        // only the 2025 version of 01 is known; "01 → 01" still resolves to the period's 01
        Resolution r = Lineage.resolve(List.of(unit("01", "2025-07-01", null, "01")), MERGER, END_2024, List.of("01"));
        assertThat(r.predecessors()).containsExactly(Map.entry("01", List.of("01")));
        // and an unchanged unit never ended is itself in both periods
        Resolution same = Lineage.resolve(List.of(unit("22", null, null, "22")), MERGER, END_2024, List.of("22"));
        assertThat(same.predecessors()).containsExactly(Map.entry("22", List.of("22")));
    }

    @Test
    void aUnitMergedTwiceStandsForThePeriodsUnits() {
        // A, B → C on 2025-01-01; C, D → E on 2025-07-01; the period (2024) had A, B, D
        List<Unit> units = List.of(
                unit("A", null, "2024-12-31"), unit("B", null, "2024-12-31"), unit("D", null, "2025-06-30"),
                unit("C", "2025-01-01", "2025-06-30", "A", "B"),
                unit("E", "2025-07-01", null, "C", "D"));
        List<String> period = List.of("A", "B", "D");
        assertThat(Lineage.resolve(units, LocalDate.of(2025, 8, 1), END_2024, period).predecessors())
                .containsExactly(Map.entry("E", List.of("A", "B", "D")));
        // between the two mergers: C and D
        assertThat(Lineage.resolve(units, LocalDate.of(2025, 3, 1), END_2024, period).predecessors())
                .containsExactly(Map.entry("C", List.of("A", "B")), Map.entry("D", List.of("D")));
        // from a period after the first merger, E stands for C and D
        assertThat(Lineage.resolve(units, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 3, 31), List.of("C", "D"))
                .predecessors()).containsExactly(Map.entry("E", List.of("C", "D")));
    }

    @Test
    void aReusedCodeNamesTheVersionValidTheDayBefore() {
        // Quảng Trị (44, from 2025) ← Quảng Trị (45) and Quảng Bình (44, until 2025-06-30); and a later
        // 2026 version of 44 that renames it stands for the same two
        List<Unit> units = List.of(unit("44", null, "2025-06-30"), unit("45", null, "2025-06-30"),
                unit("44", "2025-07-01", "2025-12-31", "45", "44"), unit("44", "2026-01-01", null, "44"));
        assertThat(Lineage.resolve(units, LocalDate.of(2026, 2, 1), END_2024, List.of("44", "45")).predecessors())
                .containsExactly(Map.entry("44", List.of("44", "45")));
    }

    @Test
    void aUnitWithNoPathToThePeriodIsReportedNotDropped() {
        List<Unit> units = List.of(unit("01", null, null), unit("N1", "2025-07-01", null),
                unit("N2", "2025-07-01", null, "ZZ"), unit("D", null, "2025-06-30"));
        Resolution r = Lineage.resolve(units, MERGER, END_2024, List.of("01", "D"));
        assertThat(r.complete()).isFalse();
        assertThat(r.unresolved()).containsExactly("N1", "N2");
        assertThat(r.predecessors()).containsOnlyKeys("01");
        // D ended without a successor: nobody on asOf stands for it
        assertThat(r.uncovered()).containsExactly("D");
        assertThat(r.detail()).isEqualTo("No lineage from the units N1, N2 valid on 2025-07-01 to any unit of the period.");
    }

    @Test
    void aCycleInTheDataIsNotFollowed() {
        // X and Y (both from 2025-01-01) name each other (bad data); Y also comes from the period's P.
        // A predecessor must have started before its successor, so X's "Y" is no earlier version:
        // X reaches nothing and is reported; Y reaches P. Nothing loops.
        List<Unit> units = List.of(unit("P", null, "2024-12-31"),
                unit("X", "2025-01-01", null, "Y"), unit("Y", "2025-01-01", null, "X", "P"));
        Resolution r = Lineage.resolve(units, MERGER, END_2024, List.of("P"));
        assertThat(r.predecessors()).containsExactly(Map.entry("Y", List.of("P")));
        assertThat(r.unresolved()).containsExactly("X");
        // a unit naming its own code with an earlier version of itself in the data: that version
        List<Unit> renamed = List.of(unit("P", null, "2025-06-30", "P"), unit("P", "2025-07-01", null, "P"));
        assertThat(Lineage.resolve(renamed, MERGER, END_2024, List.of("P")).predecessors())
                .containsExactly(Map.entry("P", List.of("P")));
    }

    @Test
    void refusesTwoVersionsOfACodeOnOneDateAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Lineage.resolve(List.of(unit("01", null, null), unit("01", "2025-07-01", null, "01")),
                MERGER, END_2024, List.of("01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two versions of unit 01");
        assertThatThrownBy(() -> unit("01", "2025-07-01", "2025-06-30"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends");
    }

    // --- the real 2025 merger ---

    /** Every one of the 63 maps to exactly one of the 34, the one its own row names as successor. */
    @Test
    void theReal63ProvincesMapOntoThe34() {
        List<String[]> old = csv("provinces-63.csv");
        List<String[]> now = csv("provinces-34.csv");
        assertThat(old).hasSize(63);
        assertThat(now).hasSize(34);
        List<String> periodUnits = old.stream().map(r -> r[0]).toList();
        Resolution r = Lineage.resolve(provinces(old, now), MERGER, END_2024, periodUnits);

        assertThat(r.complete()).isTrue();
        assertThat(r.uncovered()).isEmpty();
        assertThat(r.predecessors().keySet()).containsExactlyInAnyOrderElementsOf(now.stream().map(x -> x[0]).toList());
        List<String> all = r.predecessors().values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(63).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(periodUnits);
        // cross-check with the 63-unit file's own column (successor_code_2025, index 5)
        for (String[] row : old) {
            assertThat(r.predecessors().get(row[5])).as("successor of %s", row[0]).contains(row[0]);
        }
        assertThat(r.predecessors().get("79")).containsExactly("74", "77", "79");
        assertThat(r.predecessors().get("44")).containsExactly("44", "45");
        assertThat(r.predecessors().get("01")).containsExactly("01");
        assertThat(r.predecessors().values().stream().filter(p -> p.size() == 1).count()).isEqualTo(11);
        assertThat(r.predecessors().values().stream().filter(p -> p.size() == 3).count()).isEqualTo(6);

        // with only the 34 known (the old versions not loaded), the same mapping
        Resolution only34 = Lineage.resolve(provinces(List.of(), now), MERGER, END_2024, periodUnits);
        assertThat(only34.predecessors()).isEqualTo(r.predecessors());
    }

    static List<Unit> provinces(List<String[]> old, List<String[]> now) {
        return Provinces2025.units(old, now);
    }

    /** The 34 units' lineage, in code order: what the restatement tests restate on. */
    static Map<String, List<String>> lineage34() {
        Resolution r = Lineage.resolve(Provinces2025.units(), MERGER, END_2024, List.of(Provinces2025.codes63()));
        return new LinkedHashMap<>(r.predecessors());
    }

    static List<String[]> csv(String name) {
        return Provinces2025.csv(name);
    }
}
