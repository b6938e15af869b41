package vn.dti.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.flywaydb.core.Flyway;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The scratch database of the PostgreSQL ceiling: dropped and created anew, migrated by Flyway with
 * the indicator-service's own migrations (so it has exactly the service's tables and indexes), with
 * the load framework's row and {@value #SEEDED_SUBMISSIONS} submissions of every unit (the last one's
 * values current: what the peer statement reads), then {@code vacuum analyze}. Used by {@code run --target postgres} and by
 * {@code pgbench-ceiling.sh} (as the {@code ceiling-db} command), so both start from the same
 * database: the generator's used to start empty and without statistics while pgbench's had been
 * warmed and analysed, and its peer statement read twice the blocks (pg_stat_statements, 2026-12-01).
 */
@Command(name = "ceiling-db", mixinStandardHelpOptions = true,
        description = "Recreates a scratch database with the indicator-service's schema (Flyway) for the PostgreSQL ceiling.")
final class CeilingDatabase implements Callable<Integer> {

    static final String MIGRATIONS = "indicator-service/src/main/resources/db/migration";

    /**
     * Submissions seeded per unit, as a suite's database holds after minutes of load. With one each (62
     * rows, analysed) the foreign-key checks of the value inserts were planned as scans of the whole
     * {@code submission} table, kept by some connections as it grew: in 3 of 10 generator runs the two
     * inserts took 10-14 ms and 900-1,200 blocks a call instead of 0.4 ms and 200 (2026-12-01 11:15).
     */
    static final int SEEDED_SUBMISSIONS = 100;

    @Option(names = "--jdbc-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/dti_load_ceiling",
            description = "The scratch database; dropped and recreated (default: ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--migrations", defaultValue = MIGRATIONS, description = "Flyway migrations (default: ${DEFAULT-VALUE}).")
    Path migrations;

    @Option(names = "--framework", defaultValue = "DTI-LOAD-20", description = "The framework row submissions refer to (default: ${DEFAULT-VALUE}).")
    String framework;

    @Option(names = "--period", defaultValue = "2020", description = "The period of the seeded values (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(names = "--values", defaultValue = "20", description = "Indicators V01.. seeded per unit (default: ${DEFAULT-VALUE}).")
    int values;

    @Option(names = "--exclude-unit", description = "Units left out (as in run; pgbench-submission.sql leaves out 96).")
    List<String> excludedUnits = new ArrayList<>(List.of("96"));

    @Override
    public Integer call() throws Exception {
        List<String> codes = IntStream.rangeClosed(1, values).mapToObj(i -> String.format("V%02d", i)).toList();
        int units = recreate(jdbcUrl, migrations, framework, period, null, excludedUnits, codes);
        System.out.printf("%s: the indicator-service's schema (%s), framework %s, %d units x %d current values of %s%n",
                jdbcUrl, migrations, framework, units, codes.size(), period);
        return 0;
    }

    /**
     * Recreates the database and seeds {@value #SEEDED_SUBMISSIONS} submissions of every unit, the last
     * one's values of {@code codes} current: {@code units}, or (null) the units of the {@code unit}
     * table valid at the end of the year {@code period} but the excluded. Returns the number of units.
     */
    static int recreate(String url, Path migrations, String framework, String period, List<String> units,
                        List<String> excluded, List<String> codes) throws SQLException {
        String database = url.substring(url.lastIndexOf('/') + 1);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("a scratch database name is a-z, 0-9 and _: " + database);
        }
        String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
        Flyway.configure().dataSource(url, "postgres", "").locations("filesystem:" + migrations.toAbsolutePath()).load().migrate();
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             PreparedStatement ps = c.prepareStatement("insert into framework (code, name, status, version, unit_type, period_type,"
                     + " document, updated_at) values (?, 'load', 'PUBLISHED', 1, 'PROVINCE', 'ANNUAL', '{}', now())")) {
            ps.setString(1, framework);
            ps.executeUpdate();
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            if (units == null) {
                try (PreparedStatement ps = c.prepareStatement("""
                        select code from unit where valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)
                        and code <> all(?) order by code""")) {
                    String yearEnd = period.substring(0, 4) + "-12-31";
                    ps.setString(1, yearEnd);
                    ps.setString(2, yearEnd);
                    ps.setArray(3, c.createArrayOf("varchar", excluded.toArray()));
                    units = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            units.add(rs.getString(1));
                        }
                    }
                }
            }
            Object[] unitArray = units.toArray();
            try (PreparedStatement submissions = c.prepareStatement("""
                    insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type)
                    select md5('seed-' || u || '-' || n)::uuid, u, ?, ?, n, now(), false, 'submitter-' || u, 'application/json'
                    from unnest(?::varchar[]) u cross join generate_series(1, %d) n""".formatted(SEEDED_SUBMISSIONS));
                 PreparedStatement series = c.prepareStatement("""
                    insert into submission_series (unit_code, framework_code, period, submissions, latest_submission_id)
                    select u, ?, ?, %d, md5('seed-' || u || '-' || %<d)::uuid from unnest(?::varchar[]) u""".formatted(SEEDED_SUBMISSIONS));
                 PreparedStatement current = c.prepareStatement("""
                    insert into current_value (unit_code, framework_code, period, indicator_code, value, submission_id, received_at, late)
                    select u, ?, ?, i, 0.5, md5('seed-' || u || '-' || %d)::uuid, now(), false
                    from unnest(?::varchar[]) u cross join unnest(?::varchar[]) i""".formatted(SEEDED_SUBMISSIONS))) {
                for (PreparedStatement ps : List.of(submissions, series, current)) {
                    ps.setString(1, framework);
                    ps.setString(2, period);
                    ps.setArray(3, c.createArrayOf("varchar", unitArray));
                }
                current.setArray(4, c.createArrayOf("varchar", codes.toArray()));
                submissions.executeUpdate();
                series.executeUpdate();
                current.executeUpdate();
            }
            // the planner's statistics, as autovacuum would have gathered them on a running suite's database
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
        }
        return units.size();
    }
}
