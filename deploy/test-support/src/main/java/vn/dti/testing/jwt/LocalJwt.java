package vn.dti.testing.jwt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The one way this repository mints a JWT: an RS256 token as an OIDC issuer would sign it (issuer,
 * audience {@link #AUDIENCE} (the services' {@code mp.jwt.verify.audiences}), {@code sub} and
 * {@code upn}, the role in {@code groups}, a submitter's {@code unit}, {@code iat}, {@code exp},
 * {@code jti}). Used by the services' tests, the end-to-end tests, the load generator
 * and {@code deploy/local/token}.
 *
 * <p>JDK only, in one file, so that the local scripts run it as it stands without a build:
 * <pre>
 *   java LocalJwt.java keygen DIR                             writes DIR/privateKey.pem (PKCS#8) and DIR/publicKey.pem (X.509 SPKI), RSA 2048
 *   java LocalJwt.java token PRIVATE_KEY_PEM ISSUER ROLE [UNIT]  prints one token, valid 12 h
 * </pre>
 */
public final class LocalJwt {

    public static final Duration VALIDITY = Duration.ofHours(12);
    /** The audience every service accepts by default ({@code mp.jwt.verify.audiences}, docs/api.md). */
    public static final String AUDIENCE = "dti-suite";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private LocalJwt() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("keygen")) {
            writeKeyPair(generateKeyPair(), Path.of(args[1]));
        } else if ((args.length == 4 || args.length == 5) && args[0].equals("token")) {
            String unit = args.length == 5 && !args[4].isEmpty() ? args[4] : null;
            System.out.println(token(readPrivateKey(Path.of(args[1])), args[2], args[3], unit));
        } else {
            System.err.println("usage: java LocalJwt.java keygen DIR | token PRIVATE_KEY_PEM ISSUER ROLE [UNIT]");
            System.exit(2);
        }
    }

    /** A token for {@code role}, speaking for {@code unit} (null: none), valid {@link #VALIDITY}. */
    public static String token(PrivateKey key, String issuer, String role, String unit) {
        Instant now = Instant.now();
        return token(key, issuer, AUDIENCE, role, unit, now, now.plus(VALIDITY));
    }

    /**
     * A token with the given audience ({@code null}: no {@code aud} claim), issue time and expiry, for
     * tests of what the services refuse (a foreign audience, an issue time in the future, a decade of validity).
     */
    public static String token(PrivateKey key, String issuer, String audience, String role, String unit, Instant issuedAt,
                               Instant expiresAt) {
        String subject = unit == null ? role : role + "-" + unit;
        StringBuilder claims = new StringBuilder("{\"iss\":").append(json(issuer));
        if (audience != null) {
            claims.append(",\"aud\":").append(json(audience));
        }
        claims.append(",\"sub\":").append(json(subject))
                .append(",\"upn\":").append(json(subject))
                .append(",\"groups\":[").append(json(role)).append(']');
        if (unit != null) {
            claims.append(",\"unit\":").append(json(unit));
        }
        claims.append(",\"iat\":").append(issuedAt.getEpochSecond())
                .append(",\"exp\":").append(expiresAt.getEpochSecond())
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()))
                .append('}');
        String signingInput = base64url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64url(claims.toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code dir/privateKey.pem} and {@code dir/publicKey.pem}, the files the services and tools read. */
    public static void writeKeyPair(KeyPair pair, Path dir) throws IOException {
        Files.createDirectories(dir);
        // getEncoded() of an RSA private key is PKCS#8, of a public key X.509 SubjectPublicKeyInfo.
        Files.writeString(dir.resolve("privateKey.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("publicKey.pem"), publicKeyPem(pair.getPublic()));
    }

    /** The public key as the services' {@code mp.jwt.verify.publickey} takes it. */
    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** Reads a PKCS#8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}). */
    public static PrivateKey readPrivateKey(Path pem) throws IOException {
        String base64 = Files.readString(pem, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException("not a PKCS#8 RSA private key: " + pem, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String base64url(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
