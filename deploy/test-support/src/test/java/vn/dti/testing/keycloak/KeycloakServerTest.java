package vn.dti.testing.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The realm template that up.sh and KeycloakServer fill, and the filling. */
class KeycloakServerTest {

    private static final Path TEMPLATE = Path.of("../local/keycloak/dti-realm.json");

    @Test
    void fillingReplacesEachPlaceholderAndKeepsThePemALegalJsonString() throws Exception {
        String filled = KeycloakServer.fill("{\"a\":\"@@X@@\",\"b\":\"@@KEY@@-@@X@@\"}",
                Map.of("X", "x1", "KEY", "-----BEGIN PRIVATE KEY-----\nAB+/=\n-----END PRIVATE KEY-----\n"));
        JsonNode json = new ObjectMapper().readTree(filled);
        assertThat(json.get("a").asText()).isEqualTo("x1");
        assertThat(json.get("b").asText()).isEqualTo("-----BEGIN PRIVATE KEY-----\nAB+/=\n-----END PRIVATE KEY-----\n-x1");
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        assertThatThrownBy(() -> KeycloakServer.fill("{\"a\":\"@@MISSING@@\"}", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@@MISSING@@");
    }

    @Test
    void theTemplateNeedsExactlyTheValuesUpShGivesIt() throws Exception {
        Matcher m = Pattern.compile("@@([A-Z0-9_]+)@@").matcher(Files.readString(TEMPLATE));
        TreeSet<String> placeholders = new TreeSet<>();
        while (m.find()) {
            placeholders.add(m.group(1));
        }
        // deploy/local/lib.sh DEMO_USERS and write_realm_import
        assertThat(placeholders).containsExactly("PASSWORD_ADMIN", "PASSWORD_COMMITTEE", "PASSWORD_OFFICER_48",
                "PASSWORD_OFFICER_79", "PASSWORD_REVIEWER", "PORTAL_CLIENT_SECRET", "PORTAL_URL", "SIGNING_PRIVATE_KEY_PEM");
        assertThat(KeycloakServer.passwordPlaceholder("officer-48")).isEqualTo("PASSWORD_OFFICER_48");
    }

    @Test
    void bothClientsPutTheClaimsTheServicesReadIntoTheAccessToken() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(TEMPLATE));
        assertThat(realm.get("realm").asText()).isEqualTo(KeycloakServer.REALM);
        List<String> roles = new ArrayList<>();
        realm.at("/roles/realm").forEach(r -> roles.add(r.get("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder("submitter", "reviewer", "committee", "admin");
        for (JsonNode client : realm.get("clients")) {
            List<String> claims = new ArrayList<>();
            for (JsonNode mapper : client.get("protocolMappers")) {
                assertThat(mapper.at("/config/access.token.claim").asText()).isEqualTo("true");
                JsonNode claim = mapper.at("/config/claim.name");
                claims.add(claim.isMissingNode() ? "aud:" + mapper.at("/config/included.custom.audience").asText() : claim.asText());
            }
            assertThat(claims).as(client.get("clientId").asText()).containsExactlyInAnyOrder("groups", "unit", "upn", "aud:dti-suite");
        }
        JsonNode officer = realm.get("users").get(0);
        assertThat(officer.get("username").asText()).isEqualTo("officer-48");
        assertThat(officer.at("/attributes/unit/0").asText()).isEqualTo("48");
        assertThat(officer.at("/realmRoles/0").asText()).isEqualTo("submitter");
    }
}
