package vn.dti.report;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import vn.dti.testing.kafka.KafkaBrokerResource;

/**
 * Real infrastructure for every {@code @QuarkusTest}: the PostgreSQL test database (created if
 * missing), a real Kafka broker, and a signing key made at test time (never committed).
 */
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestInfrastructure.Tokens.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = TestInfrastructure.Database.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    public static final String ISSUER = "dti-test";
    private static final KeyPair KEYS = generate();

    private TestInfrastructure() {
    }

    /** A token for {@code role}, acting for {@code unit} (may be null). */
    public static String token(String role, String unit) {
        var claims = Jwt.issuer(ISSUER).upn(role + (unit == null ? "" : "-" + unit)).groups(role);
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.expiresIn(3600).sign(KEYS.getPrivate());
    }

    public static String token(String role) {
        return token(role, null);
    }

    /** A well-formed token signed by someone else: must be refused with 401. */
    public static String foreignToken() {
        return Jwt.issuer(ISSUER).upn("intruder").groups("admin").expiresIn(3600).sign(generate().getPrivate());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class Tokens implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----";
            return Map.of("mp.jwt.verify.publickey", pem, "mp.jwt.verify.issuer", ISSUER);
        }

        @Override
        public void stop() {
        }
    }

    public static class Database implements QuarkusTestResourceLifecycleManager {
        static final String NAME = "dti_report_test" + vn.dti.testing.kafka.TestDatabases.suffix();

        @Override
        public Map<String, String> start() {
            String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":5432/postgres", "postgres", "");
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
                    if (!rs.next()) {
                        s.executeUpdate("create database " + NAME);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL must run on " + host + ":5432 (user postgres): " + e.getMessage(), e);
            }
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":5432/" + NAME);
        }

        @Override
        public void stop() {
        }
    }
}
