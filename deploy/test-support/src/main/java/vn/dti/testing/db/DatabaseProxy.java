package vn.dti.testing.db;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import vn.dti.testing.net.TcpProxy;

/**
 * One {@link TcpProxy} per test JVM in front of the machine's PostgreSQL, so a test can simulate a
 * database restart (cut, then restore) without stopping the PostgreSQL every build shares. Point a
 * service at it with a test profile extending {@link ThroughProxy}.
 */
public final class DatabaseProxy {

    private static TcpProxy proxy;

    private DatabaseProxy() {
    }

    public static synchronized TcpProxy proxy() {
        if (proxy == null) {
            proxy = TcpProxy.start(System.getenv().getOrDefault("PGHOST", "127.0.0.1"), 5432);
        }
        return proxy;
    }

    /** The JDBC URL of the test database {@code base} (with the build's suffix) through the proxy. */
    public static String jdbcUrl(String base) {
        return "jdbc:postgresql://127.0.0.1:" + proxy().port() + "/" + TestDatabases.name(base);
    }

    /**
     * A test profile whose application reaches its test database through the proxy:
     * {@code public static class Profile extends DatabaseProxy.ThroughProxy { public Profile() { super("dti_ranking_test"); } }}.
     */
    public abstract static class ThroughProxy implements QuarkusTestProfile {

        private final String database;

        protected ThroughProxy(String database) {
            this.database = database;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", jdbcUrl(database));
        }
    }
}
