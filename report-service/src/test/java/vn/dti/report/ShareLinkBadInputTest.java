package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.testing.http.RawHttp;
import vn.dti.testing.jwt.TestTokens;

/**
 * Generated bad input against publish, the share link endpoints and the shared page, from a fixed
 * seed (a failure replays): bodies, numbers out of every range, content types, malformed brief, link
 * and secret ids, methods. Each answers below 500, every 4xx as problem+json without a stack trace;
 * no link is stored, no draft is published, no open is counted, and no guessed secret opens anything.
 */
@QuarkusTest
class ShareLinkBadInputTest {

    static final long SEED = 20261130_11L;
    static final int COUNT = 180;

    @Inject
    Db db;

    record Case(String label, String method, String target, List<String> headers, byte[] body) {
    }

    static final String[] DAYS = {"0", "-1", "366", "365.5", "1.0e2", "1e400", "-0", "2147483648", "99999999999999999999999",
            "9".repeat(400), "\"30\"", "\"\"", "true", "null", "[]", "{}", "[30]", "{\"v\": 30}", "NaN", "Infinity", "0x1E", "030",
            "-2147483648", "\"\\u0000\""};
    static final String[] IDS = {"not-a-uuid", "%00", "%FF%FE", "..%2F..%2F", "%E2%80%AE", "A".repeat(300), "%20",
            "12345678-1234-1234-1234-123456789012x", "%0d%0aX-Injected:%201", "00000000-0000-0000-0000-000000000000", "1-1-1-1-1"};
    static final String[] CONTENT_TYPES = {"application/json", "text/plain", "application/xml", "", "application/json; charset=utf-16",
            "application/x-www-form-urlencoded", "*/*"};
    static final char[] SECRET_CHARS = "ABCxyz019-_~.%!*'()+=,;:@$&".toCharArray();

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    static List<Case> cases(String published, String draft, String linkOfPublished) {
        Random r = new Random(SEED);
        String committee = "Authorization: Bearer " + TestTokens.token("committee");
        List<Case> cases = new ArrayList<>();
        while (cases.size() < COUNT) {
            switch (cases.size() % 6) {
                case 0, 1 -> { // a link request with a bad expiresInDays, maybe an unknown field, any content type
                    String days = DAYS[r.nextInt(DAYS.length)];
                    String body = r.nextInt(4) == 0
                            ? "{\"expiresInDays\": " + days + ", \"" + (r.nextBoolean() ? "expires" : "briefId") + "\": 3}"
                            : r.nextInt(5) == 0 ? "{\"expiresInDays\": " + days : "{\"expiresInDays\": " + days + "}";
                    String type = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
                    List<String> headers = new ArrayList<>(List.of(committee));
                    if (!type.isEmpty()) {
                        headers.add("Content-Type: " + type);
                    }
                    String target = (r.nextInt(5) == 0 ? draft : published) + "/links";
                    cases.add(new Case("link " + abbreviate(body) + " as " + type + " to " + target, "POST", target, headers,
                            body.getBytes(StandardCharsets.UTF_8)));
                }
                case 2 -> { // bodies that are no link request at all
                    String[] bodies = {"", "null", "[]", "\"30\"", "30", "{", "{\"expiresInDays\": 30}{}", "[".repeat(3000),
                            "{\"expiresInDays\": 30, \"expiresInDays\": 31}", "\u0000\u0000", "{\"expiresInDays\": " + r.nextInt() + "}"};
                    String body = bodies[r.nextInt(bodies.length)];
                    cases.add(new Case("link body " + abbreviate(body), "POST", published + "/links",
                            List.of(committee, "Content-Type: application/json"), body.getBytes(StandardCharsets.UTF_8)));
                }
                case 3 -> { // malformed brief and link ids on every new operation
                    String id = IDS[r.nextInt(IDS.length)];
                    String[][] targets = {
                        {"POST", "/api/v1/briefs/" + id + "/publish"}, {"POST", "/api/v1/briefs/" + id + "/links"},
                        {"GET", "/api/v1/briefs/" + id + "/links"}, {"GET", published + "/links/" + id},
                        {"DELETE", published + "/links/" + id}, {"DELETE", "/api/v1/briefs/" + id + "/links/" + linkOfPublished},
                        {"GET", "/api/v1/briefs/" + id + "/links/" + id}};
                    String[] t = targets[r.nextInt(targets.length)];
                    cases.add(new Case(t[0] + " " + abbreviate(t[1]), t[0], t[1], List.of(committee, "Content-Type: application/json"),
                            t[0].equals("POST") ? "{\"expiresInDays\": 30}".getBytes(StandardCharsets.UTF_8) : null));
                }
                case 4 -> { // guessed secrets, with or without a format, with no token
                    StringBuilder secret = new StringBuilder();
                    int length = r.nextInt(5) == 0 ? 43 : r.nextInt(90);
                    for (int i = 0; i < length; i++) {
                        char c = SECRET_CHARS[r.nextInt(r.nextBoolean() ? 38 - 26 + 14 : SECRET_CHARS.length)];
                        secret.append(c == '%' ? "%25" : String.valueOf(c));
                    }
                    String[] formats = {"", "?format=pdf", "?format=json", "?format=%00", "?format=pdf&format=html", "?x=1"};
                    String target = "/share/" + secret + formats[r.nextInt(formats.length)];
                    cases.add(new Case("GET " + abbreviate(target), "GET", target, List.of("Accept: */*"), null));
                }
                default -> { // methods and tokens the new operations do not take
                    String[] methods = {"PUT", "PATCH", "DELETE", "POST", "GET"};
                    String[] targets = {published + "/publish", published + "/links", "/share/" + "A".repeat(43), draft + "/publish"};
                    String[] auth = {"Authorization: Bearer", "Authorization: Bearer x.y.z", "Authorization: Bearer " + TestTokens.foreignToken(),
                            "Authorization: Bearer " + TestTokens.token("submitter", "48"), "Authorization: Bearer " + TestTokens.token("reviewer")};
                    String method = methods[r.nextInt(methods.length)];
                    String target = targets[r.nextInt(targets.length)];
                    String a = auth[r.nextInt(auth.length)];
                    cases.add(new Case(method + " " + target + " " + abbreviate(a), method, target, List.of(a, "Content-Type: application/json"),
                            "{\"expiresInDays\": 30}".getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return cases;
    }

    @Test
    void generatedBadRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        Fixture.load(db);
        String published = Api.create(Api.request("Bad input: published", Fixture.FW, "2031", null, "en")).header("Location");
        String draft = Api.createDraft(Api.request("Bad input: draft", Fixture.FW, "2031", null, "en")).header("Location");
        String link = Api.as("committee").contentType("application/json").body("{\"expiresInDays\": 3}").post(published + "/links")
                .then().statusCode(201).extract().path("id");
        long links = db.count("share_link", null);
        long opens = db.number("select coalesce(sum(opens), 0) from share_link").longValue();
        long drafts = db.count("brief", "status = 'DRAFT'");
        List<Case> cases = cases(published, draft, link);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(COUNT);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            RawHttp.Answer a = RawHttp.send(RestAssured.port, c.method(), c.target(), c.headers().toArray(String[]::new), c.body());
            if (a.status() >= 500) {
                failures.add(a.status() + " for " + c.label() + ": " + abbreviate(a.text()));
            } else if (a.status() < 400 && !(c.method().equals("GET") && c.target().endsWith("/links"))
                    && !(c.method().equals("GET") && c.target().contains("/links/"))) {
                failures.add(a.status() + " (accepted) for " + c.label());
            } else if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
                failures.add(a.status() + " without problem+json (" + a.contentType() + ") for " + c.label());
            } else if (a.status() >= 400 && (a.text().contains("Exception") || a.text().contains("at vn."))) {
                failures.add(a.status() + " with a stack trace for " + c.label());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(db.count("share_link", null)).as("no link stored").isEqualTo(links);
        assertThat(db.number("select coalesce(sum(opens), 0) from share_link").longValue()).as("no open counted").isEqualTo(opens);
        assertThat(db.count("share_link", "revoked_at is not null")).as("nothing revoked").isZero();
        assertThat(db.count("brief", "status = 'DRAFT'")).as("no draft published").isEqualTo(drafts);
    }
}
