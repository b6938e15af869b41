package vn.dti.testing.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The realm template that up.sh and KeycloakServer fill, and the filling. */
class KeycloakServerTest {

    private static final Path TEMPLATE = Path.of("../local/keycloak/dti-realm.json");
    /** The indicator-service's unit seed, which up.sh and the e2e tests read too. */
    private static final Path UNIT_SEED = Path.of("../../indicator-service/src/main/resources/db/migration/V2__seed_provinces.sql");
    /** The shared data's units (DESIGN §4), an independent list of the codes the seed must hold. */
    private static final List<Path> UNIT_LISTS = List.of(
            Path.of("../../ranking-service/engine/src/test/resources/units/provinces-63.csv"),
            Path.of("../../ranking-service/engine/src/test/resources/units/provinces-34.csv"));

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
        // deploy/local/lib.sh write_realm_import; the demo passwords are no placeholders (DESIGN §15)
        assertThat(placeholders).containsExactly("PORTAL_CLIENT_SECRET", "PORTAL_URL", "SIGNING_PRIVATE_KEY_PEM");
    }

    @Test
    void theSeededUnitCodesAreThe63ProvincesAndThe34UnitsOf2025() throws Exception {
        TreeSet<String> expected = new TreeSet<>();
        for (Path list : UNIT_LISTS) {
            Files.readAllLines(list).stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> expected.add(l.split(",")[0]));
        }
        // the 34 units of 2025 kept codes of their predecessors: 63 distinct codes in all
        assertThat(expected).hasSize(63);
        assertThat(KeycloakServer.seededUnitCodes(UNIT_SEED)).containsExactlyElementsOf(expected);
    }

    @Test
    void theFilledRealmHasAnOfficerWithTheDemoPasswordForEverySeededUnit() throws Exception {
        String filled = KeycloakServer.withOfficers(
                KeycloakServer.fill(Files.readString(TEMPLATE), Map.of("PORTAL_CLIENT_SECRET", "s", "PORTAL_URL", "http://127.0.0.1:8083",
                        "SIGNING_PRIVATE_KEY_PEM", "-----BEGIN PRIVATE KEY-----\nAB\n-----END PRIVATE KEY-----\n")),
                KeycloakServer.seededUnitCodes(UNIT_SEED));
        Map<String, JsonNode> users = new TreeMap<>();
        new ObjectMapper().readTree(filled).get("users").forEach(u -> users.put(u.get("username").asText(), u));

        assertThat(users).hasSize(63 + 3);
        for (String code : KeycloakServer.seededUnitCodes(UNIT_SEED)) {
            JsonNode officer = users.get("officer-" + code);
            assertThat(officer).as("officer-" + code).isNotNull();
            assertThat(officer.at("/attributes/unit/0").asText()).isEqualTo(code);
            assertThat(officer.at("/realmRoles").size()).isEqualTo(1);
            assertThat(officer.at("/realmRoles/0").asText()).isEqualTo("submitter");
            assertThat(officer.at("/credentials/0/value").asText()).isEqualTo("demo-officer-" + code);
        }
        // hand-written examples of DESIGN §15
        assertThat(users.get("officer-48").at("/credentials/0/value").asText()).isEqualTo("demo-officer-48");
        assertThat(users.get("officer-79").at("/attributes/unit/0").asText()).isEqualTo("79");
        for (String role : List.of("reviewer", "committee", "admin")) {
            JsonNode user = users.get(role);
            assertThat(user.at("/realmRoles/0").asText()).isEqualTo(role);
            assertThat(user.at("/credentials/0/value").asText()).isEqualTo("demo-" + role);
            assertThat(user.has("attributes")).isFalse();
        }
    }

    @Test
    void upShAddsTheSameOfficersAsTheTests() throws Exception {
        // deploy/local/lib.sh officer_users_json, the users up.sh puts before the template's
        Process bash = new ProcessBuilder("bash", "-c", "source ../local/lib.sh && officer_users_json")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String officers = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).isZero();
        String upSh = "{\"users\": [" + officers + "{\"username\":\"admin\"}]}";
        String tests = KeycloakServer.withOfficers("{\"users\": [{\"username\":\"admin\"}]}", KeycloakServer.seededUnitCodes(UNIT_SEED));
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(upSh)).isEqualTo(json.readTree(tests));
        assertThat(json.readTree(upSh).get("users")).hasSize(64);
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
        assertThat(realm.get("users")).extracting(u -> u.get("username").asText())
                .containsExactly("reviewer", "committee", "admin"); // the officers come from the unit seed
    }
}
