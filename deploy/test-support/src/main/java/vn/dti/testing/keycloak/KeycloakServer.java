package vn.dti.testing.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dti.testing.net.FreePorts;

/**
 * A real Keycloak for tests: the unpacked {@code org.keycloak:keycloak-quarkus-dist} run as a
 * process ({@code kc.sh start-dev}, its data in a PostgreSQL database the caller made empty; H2
 * "dev-file" timed out opening its file on a loaded machine) on free ports, with the suite's realm
 * ({@code deploy/local/keycloak/dti-realm.json}, the file {@code deploy/local/up.sh} imports) imported
 * from a fresh data folder. The template's placeholders are filled by the test (the realm's RS256
 * signing key, the portal URL and client secret) and the demo officers of every seeded unit are added
 * as up.sh adds them (DESIGN §15: {@code officer-{code}}, password {@code demo-} + user name).
 *
 * <p>The distribution is shared by the test run and holds the data folder, so one server at a time
 * per distribution folder (a test class starts one in {@code @BeforeAll}).
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "dti";
    /** The public client with direct access grants (deploy/local/token). */
    public static final String CLI_CLIENT = "dti-cli";
    /** Where the realm template and the distribution come from (set by the e2e module's failsafe). */
    public static final String HOME_PROPERTY = "dti.keycloak.home";
    public static final String REALM_TEMPLATE_PROPERTY = "dti.keycloak.realm-template";
    /** The indicator-service's unit seed (Flyway), whose codes get an officer each. */
    public static final String UNIT_SEED_PROPERTY = "dti.keycloak.unit-seed";
    /** Demo credentials of the local suite, not secrets (DESIGN §15): password = this + user name. */
    public static final String DEMO_PASSWORD_PREFIX = "demo-";

    // The first start of a distribution augments it, then creates the schema and imports the realm:
    // 7 to 8 minutes in all on a 2-core machine at load 35 (2026-11-30), far less when idle.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final Pattern PLACEHOLDER = Pattern.compile("@@([A-Z0-9_]+)@@");
    /** A row of the seed's {@code insert into unit}: {@code ('48', 'Đà Nẵng', ...}. */
    private static final Pattern SEEDED_UNIT = Pattern.compile("^\\('([A-Za-z0-9._-]+)',", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Keycloak from the distribution folder {@code home} with the realm of {@code realmTemplate},
     * every {@code @@NAME@@} replaced by {@code values.get(NAME)}; {@code signingKey} becomes
     * {@code @@SIGNING_PRIVATE_KEY_PEM@@}. A placeholder without a value fails the start. The users
     * {@code officer-{code}} of every unit code of {@code unitSeed} are added. Keycloak keeps
     * its data in the empty PostgreSQL database {@code jdbcUrl} (user postgres, trust authentication).
     */
    public static KeycloakServer start(Path home, Path realmTemplate, Path unitSeed, PrivateKey signingKey,
                                       Map<String, String> values, String jdbcUrl) {
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            throw new IllegalStateException("no Keycloak distribution at " + home + " (" + HOME_PROPERTY
                    + "); deploy/e2e unpacks org.keycloak:keycloak-quarkus-dist into its target/ before the tests");
        }
        try {
            Map<String, String> all = new java.util.HashMap<>(values);
            all.put("SIGNING_PRIVATE_KEY_PEM", pkcs8Pem(signingKey));
            String realm = withOfficers(fill(Files.readString(realmTemplate), all), seededUnitCodes(unitSeed));
            Path data = home.resolve("data");
            deleteRecursively(data); // no import file of an earlier run
            Path imports = Files.createDirectories(data.resolve("import"));
            Files.writeString(imports.resolve(REALM + "-realm.json"), realm);

            int port = FreePorts.take();
            Path log = Files.createDirectories(home.resolve("log")).resolve("keycloak-" + port + ".log");
            List<String> command = new ArrayList<>(List.of(kcSh.toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://127.0.0.1:" + port,
                    "--http-management-port=" + FreePorts.take(), "--import-realm",
                    "--db=postgres", "--db-url=" + jdbcUrl, "--db-username=postgres"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectErrorStream(true);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            KeycloakServer server = new KeycloakServer(builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the distribution and template named by the system properties of the test run. */
    public static KeycloakServer start(PrivateKey signingKey, Map<String, String> values, String jdbcUrl) {
        return start(Path.of(required(HOME_PROPERTY)), Path.of(required(REALM_TEMPLATE_PROPERTY)),
                Path.of(required(UNIT_SEED_PROPERTY)), signingKey, values, jdbcUrl);
    }

    /** The password of a demo user of the local realm: {@code officer-48} → {@code demo-officer-48}. */
    public static String demoPassword(String username) {
        return DEMO_PASSWORD_PREFIX + username;
    }

    /** The distinct unit codes of the indicator-service's seed ({@code V2__seed_provinces.sql}), sorted. */
    public static SortedSet<String> seededUnitCodes(Path unitSeed) throws IOException {
        Matcher m = SEEDED_UNIT.matcher(Files.readString(unitSeed));
        SortedSet<String> codes = new TreeSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("no unit rows in " + unitSeed);
        }
        return codes;
    }

    /**
     * The realm with a user {@code officer-{code}} (realm role submitter, attribute unit = code,
     * password {@code demo-officer-{code}}) for each code put before the template's users, as
     * deploy/local/lib.sh officer_users_json does for up.sh.
     */
    static String withOfficers(String realmJson, Collection<String> unitCodes) throws IOException {
        ObjectNode realm = (ObjectNode) JSON.readTree(realmJson);
        ArrayNode users = JSON.createArrayNode();
        for (String code : unitCodes) {
            String username = "officer-" + code;
            ObjectNode user = users.addObject()
                    .put("username", username).put("enabled", true).put("emailVerified", true)
                    .put("email", username + "@dti.example").put("firstName", "Officer").put("lastName", "Unit " + code);
            user.putArray("realmRoles").add("submitter");
            user.putArray("credentials").addObject()
                    .put("type", "password").put("value", demoPassword(username)).put("temporary", false);
            user.putObject("attributes").putArray("unit").add(code);
        }
        users.addAll((ArrayNode) realm.get("users"));
        realm.set("users", users);
        return JSON.writeValueAsString(realm);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The {@code iss} of the realm's tokens (MP_JWT_VERIFY_ISSUER of the services). */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The realm's JWK set (MP_JWT_VERIFY_PUBLICKEY_LOCATION of the services). */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** An access token of {@code username} by the password grant of {@link #CLI_CLIENT}. */
    public String passwordGrant(String username, String password) {
        String form = Stream.of(Map.entry("grant_type", "password"), Map.entry("client_id", CLI_CLIENT),
                        Map.entry("username", username), Map.entry("password", password))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("password grant of " + username + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT (its payload, not verified: the services verify). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to kc.sh (it forwards it to its java) and to the java itself; SIGKILL after 30 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : descendants) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private void awaitRealm() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + " during startup; log: " + log + "\n" + tail());
            }
            try {
                if (HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("Keycloak's realm " + REALM + " not served within " + START_TIMEOUT + "; log: " + log + "\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for the realm template's placeholder " + m.group());
            }
            // JSON string content: the PEM's line breaks as \n; the values hold no quote or backslash
            m.appendReplacement(out, Matcher.quoteReplacement(value.replace("\n", "\\n")));
        }
        return m.appendTail(out).toString();
    }

    private static String pkcs8Pem(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (deploy/e2e's failsafe sets it)");
        }
        return value;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
