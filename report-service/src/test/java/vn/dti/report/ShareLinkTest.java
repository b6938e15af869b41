package vn.dti.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.dti.testing.jwt.TestTokens;

/**
 * Share links (DESIGN §12): made by committee or admin for a published brief only; the URL opens the
 * brief's HTML and PDF with no token, counts every open, and answers one and the same 404 once it is
 * expired, revoked or was never made. Only the SHA-256 of its secret is stored.
 */
@QuarkusTest
class ShareLinkTest {

    @Inject
    Db db;

    static Response link(String location, int days) {
        return Api.as("committee").contentType(ContentType.JSON).body("{\"expiresInDays\": " + days + "}").post(location + "/links");
    }

    /** The path of a link's URL (the URL names dti.share.base-url; the test server listens elsewhere). */
    static String path(Response created) {
        return URI.create(created.jsonPath().getString("url")).getPath();
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void aDraftCannotBeShared() {
        Fixture.load(db);
        String location = Api.createDraft(Api.request("Share draft", Fixture.FW, "2031", null, "en")).header("Location");
        long before = db.count("share_link", null);
        Response r = link(location, 30);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).endsWith("/brief-not-published");
        assertThat(db.count("share_link", null)).isEqualTo(before);
    }

    @Test
    void aLinkOpensTheHtmlAndPdfWithoutATokenAndCountsEveryOpen() throws Exception {
        Fixture.load(db);
        String location = Api.create(Api.request("Geteilt: Phiên họp chia sẻ", Fixture.FW, "2031", "2030", "vi")).header("Location");
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        Response created = link(location, 30);
        OffsetDateTime after = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String linkId = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(location + "/links/" + linkId);
        String url = created.jsonPath().getString("url");
        assertThat(url).startsWith("http://127.0.0.1:8083/share/");
        String secret = url.substring(url.lastIndexOf('/') + 1);
        assertThat(secret).matches("[A-Za-z0-9_-]{43}"); // 32 random bytes, base64url: 256 bits
        OffsetDateTime expiresAt = OffsetDateTime.parse(created.jsonPath().getString("expiresAt"));
        assertThat(expiresAt).isBetween(before.plusDays(30), after.plusDays(30));
        assertThat(created.jsonPath().getMap("")).containsOnlyKeys("id", "url", "expiresAt");

        // No token: the HTML, with the brief's strict policy, not cached, no Referer onwards.
        Response html = given().get(path(created));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.asString()).contains("Geteilt: Phiên họp chia sẻ").doesNotContain("<script");
        assertThat(html.header("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(html.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(html.header("Cache-Control")).isEqualTo("no-store");
        assertThat(html.asString()).isEqualTo(Api.read(location, "text/html").asString());
        Response pdf = given().get(path(created) + "?format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.header("Cache-Control")).isEqualTo("no-store");
        // Explicit html, and a browser's Accept
        assertThat(given().accept("text/html,application/xhtml+xml,*/*;q=0.8").get(path(created) + "?format=html").statusCode())
                .isEqualTo(200);
        // A bearer token is not needed, and an invalid one changes nothing either
        assertThat(given().auth().oauth2(TestTokens.foreignToken()).get(path(created)).statusCode()).isEqualTo(200);

        // Nothing else: no JSON, no Markdown, no other format; none of these counts as an open.
        for (String format : List.of("json", "markdown", "md", "PDF", "html ", "pdf,html")) {
            Response r = given().get(path(created) + "?format=" + format);
            assertThat(r.statusCode()).as(format).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        Response json = given().accept("application/json").get(path(created));
        assertThat(json.statusCode()).isEqualTo(406);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(json.asString()).doesNotContain("Geteilt");

        // Four opens (html, pdf, html, html with a foreign token); the list shows them and never a secret.
        Response list = Api.as("committee").get(location + "/links");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.jsonPath().getList("items.id")).containsExactly(linkId);
        assertThat(list.jsonPath().getLong("items[0].opens")).isEqualTo(4);
        assertThat(list.jsonPath().getString("items[0].state")).isEqualTo("ACTIVE");
        assertThat(list.jsonPath().getString("items[0].lastOpenedAt")).isNotNull();
        assertThat(list.asString()).doesNotContain(secret).doesNotContain("/share/");
        assertThat(Api.as("admin").get(location + "/links/" + linkId).jsonPath().getLong("opens")).isEqualTo(4);

        // Only the hash is stored: no column of any link row (nor any brief) holds the secret.
        assertThat(db.text("select string_agg(l::text, '|') from share_link l")).doesNotContain(secret);
        assertThat(db.count("brief", "strpos(content, '" + secret + "') > 0")).isZero();
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        assertThat(db.text("select encode(secret_hash, 'hex') from share_link where id = '" + linkId + "'")).isEqualTo(hex);

        // One character off is a link that does not exist; it opens nothing and counts nothing.
        char last = secret.charAt(secret.length() - 1);
        String wrong = secret.substring(0, secret.length() - 1) + (last == 'A' ? 'B' : 'A');
        Response guess = given().get("/share/" + wrong);
        assertThat(guess.statusCode()).isEqualTo(404);
        assertThat(db.number("select opens from share_link where id = '" + linkId + "'").longValue()).isEqualTo(4);
    }

    @Test
    void anExpiredOrRevokedLinkAnswersLikeALinkThatNeverExisted() {
        Fixture.load(db);
        String location = Api.create(Api.request("Share expiry", Fixture.FW, "2031", null, "en")).header("Location");
        Response expiring = link(location, 1);
        Response revoked = link(location, 365);
        Response other = link(location, 7);
        assertThat(given().get(path(expiring)).statusCode()).isEqualTo(200);
        String unknown = given().get("/share/" + "x".repeat(43)).asString();
        assertThat(unknown).contains("\"status\":404");

        db.update("update share_link set expires_at = now() - interval '1 second' where id = '" + expiring.jsonPath().getString("id") + "'");
        for (String format : List.of("", "?format=pdf")) {
            Response r = given().get(path(expiring) + format);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.asString()).isEqualTo(unknown);
        }

        String revokedId = revoked.jsonPath().getString("id");
        assertThat(given().get(path(revoked)).statusCode()).isEqualTo(200);
        assertThat(Api.as("submitter").delete(location + "/links/" + revokedId).statusCode()).isEqualTo(403);
        assertThat(given().get(path(revoked)).statusCode()).isEqualTo(200);
        assertThat(Api.as("committee").delete(location + "/links/" + revokedId).statusCode()).isEqualTo(204);
        Response gone = given().get(path(revoked));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.asString()).isEqualTo(unknown);
        // revoking again is a no-op; an unknown link, or a link of another brief, is 404
        String revokedAt = db.text("select revoked_at::text from share_link where id = '" + revokedId + "'");
        assertThat(Api.as("admin").delete(location + "/links/" + revokedId).statusCode()).isEqualTo(204);
        assertThat(db.text("select revoked_at::text from share_link where id = '" + revokedId + "'")).isEqualTo(revokedAt);
        assertThat(Api.as("admin").delete(location + "/links/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
        String otherBrief = Api.create(Api.request("Share other", Fixture.FW, "2031", null, "en")).header("Location");
        assertThat(Api.as("admin").delete(otherBrief + "/links/" + other.jsonPath().getString("id")).statusCode()).isEqualTo(404);
        assertThat(given().get(path(other)).statusCode()).isEqualTo(200);

        Response list = Api.as("committee").get(location + "/links");
        assertThat(list.jsonPath().getList("items.state")).containsExactly("ACTIVE", "REVOKED", "EXPIRED");
        assertThat(list.jsonPath().getList("items.opens", Long.class)).containsExactly(1L, 2L, 1L);
        assertThat(list.jsonPath().getString("items[1].revokedBy")).isNotBlank();
    }

    @Test
    void onlyCommitteeAndAdminManageLinks() {
        Fixture.load(db);
        String location = Api.create(Api.request("Share roles", Fixture.FW, "2031", null, "en")).header("Location");
        long before = db.count("share_link", null);
        for (String role : List.of("submitter", "reviewer")) {
            String token = role.equals("submitter") ? TestTokens.token(role, "48") : TestTokens.token(role);
            assertThat(given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"expiresInDays\": 3}")
                    .post(location + "/links").statusCode()).isEqualTo(403);
            assertThat(given().auth().oauth2(token).get(location + "/links").statusCode()).isEqualTo(403);
        }
        assertThat(given().contentType(ContentType.JSON).body("{\"expiresInDays\": 3}").post(location + "/links").statusCode())
                .isEqualTo(401);
        assertThat(given().get(location + "/links").statusCode()).isEqualTo(401);
        assertThat(db.count("share_link", null)).isEqualTo(before);
        assertThat(Api.as("admin").contentType(ContentType.JSON).body("{\"expiresInDays\": 3}").post(location + "/links").statusCode())
                .isEqualTo(201);
        assertThat(Api.as("committee").get("/api/v1/briefs/" + UUID.randomUUID() + "/links").statusCode()).isEqualTo(404);
        assertThat(id(location)).isNotBlank();
    }
}
