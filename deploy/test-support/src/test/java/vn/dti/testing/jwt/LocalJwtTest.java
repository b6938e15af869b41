package vn.dti.testing.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalJwtTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSubmittersTokenCarriesWhatTheServicesRead(@TempDir Path dir) throws Exception {
        // the files deploy/local/token and the load generator use: written, read back, verified with the public PEM
        LocalJwt.writeKeyPair(LocalJwt.generateKeyPair(), dir);
        String token = LocalJwt.token(LocalJwt.readPrivateKey(dir.resolve("privateKey.pem")), "dti-local", "submitter", "48");

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(verifies(parts, readPublicKey(dir.resolve("publicKey.pem")))).isTrue();
        assertThat(decode(parts[0])).isEqualTo(JSON.readTree("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"));
        JsonNode claims = decode(parts[1]);
        assertThat(claims.get("iss").asText()).isEqualTo("dti-local");
        assertThat(claims.get("aud").asText()).isEqualTo(LocalJwt.AUDIENCE).isEqualTo("dti-suite");
        assertThat(claims.get("upn").asText()).isEqualTo("submitter-48");
        assertThat(claims.get("sub").asText()).isEqualTo("submitter-48");
        assertThat(claims.get("groups")).isEqualTo(JSON.readTree("[\"submitter\"]"));
        assertThat(claims.get("unit").asText()).isEqualTo("48");
        long now = Instant.now().getEpochSecond();
        assertThat(claims.get("iat").asLong()).isBetween(now - 60, now);
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(LocalJwt.VALIDITY.toSeconds());
        assertThat(claims.get("jti").asText()).isNotBlank();
    }

    @Test
    void aRoleWithoutAUnitHasNoUnitClaim() throws Exception {
        JsonNode claims = decode(LocalJwt.token(LocalJwt.generateKeyPair().getPrivate(), "dti-test", "admin", null).split("\\.")[1]);
        assertThat(claims.get("upn").asText()).isEqualTo("admin");
        assertThat(claims.has("unit")).isFalse();
    }

    @Test
    void claimsAreValidJsonWhateverTheyHold() throws Exception {
        String odd = "a\"b\\c\nd";
        JsonNode claims = decode(LocalJwt.token(LocalJwt.generateKeyPair().getPrivate(), odd, "admin", odd).split("\\.")[1]);
        assertThat(claims.get("iss").asText()).isEqualTo(odd);
        assertThat(claims.get("unit").asText()).isEqualTo(odd);
    }

    @Test
    void anotherKeysTokenDoesNotVerify() throws Exception {
        String foreign = LocalJwt.token(LocalJwt.generateKeyPair().getPrivate(), "dti-test", "admin", null);
        assertThat(verifies(foreign.split("\\."), LocalJwt.generateKeyPair().getPublic())).isFalse();
    }

    private static boolean verifies(String[] parts, PublicKey key) throws Exception {
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private static PublicKey readPublicKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static JsonNode decode(String part) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(part));
    }
}
