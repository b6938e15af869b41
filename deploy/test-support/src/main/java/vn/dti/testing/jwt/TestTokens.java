package vn.dti.testing.jwt;

import java.security.KeyPair;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Tokens for the services' tests: a signing key made when the tests start (never committed), its
 * public key given to the application under test ({@code mp.jwt.verify.publickey}), and
 * {@link #token(String, String)} to act as a role. Use with
 * {@code @QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = false)}.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "dti-test";
    private static final KeyPair KEYS = LocalJwt.generateKeyPair();

    /** A token for {@code role}, acting for {@code unit} (may be null). */
    public static String token(String role, String unit) {
        return LocalJwt.token(KEYS.getPrivate(), ISSUER, role, unit);
    }

    public static String token(String role) {
        return token(role, null);
    }

    /** A token signed with the test key, with the given audience, issue time and expiry (LocalJwt). */
    public static String token(String role, String audience, java.time.Instant issuedAt, java.time.Instant expiresAt) {
        return LocalJwt.token(KEYS.getPrivate(), ISSUER, audience, role, null, issuedAt, expiresAt);
    }

    /** A well-formed admin token signed by someone else: must be refused with 401. */
    public static String foreignToken() {
        return LocalJwt.token(LocalJwt.generateKeyPair().getPrivate(), ISSUER, "admin", null);
    }

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", LocalJwt.publicKeyPem(KEYS.getPublic()), "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
    }
}
