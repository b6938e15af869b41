package vn.dti.ranking.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The real 2025 merger, from src/test/resources/units (copies of /work/shared/data): the 63
 * provinces (open since always, ended 2025-06-30) and the 34 units of 2025-07-01 with their
 * predecessors. For the lineage and restatement tests and the benchmark.
 */
public final class Provinces2025 {

    public static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    public static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    private Provinces2025() {
    }

    /** provinces-63.csv without its header: code, name_vi, name_en, region, centrally_run_city, successor_code_2025. */
    public static List<String[]> rows63() {
        return csv("provinces-63.csv");
    }

    /** provinces-34.csv without its header: code, name_vi, name_en, centrally_run_city, valid_from, predecessor_codes. */
    public static List<String[]> rows34() {
        return csv("provinces-34.csv");
    }

    /** The 63 codes in file order. */
    public static String[] codes63() {
        return rows63().stream().map(r -> r[0]).toArray(String[]::new);
    }

    /** Unit versions: the 63 of {@code old} ended the day before the merger, the 34 of {@code now} from their valid_from. */
    public static List<Lineage.Unit> units(List<String[]> old, List<String[]> now) {
        List<Lineage.Unit> units = new ArrayList<>();
        for (String[] row : old) {
            units.add(new Lineage.Unit(row[0], null, MERGER.minusDays(1), List.of()));
        }
        for (String[] row : now) {
            units.add(new Lineage.Unit(row[0], LocalDate.parse(row[4]), null, Arrays.asList(row[5].trim().split(" +"))));
        }
        return units;
    }

    /** Both files' units. */
    public static List<Lineage.Unit> units() {
        return units(rows63(), rows34());
    }

    /** The files hold no quoted commas. */
    static List<String[]> csv(String name) {
        try (InputStream in = Provinces2025.class.getResourceAsStream("/units/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource /units/" + name + " is missing");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
