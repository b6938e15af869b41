package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.jwt.TestTokens;

/**
 * DRAFT → PUBLISHED (DESIGN §12): a draft is seen by committee and admin only; for a submitter or a
 * reviewer it answers exactly like a brief that does not exist (404 in every format, absent from the
 * list and its total), so a draft's existence does not leak. Publishing happens once (then 409).
 */
@QuarkusTest
class BriefLifecycleTest {

    static final List<String> FORMATS = List.of("application/json", "text/html", "text/markdown", "application/pdf");

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    static RequestSpecification submitter() {
        return io.restassured.RestAssured.given().auth().oauth2(TestTokens.token("submitter", "48"));
    }

    @Test
    void aDraftIsInvisibleToSubmitterAndReviewerUntilPublished() {
        Fixture.load(db);
        String location = Api.createDraft(Api.request("Lifecycle draft", Fixture.FW, "2031", null, "en")).header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String unknown = "/api/v1/briefs/" + UUID.randomUUID();
        assertThat(db.text("select status from brief where id = '" + id + "'")).isEqualTo("DRAFT");

        for (Supplier<RequestSpecification> who : List.<Supplier<RequestSpecification>>of(BriefLifecycleTest::submitter, () -> Api.as("reviewer"))) {
            for (String format : FORMATS) {
                Response draft = who.get().accept(format).get(location);
                Response none = who.get().accept(format).get(unknown);
                assertThat(draft.statusCode()).as(format).isEqualTo(404);
                assertThat(draft.contentType()).startsWith("application/problem+json");
                // the same answer as for an id that does not exist, up to the id in the detail
                assertThat(draft.asString().replace(id, "ID"))
                        .isEqualTo(none.asString().replace(unknown.substring(unknown.lastIndexOf('/') + 1), "ID"));
            }
            Response list = who.get().get("/api/v1/briefs?size=200");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.jsonPath().getList("items.id")).doesNotContain(id);
            assertThat(list.jsonPath().<String>getList("items.status")).allMatch("PUBLISHED"::equals);
            assertThat(list.jsonPath().getLong("total")).isEqualTo(db.count("brief", "status = 'PUBLISHED'"));
        }
        for (String role : List.of("committee", "admin")) {
            for (String format : FORMATS) {
                assertThat(Api.as(role).accept(format).get(location).statusCode()).as(role + " " + format).isEqualTo(200);
            }
            Response list = Api.as(role).get("/api/v1/briefs?size=200");
            assertThat(list.jsonPath().getString("items.find { it.id == '" + id + "' }.status")).isEqualTo("DRAFT");
            assertThat(list.jsonPath().getString("items.find { it.id == '" + id + "' }.publishedAt")).isNull();
            assertThat(list.jsonPath().getLong("total")).isEqualTo(db.count("brief", null));
        }

        // Only committee and admin publish; for the others it is 403 and the brief stays a draft.
        assertThat(submitter().post(location + "/publish").statusCode()).isEqualTo(403);
        assertThat(Api.as("reviewer").post(location + "/publish").statusCode()).isEqualTo(403);
        assertThat(io.restassured.RestAssured.given().post(location + "/publish").statusCode()).isEqualTo(401);
        assertThat(db.text("select status from brief where id = '" + id + "'")).isEqualTo("DRAFT");

        String json = Api.as("committee").accept("application/json").get(location).asString();
        Response published = Api.as("committee").post(location + "/publish");
        assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
        assertThat(published.jsonPath().getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.jsonPath().getString("id")).isEqualTo(id);
        assertThat(published.jsonPath().getString("publishedBy")).isNotBlank()
                .isEqualTo(db.text("select published_by from brief where id = '" + id + "'"));
        assertThat(published.jsonPath().getString("publishedAt")).isNotNull();
        assertThat(location).endsWith(published.jsonPath().getString("href"));

        for (Supplier<RequestSpecification> who : List.<Supplier<RequestSpecification>>of(BriefLifecycleTest::submitter, () -> Api.as("reviewer"))) {
            for (String format : FORMATS) {
                assertThat(who.get().accept(format).get(location).statusCode()).as(format).isEqualTo(200);
            }
            Response list = who.get().get("/api/v1/briefs?size=200");
            assertThat(list.jsonPath().getString("items.find { it.id == '" + id + "' }.status")).isEqualTo("PUBLISHED");
        }
        // publishing does not touch the content: still byte for byte what was stored at creation
        assertThat(Api.read(location, "application/json").asString()).isEqualTo(json);

        // Once: a second publication is 409 and changes nothing.
        String publishedAt = db.text("select published_at::text from brief where id = '" + id + "'");
        Response again = Api.as("admin").post(location + "/publish");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.jsonPath().getString("type")).endsWith("/already-published");
        assertThat(db.text("select published_at::text from brief where id = '" + id + "'")).isEqualTo(publishedAt);
    }

    @Test
    void publishingSomethingThatIsNoBriefIs404() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1", "%C3%A9")) {
            Response r = Api.as("committee").urlEncodingEnabled(false).post("/api/v1/briefs/" + id + "/publish");
            assertThat(r.statusCode()).as(id).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
    }

    /** Briefs made before the lifecycle existed were visible to everybody: the migration makes them PUBLISHED. */
    @Test
    void briefsOfAnOlderDatabaseArePublishedByTheMigration() throws Exception {
        String schema = "migration_v1_to_latest";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        }
        Flyway.configure().dataSource(dataSource).schemas(schema).target("1").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into " + schema + ".brief (id, created_at, created_by, title, meeting_date, framework_code, period,"
                    + " language, standings_version, content) values ('00000000-0000-0000-0000-0000000000aa',"
                    + " '2025-04-02T07:05:09.871Z', 'old-committee', 'Old', '2025-04-10', 'DTI-PROVINCE', '2024', 'vi', 3, '{}')");
        }
        Flyway.configure().dataSource(dataSource).schemas(schema).load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select status, published_by, published_at = created_at from " + schema + ".brief")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("PUBLISHED");
            assertThat(rs.getString(2)).isEqualTo("old-committee");
            assertThat(rs.getBoolean(3)).isTrue();
            s.execute("insert into " + schema + ".brief (id, created_at, created_by, title, meeting_date, framework_code, period,"
                    + " language, standings_version, content) values ('00000000-0000-0000-0000-0000000000bb',"
                    + " now(), 'new', 'New', '2025-04-10', 'DTI-PROVINCE', '2024', 'vi', 3, '{}')");
            assertThat(db.text("select status from " + schema + ".brief where id = '00000000-0000-0000-0000-0000000000bb'"))
                    .isEqualTo("DRAFT");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
