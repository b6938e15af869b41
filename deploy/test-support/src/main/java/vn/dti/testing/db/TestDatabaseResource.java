package vn.dti.testing.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A service's PostgreSQL test database, created if missing, for every {@code @QuarkusTest}:
 * <pre>
 * {@literal @}QuarkusTestResource(value = TestDatabaseResource.class, restrictToAnnotatedClass = false,
 *         initArgs = {@literal @}ResourceArg(name = TestDatabaseResource.NAME, value = "dti_indicator_test"))
 * </pre>
 * Flyway migrates it when the application starts; tests clean what they need themselves.
 */
public class TestDatabaseResource implements QuarkusTestResourceLifecycleManager {

    /** The init arg naming the database, before {@link TestDatabases#name(String)} adds the suffix. */
    public static final String NAME = "name";

    private String name;

    @Override
    public void init(Map<String, String> initArgs) {
        String base = initArgs.get(NAME);
        if (base == null || !base.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("TestDatabaseResource needs initArgs " + NAME + " = a database name, got " + base);
        }
        name = TestDatabases.name(base);
    }

    @Override
    public Map<String, String> start() {
        String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.executeUpdate("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL must run on " + host + ":5432 (user postgres): " + e.getMessage(), e);
        }
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":5432/" + name);
    }

    @Override
    public void stop() {
    }
}
