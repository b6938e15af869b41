package vn.dti.testing.db;

import vn.dti.testing.net.TcpProxy;

/**
 * One {@link TcpProxy} per test JVM in front of the machine's PostgreSQL, so a test can simulate a
 * database restart (cut, then restore) without stopping the PostgreSQL every build shares. Point a
 * service at it from a test profile:
 * {@code "quarkus.datasource.jdbc.url", DatabaseProxy.jdbcUrl("dti_ranking_test")}.
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
}
