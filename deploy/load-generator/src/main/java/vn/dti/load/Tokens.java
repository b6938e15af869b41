package vn.dti.load;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.dti.testing.jwt.LocalJwt;

/**
 * The local suite's tokens, signed by {@link LocalJwt} exactly as {@code deploy/local/token} signs
 * them, cached per (role, unit): a load run must measure the services, not RSA signing.
 */
final class Tokens {

    private final PrivateKey key;
    private final String issuer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Tokens(Path privateKeyPem, String issuer) throws IOException {
        this.key = LocalJwt.readPrivateKey(privateKeyPem);
        this.issuer = issuer;
    }

    String admin() {
        return token("admin", null);
    }

    String reviewer() {
        return token("reviewer", null);
    }

    String committee() {
        return token("committee", null);
    }

    String submitter(String unit) {
        return token("submitter", unit);
    }

    String token(String role, String unit) {
        return cache.computeIfAbsent(role + "/" + unit, k -> LocalJwt.token(key, issuer, role, unit));
    }
}
