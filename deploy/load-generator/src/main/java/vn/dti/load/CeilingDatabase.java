package vn.dti.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;

import org.flywaydb.core.Flyway;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The scratch database of the PostgreSQL ceiling: dropped and created anew, migrated by Flyway with
 * the indicator-service's own migrations (so it has exactly the service's tables and indexes), with
 * the load framework's row. Used by {@code run --target postgres} and by {@code pgbench-ceiling.sh}
 * (as the {@code ceiling-db} command), so both measure the same schema.
 */
@Command(name = "ceiling-db", mixinStandardHelpOptions = true,
        description = "Recreates a scratch database with the indicator-service's schema (Flyway) for the PostgreSQL ceiling.")
final class CeilingDatabase implements Callable<Integer> {

    static final String MIGRATIONS = "indicator-service/src/main/resources/db/migration";

    @Option(names = "--jdbc-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/dti_load_ceiling",
            description = "The scratch database; dropped and recreated (default: ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--migrations", defaultValue = MIGRATIONS, description = "Flyway migrations (default: ${DEFAULT-VALUE}).")
    Path migrations;

    @Option(names = "--framework", defaultValue = "DTI-LOAD-20", description = "The framework row submissions refer to (default: ${DEFAULT-VALUE}).")
    String framework;

    @Override
    public Integer call() throws Exception {
        recreate(jdbcUrl, migrations, framework);
        System.out.printf("%s: the indicator-service's schema (%s) and framework %s%n", jdbcUrl, migrations, framework);
        return 0;
    }

    static void recreate(String url, Path migrations, String framework) throws SQLException {
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
    }
}
