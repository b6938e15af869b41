package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dti.testing.jwt.LocalJwt;

/** The load generator signs with the local suite's key file, as deploy/local/token does, once per caller. */
class TokensTest {

    @Test
    void signsEachCallerOnceWithTheKeyFile(@TempDir Path dir) throws Exception {
        LocalJwt.writeKeyPair(LocalJwt.generateKeyPair(), dir);
        Tokens tokens = new Tokens(dir.resolve("privateKey.pem"), "dti-local");

        String submitter = tokens.submitter("48");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(submitter.split("\\.")[1]));
        assertThat(claims.get("iss").asText()).isEqualTo("dti-local");
        assertThat(claims.get("upn").asText()).isEqualTo("submitter-48");
        assertThat(claims.get("unit").asText()).isEqualTo("48");
        assertThat(tokens.submitter("48")).as("cached: a load run measures the services, not RSA").isSameAs(submitter);
        assertThat(tokens.admin()).isNotEqualTo(tokens.committee());
    }
}
