package vn.dti.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Signs RS256 tokens exactly like {@code deploy/local/token}: issuer, {@code upn}, {@code groups}
 * and, for a submitter, the {@code unit} claim. Tokens are cached per (role, unit): a load run
 * must measure the services, not RSA signing.
 */
final class Tokens {

    private final PrivateKey key;
    private final String issuer;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Tokens(Path privateKeyPem, String issuer) throws IOException, GeneralSecurityException {
        String base64 = Files.readString(privateKeyPem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        this.key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        this.issuer = issuer;
    }

    String admin() {
        return token("admin", null);
    }

    String committee() {
        return token("committee", null);
    }

    String submitter(String unit) {
        return token("submitter", unit);
    }

    String token(String role, String unit) {
        return cache.computeIfAbsent(role + "/" + unit, k -> sign(role, unit));
    }

    private String sign(String role, String unit) {
        String subject = unit == null ? role : role + "-" + unit;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", role);
        if (unit != null) {
            claims.setClaim("unit", unit);
        }
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(12 * 60);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }
}
