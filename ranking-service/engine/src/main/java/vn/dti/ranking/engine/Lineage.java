package vn.dti.ranking.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which of a period's units each unit valid on a later date stands for, over any number of
 * boundary changes (docs/methodology.md, "Restated standings").
 *
 * <p>A unit is a <em>version</em>: a code valid from {@code validFrom} to {@code validTo} (both
 * inclusive, either open when null), with the codes of its predecessors. Codes are reused (code 44
 * was Quảng Bình until 2025-06-30 and is Quảng Trị from 2025-07-01), so a predecessor code of a
 * version starting on F names the version of that code valid on the day before F, or failing that
 * the latest version of that code that started before F. If the units hold no earlier version of
 * the code, the predecessor is the period's unit of that code when the period has one (so
 * {@code 01 → 01}, "unchanged", works whether or not the old version of 01 is in the data), and a
 * dead end otherwise.
 *
 * <p>From every unit valid on {@code asOf} the predecessors are followed back until a version that
 * is one of the period's units: a unit merged twice (A, B → C on one date, then C, D → E) stands
 * for A, B and D. A cycle in the data (a version reached again on its own path) contributes
 * nothing and is not followed. A unit valid on {@code asOf} that reaches none of the period's units
 * is listed in {@link Resolution#unresolved()}, never dropped or guessed. Lineage runs back in time
 * only: a later period cannot be restated on earlier units (a merger is not undone), and such units
 * come out unresolved.
 */
public final class Lineage {

    private Lineage() {
    }

    /** One version of a unit. {@code predecessors} may be empty (a unit with no history). */
    public record Unit(String code, LocalDate validFrom, LocalDate validTo, List<String> predecessors) {

        public Unit {
            Objects.requireNonNull(code, "code");
            predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
            if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
                throw new IllegalArgumentException("unit " + code + " ends (" + validTo + ") before it starts ("
                        + validFrom + ")");
            }
        }

        /** Valid on {@code date} (both ends inclusive, an open end always holds). */
        public boolean validOn(LocalDate date) {
            return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
        }

        @Override
        public String toString() {
            return code + "@" + (validFrom == null ? "…" : validFrom);
        }
    }

    /**
     * The lineage on {@code asOf}: {@code predecessors} maps each unit valid on {@code asOf} that
     * reaches at least one of the period's units (ordered by code) to the period's units it stands
     * for (ordered by code, each once; an unchanged unit maps to itself). {@code unresolved}: the
     * units valid on {@code asOf} that reach none (by code). {@code uncovered}: the period's units
     * no unit on {@code asOf} stands for (by code), e.g. a unit dissolved without a successor.
     */
    public record Resolution(LocalDate asOf, Map<String, List<String>> predecessors, List<String> unresolved,
                             List<String> uncovered) {

        public Resolution {
            predecessors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(predecessors));
            unresolved = List.copyOf(unresolved);
            uncovered = List.copyOf(uncovered);
        }

        /** Every unit valid on {@code asOf} stands for at least one of the period's units. */
        public boolean complete() {
            return unresolved.isEmpty();
        }

        /** A sentence naming the unresolved units, for a problem's detail (empty when complete). */
        public String detail() {
            if (unresolved.isEmpty()) {
                return "";
            }
            return "No lineage from the " + (unresolved.size() == 1 ? "unit " : "units ") + String.join(", ", unresolved)
                    + " valid on " + asOf + " to any unit of the period.";
        }
    }

    /**
     * @param units every known version (any order; the period's and {@code asOf}'s among them or not)
     * @param asOf the date whose units the result is on
     * @param periodDate the date the period's units were taken on (its last day)
     * @param periodUnits the codes of the period's units (those valid on {@code periodDate})
     */
    public static Resolution resolve(Collection<Unit> units, LocalDate asOf, LocalDate periodDate,
                                     Collection<String> periodUnits) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(periodDate, "periodDate");
        Set<String> period = new HashSet<>(periodUnits);
        Map<String, List<Unit>> byCode = new HashMap<>();
        for (Unit unit : units) {
            byCode.computeIfAbsent(unit.code(), c -> new ArrayList<>()).add(unit);
        }
        Map<String, Unit> current = new TreeMap<>();
        for (Unit unit : units) {
            if (unit.validOn(asOf)) {
                Unit other = current.put(unit.code(), unit);
                if (other != null) {
                    throw new IllegalArgumentException("two versions of unit " + unit.code() + " are valid on " + asOf
                            + ": " + other + " and " + unit);
                }
            }
        }
        Map<String, List<String>> mapping = new LinkedHashMap<>();
        List<String> unresolved = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Unit unit : current.values()) {
            Set<String> found = new TreeSet<>();
            walk(unit, periodDate, period, byCode, new HashSet<>(), found);
            if (found.isEmpty()) {
                unresolved.add(unit.code());
            } else {
                mapping.put(unit.code(), List.copyOf(found));
                covered.addAll(found);
            }
        }
        List<String> uncovered = period.stream().filter(c -> !covered.contains(c)).sorted().toList();
        return new Resolution(asOf, mapping, unresolved, uncovered);
    }

    private static void walk(Unit unit, LocalDate periodDate, Set<String> period, Map<String, List<Unit>> byCode,
                             Set<Unit> path, Set<String> found) {
        if (period.contains(unit.code()) && unit.validOn(periodDate)) {
            found.add(unit.code());
            return;
        }
        if (!path.add(unit)) {
            return; // a cycle in the data: not followed again
        }
        for (String code : unit.predecessors()) {
            Unit before = predecessor(code, unit.validFrom(), byCode);
            if (before != null && !before.equals(unit)) {
                walk(before, periodDate, period, byCode, path, found);
            } else if (period.contains(code)) {
                // no earlier version of the code in the data: the period's own unit of that code
                found.add(code);
            }
        }
        path.remove(unit);
    }

    /** The version of {@code code} valid the day before {@code from}, else the latest that started before it. */
    private static Unit predecessor(String code, LocalDate from, Map<String, List<Unit>> byCode) {
        List<Unit> versions = byCode.getOrDefault(code, List.of());
        if (from == null) {
            return null; // a version open since always has no earlier version
        }
        LocalDate dayBefore = from.minusDays(1);
        for (Unit v : versions) {
            if (v.validOn(dayBefore)) {
                return v;
            }
        }
        return versions.stream()
                .filter(v -> v.validFrom() == null || v.validFrom().isBefore(from))
                .max(Comparator.comparing(Unit::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
    }
}
