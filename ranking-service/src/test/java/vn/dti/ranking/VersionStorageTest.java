package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dti.ranking.engine.Dataset;
import vn.dti.ranking.engine.Framework;
import vn.dti.ranking.engine.ScoringEngine;
import vn.dti.ranking.engine.Scores;
import vn.dti.ranking.mapping.FrameworkDocuments;
import vn.dti.ranking.mapping.StandingsView;
import vn.dti.ranking.repository.StandingsRepository;
import vn.dti.ranking.repository.StandingsRepository.Key;

/**
 * Storage per kept standings version (issue 11, docs/performance.md "Standings versions"): versions of the
 * real DTI-PROVINCE framework (24 indicators) at 63 and at 10,000 units are written the way a recompute
 * writes them ({@link StandingsRepository#saveVersion}), and their stored size is read back with
 * {@code pg_column_size} (the size on disk after TOAST compression). Each unit reports in one or two
 * submissions, 5 % of values missing, a few units change between versions (as between hourly
 * versions). Asserts what docs/performance.md promises: a year of hourly versions at 63 units under 1 GB.
 */
@QuarkusTest
class VersionStorageTest {

    static final Path DTI_PROVINCE = Path.of("../indicator-service/src/main/resources/frameworks/DTI-PROVINCE.json");
    static final long HOURS_PER_YEAR = 365L * 24;

    @Inject
    StandingsRepository repository;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    record Measured(int units, int versions, double bytesPerVersion, double bytesPerUnitVersion, double bodyShare) {
    }

    @Test
    void aYearOfHourlyVersionsOf63ProvincesFitsUnder1GbAnd10000UnitsAreMeasured() throws Exception {
        Measured provinces = measure(63, 24);
        Measured large = measure(10_000, 3);
        System.out.printf("standings version storage (%s): %s%n  %s%n", LocalDate.now(), provinces, large);
        System.out.printf("  a year of hourly versions: 63 units %.0f MB, 10,000 units %.0f MB%n",
                provinces.bytesPerVersion() * HOURS_PER_YEAR / 1e6, large.bytesPerVersion() * HOURS_PER_YEAR / 1e6);
        assertThat(provinces.bytesPerVersion() * HOURS_PER_YEAR).as("a year of hourly versions at 63 units").isLessThan(1e9);
        // compact: the raw inputs and provenance are a few hundred bytes per unit, not one row per value
        assertThat(large.bytesPerUnitVersion()).isLessThan(provinces.bytesPerUnitVersion() * 2);
    }

    private Measured measure(int unitCount, int versions) throws Exception {
        String code = "T-STORE-" + unitCount + "-" + (System.nanoTime() % 100_000);
        String documentText = Files.readString(DTI_PROVINCE).replace("\"DTI-PROVINCE\"", "\"" + code + "\"");
        JsonNode document = json.readTree(documentText);
        Framework framework = FrameworkDocuments.toEngine(document);
        String[] indicators = framework.indicatorCodes();
        String[] codes = new String[unitCount];
        String[] names = new String[unitCount];
        LocalDate[] validFrom = new LocalDate[unitCount];
        for (int u = 0; u < unitCount; u++) {
            codes[u] = String.format("%05d", u);
            names[u] = "Tỉnh thử nghiệm số " + u;
            validFrom[u] = LocalDate.of(2025, 7, 1);
        }
        StandingsRepository.Units units = new StandingsRepository.Units(codes, names, validFrom);
        SplittableRandom random = new SplittableRandom(unitCount);
        double[][] values = new double[indicators.length][unitCount];
        UUID[][] sources = new UUID[indicators.length][unitCount];
        UUID[] first = new UUID[unitCount];
        for (int u = 0; u < unitCount; u++) {
            first[u] = new UUID(random.nextLong(), random.nextLong());
            UUID second = random.nextInt(4) == 0 ? new UUID(random.nextLong(), random.nextLong()) : first[u];
            for (int i = 0; i < indicators.length; i++) {
                boolean missing = random.nextInt(20) == 0;
                values[i][u] = missing ? Double.NaN : Math.round(random.nextDouble() * 10_000) / 100.0;
                sources[i][u] = missing ? null : (i % 2 == 0 ? first[u] : second);
            }
        }
        Key key = new Key(code, "2025");
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 30, 0, 0, 0, 0, ZoneOffset.UTC);
        try (Connection conn = dataSource.getConnection()) {
            for (int v = 1; v <= versions; v++) {
                // between hourly versions a few units send a new submission
                for (int k = 0; k < Math.max(1, unitCount / 50); k++) {
                    int u = random.nextInt(unitCount);
                    UUID again = new UUID(random.nextLong(), random.nextLong());
                    for (int i = 0; i < indicators.length; i++) {
                        values[i][u] = Math.round(random.nextDouble() * 10_000) / 100.0;
                        sources[i][u] = again;
                    }
                }
                Scores scores = ScoringEngine.score(framework, new Dataset(codes, indicators, values));
                OffsetDateTime computedAt = at.plusHours(v).truncatedTo(ChronoUnit.MILLIS);
                String body = json.writeValueAsString(StandingsView.of(code, "2025", v, computedAt, "submitted", scores, names,
                        Scores.ROOT));
                repository.saveVersion(conn, key, "submitted", v, computedAt, v * 10L, 1, documentText, units, indicators,
                        values, sources, body);
            }
            try (PreparedStatement ps = conn.prepareStatement("""
                    select count(*),
                           sum(24 + pg_column_size(framework_code) + pg_column_size(period) + pg_column_size(basis)
                               + pg_column_size(version) + pg_column_size(computed_at) + pg_column_size(inputs_watermark)
                               + pg_column_size(framework_version) + pg_column_size(unit_codes) + pg_column_size(unit_names)
                               + pg_column_size(unit_valid_from) + pg_column_size(indicator_codes) + pg_column_size(raw_values)
                               + pg_column_size(source_ids) + pg_column_size(source_index) + pg_column_size(body)),
                           sum(pg_column_size(body))
                    from standings_version where framework_code = ?""")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(versions);
                    double perVersion = rs.getDouble(2) / versions;
                    return new Measured(unitCount, versions, perVersion, perVersion / unitCount, rs.getDouble(3) / rs.getDouble(2));
                }
            }
        } finally {
            try (Connection conn = dataSource.getConnection()) {
                for (String table : new String[] {"standings_version", "framework_document"}) {
                    try (PreparedStatement ps = conn.prepareStatement("delete from " + table + " where framework_code = ?")) {
                        ps.setString(1, code);
                        ps.executeUpdate();
                    }
                }
            }
        }
    }
}
