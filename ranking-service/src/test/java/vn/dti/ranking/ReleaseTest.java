package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/**
 * Releases: revision 1 and 2 of a (framework, period) with the changes between them (hand-computed from
 * hand-made events), the official standings byte for byte, the event on dti.standings, bad input, and the
 * rebuild of a release from the topic.
 */
@QuarkusTest
class ReleaseTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @Test
    void twoRevisionsWithTheirChangesTheOfficialStandingsAndTheEvents() throws Exception {
        String fw = "T-REL";
        String period = "2061";
        OffsetDateTime t = OffsetDateTime.parse("2062-02-01T08:00:00Z");
        Events.framework(Api.framework(fw, 2, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("R1", "Tỉnh Một", "2061-01-01", "2061-12-31");
        Events.unit("R2", "Tỉnh Hai", "2061-01-01", "2061-12-31");
        Events.unit("R3", "Tỉnh Ba", "2061-01-01", "2061-12-31");
        String s1 = Events.submissionWithId(UUID.randomUUID().toString(), "R1", fw, period, t, values("A1", 80, "A2", 1, "B1", 5));
        String s2 = Events.submissionWithId(UUID.randomUUID().toString(), "R2", fw, period, t, values("A1", 60, "A2", 1, "B1", 10));
        String s3 = Events.submissionWithId(UUID.randomUUID().toString(), "R3", fw, period, t, values("A1", 100, "A2", 0, "B1", 12));
        // R2 0.75 * 0.8 + 0.25 = 0.85; R1 0.75 * 0.9 + 0.125 = 0.8; R3 0.75 * 0.5 + 0.25 = 0.625
        JsonPath first = await().atMost(WAIT).until(() -> Api.standings(fw, period),
                j -> j != null && j.getInt("unitCount") == 3 && j.getList("entries.missing", Integer.class).stream().allMatch(m -> m == 0));
        assertThat(first.getList("entries.unitCode")).containsExactly("R2", "R1", "R3");
        int v1 = first.getInt("version");
        String body1 = Api.as("committee").get("/api/v1/standings/" + fw + "/" + period).asString();

        Api.as("reviewer").get("/api/v1/standings/" + fw + "/" + period + "/official").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("submitter").contentType("application/json").body(release(fw, period, v1, "DTI 2034"))
                .post("/api/v1/releases").then().statusCode(403).contentType("application/problem+json");
        Api.as("committee").contentType("application/json").body(release(fw, period, v1 + 100, "DTI 2034"))
                .post("/api/v1/releases").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("version " + (v1 + 100)));

        Response created = Api.as("committee").contentType("application/json")
                .body(release(fw, period, v1, "DTI 2034 official results")).post("/api/v1/releases");
        created.then().statusCode(201).contentType("application/json");
        JsonPath r1 = Api.json(created.asString());
        String id1 = r1.getString("id");
        assertThat(created.header("Location")).endsWith("/api/v1/releases/" + id1);
        assertThat(r1.getInt("revision")).isEqualTo(1);
        assertThat(r1.getInt("version")).isEqualTo(v1);
        assertThat(r1.getString("basis")).isEqualTo("submitted");
        assertThat(r1.getString("label")).isEqualTo("DTI 2034 official results");
        assertThat(r1.getString("releasedBy")).isNotBlank();
        assertThat(r1.getString("supersedes")).isNull();
        assertThat(r1.getList("changes")).isEmpty();
        assertThat(JSON.readTree(created.asString()).get("standings")).isEqualTo(JSON.readTree(body1));
        assertThat(Api.as("submitter").get("/api/v1/standings/" + fw + "/" + period + "/official").asString())
                .as("the official standings, byte for byte").isEqualTo(body1);

        Api.as("admin").contentType("application/json").body(release(fw, period, v1, "again"))
                .post("/api/v1/releases").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("revision 1"));

        // R3 now has a plan: A = 1, R3 = 1.0, first; R2 second, R1 third with the same scores as before
        String s3b = Events.submissionWithId(UUID.randomUUID().toString(), "R3", fw, period, t.plusDays(1), values("A2", 1));
        JsonPath second = await().atMost(WAIT).until(() -> Api.standings(fw, period),
                j -> j.getInt("version") > v1 && "R3".equals(j.getString("entries[0].unitCode")));
        int v2 = second.getInt("version");
        String body2 = Api.as("committee").get("/api/v1/standings/" + fw + "/" + period).asString();
        Response revised = Api.as("admin").contentType("application/json")
                .body(release(fw, period, v2, "DTI 2034 official results, revision 2")).post("/api/v1/releases");
        revised.then().statusCode(201);
        JsonPath r2 = Api.json(revised.asString());
        String id2 = r2.getString("id");
        assertThat(r2.getInt("revision")).isEqualTo(2);
        assertThat(r2.getString("supersedes")).isEqualTo(id1);
        assertThat(r2.getList("changes.unitCode")).containsExactly("R1", "R2", "R3");
        assertThat(r2.getList("changes.previousRank", Integer.class)).containsExactly(2, 1, 3);
        assertThat(r2.getList("changes.rank", Integer.class)).containsExactly(3, 2, 1);
        assertThat(r2.getDouble("changes[0].previousScore")).isCloseTo(0.8, within(1e-9));
        assertThat(r2.getDouble("changes[0].score")).isCloseTo(0.8, within(1e-9));
        assertThat(r2.getDouble("changes[2].previousScore")).isCloseTo(0.625, within(1e-9));
        assertThat(r2.getDouble("changes[2].score")).isCloseTo(1.0, within(1e-9));

        assertThat(Api.as("committee").get("/api/v1/standings/" + fw + "/" + period + "/official").asString()).isEqualTo(body2);
        JsonPath list = Api.json(Api.as("submitter").queryParam("frameworkCode", fw).get("/api/v1/releases")
                .then().statusCode(200).extract().asString());
        assertThat(list.getList("id")).containsExactly(id2, id1);
        assertThat(list.getList("revision", Integer.class)).containsExactly(2, 1);
        assertThat(Api.as("committee").queryParam("frameworkCode", fw).queryParam("period", "2099").get("/api/v1/releases")
                .then().statusCode(200).extract().jsonPath().getList("$")).isEmpty();
        String again = Api.as("reviewer").get("/api/v1/releases/" + id1).then().statusCode(200).extract().asString();
        assertThat(JSON.readTree(again).get("standings")).as("revision 1 keeps version %d", v1).isEqualTo(JSON.readTree(body1));
        Api.as("committee").get("/api/v1/releases/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        Api.as("committee").get("/api/v1/releases/not-a-uuid").then().statusCode(404).contentType("application/problem+json");

        try (TopicReader reader = new TopicReader("dti.standings")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> releases(seen, fw).size() == 2, WAIT);
            List<TopicReader.Event> published = releases(events, fw);
            assertThat(published).hasSize(2);
            for (TopicReader.Event e : published) {
                assertThat(EventSchemas.validate("dti.release.published.v1", e.value())).as("schema").isEmpty();
                assertThat(e.key()).isEqualTo(fw + "/" + period);
                assertThat(e.headers()).containsEntry("ce_source", "/dti/ranking-service");
            }
            JsonNode p2 = JSON.readTree(published.get(1).value());
            assertThat(published.get(1).headers()).containsEntry("ce_subject", id2);
            assertThat(p2.get("releaseId").asText()).isEqualTo(id2);
            assertThat(p2.get("supersedes").asText()).isEqualTo(id1);
            List<String> fields = new ArrayList<>();
            p2.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("releaseId", "frameworkCode", "period", "revision", "version", "basis", "label", "note",
                    "releasedBy", "releasedAt", "supersedes", "changes", "provenance", "standings");
            assertThat(p2.get("standings").toString()).as("the standings of version %d as served", v2).isEqualTo(body2);
            assertThat(p2.get("changes")).isEqualTo(JSON.readTree(revised.asString()).get("changes"));
            // provenance: every unit; R3's values come from two submissions (A1, B1 from the first, A2 from the second)
            Map<String, List<String>> provenance = new java.util.TreeMap<>();
            p2.get("provenance").forEach(u -> {
                List<String> ids = new ArrayList<>();
                u.get("submissionIds").forEach(i -> ids.add(i.asText()));
                provenance.put(u.get("unitCode").asText(), ids);
            });
            assertThat(provenance).containsOnlyKeys("R1", "R2", "R3");
            assertThat(provenance.get("R1")).containsExactly(s1);
            assertThat(provenance.get("R2")).containsExactly(s2);
            assertThat(provenance.get("R3")).containsExactly(s3.compareTo(s3b) < 0 ? new String[] {s3, s3b} : new String[] {s3b, s3});
        }
        assertThat(db.count("select count(*) from release where framework_code = ?", fw)).isEqualTo(2);
    }

    @Test
    void aBodyWithSeveralProblemsIsAnsweredWithAllOfThemAndStoresNothing() throws Exception {
        Api.as("committee").contentType("application/json")
                .body("{\"frameworkCode\": 7, \"period\": \"last year\", \"version\": \"x\", \"note\": \"ok\", \"basis\": \"final\", \"colour\": 1}")
                .post("/api/v1/releases").then().statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/frameworkCode", "/period", "/version", "/label",
                        "/basis", "/colour"));
        Api.as("committee").contentType("application/json").body("{\"frameworkCode\": ")
                .post("/api/v1/releases").then().statusCode(400).contentType("application/problem+json");
        Api.as("committee").contentType("application/json").body(release("T-REL-X", "2034", 0, "  "))
                .post("/api/v1/releases").then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/version", "/label"));
        Api.as("committee").contentType("text/plain").body(release("T-REL-X", "2034", 1, "x"))
                .post("/api/v1/releases").then().statusCode(415).contentType("application/problem+json");
        // no Content-Type, or a wildcard one: 415 from plumbing's ContentTypeRequired, before the body is read
        String committee = "Authorization: Bearer " + vn.dti.testing.jwt.TestTokens.token("committee");
        byte[] body = release("T-REL-X", "2034", 1, "x").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String[] headers : List.of(new String[] {committee}, new String[] {committee, "Content-Type: */*"})) {
            vn.dti.testing.http.RawHttp.Answer a = vn.dti.testing.http.RawHttp.send(io.restassured.RestAssured.port, "POST",
                    "/api/v1/releases", headers, body);
            assertThat(a.status()).as(String.join(", ", headers)).isEqualTo(415);
            assertThat(a.contentType()).startsWith("application/problem+json");
            assertThat(JsonPath.from(new String(a.body(), java.nio.charset.StandardCharsets.UTF_8)).getString("type"))
                    .endsWith("/unsupported-media-type");
        }
        assertThat(db.count("select count(*) from release where framework_code = 'T-REL-X'")).isZero();
    }

    @Test
    void concurrentReleasesOfOneVersionGiveOneRevisionAndConflicts() throws Exception {
        String fw = "T-REL-RACE";
        String period = "2063";
        Events.framework(Api.framework(fw, 2, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("C1", "Tỉnh Một", "2063-01-01", "2063-12-31");
        Events.submission("C1", fw, period, OffsetDateTime.parse("2064-02-01T08:00:00Z"), values("A1", 80, "A2", 1, "B1", 5));
        int version = await().atMost(WAIT).until(() -> Api.standings(fw, period), j -> j != null && j.getInt("entries[0].missing") == 0)
                .getInt("version");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> Api.as("committee").contentType("application/json").body(release(fw, period, version, "race"))
                        .post("/api/v1/releases").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.count("select count(*) from release where framework_code = ?", fw)).isEqualTo(1);
    }

    @Test
    void aReleaseOnTheTopicThatTheDatabaseDoesNotHoldIsRebuiltOnceAndStandingsEventsAreSkipped() throws Exception {
        String fw = "T-REBUILT";
        String period = "2035";
        String releaseId = UUID.randomUUID().toString();
        String standings = "{\"frameworkCode\":\"T-REBUILT\",\"period\":\"2035\",\"version\":4,\"computedAt\":\"2036-01-02T03:04:05.678Z\","
                + "\"basis\":\"submitted\",\"unitCount\":1,\"node\":\"R\",\"entries\":[{\"rank\":1,\"unitCode\":\"K1\",\"unitName\":\"Tỉnh Một\","
                + "\"score\":0.8125,\"complete\":true,\"missing\":0,\"children\":[{\"code\":\"A\",\"score\":0.75,\"rank\":1}]}]}";
        // a standings event first, on the same key (same partition): skipped, not dead-lettered
        String skipped = Events.send("dti.standings", fw + "/" + period, "dti.standings.recomputed.v1", standings);
        ObjectNode payload = JSON.createObjectNode().put("releaseId", releaseId).put("frameworkCode", fw).put("period", period)
                .put("revision", 1).put("version", 4).put("basis", "submitted").put("label", "Rebuilt").putNull("note")
                .put("releasedBy", "committee-chair").put("releasedAt", "2036-01-03T00:00:00Z").putNull("supersedes");
        payload.putArray("changes");
        payload.putArray("provenance").addObject().put("unitCode", "K1").putArray("submissionIds").add(UUID.randomUUID().toString());
        payload.set("standings", JSON.readTree(standings));
        String ceId = Events.send("dti.standings", fw + "/" + period, "dti.release.published.v1", payload.toString());
        await().atMost(WAIT).until(() -> db.processed(ceId));

        JsonPath release = Api.json(Api.as("committee").get("/api/v1/releases/" + releaseId).then().statusCode(200).extract().asString());
        assertThat(release.getInt("revision")).isEqualTo(1);
        assertThat(release.getString("label")).isEqualTo("Rebuilt");
        assertThat(Api.as("committee").get("/api/v1/standings/" + fw + "/" + period + "/official").asString()).isEqualTo(standings);
        assertThat(db.processed(skipped)).as("a standings event is not applied").isFalse();

        // the same release again under another ce_id (a republished outbox row): still one release
        String again = Events.send("dti.standings", fw + "/" + period, "dti.release.published.v1", payload.toString());
        await().atMost(WAIT).until(() -> db.processed(again));
        assertThat(db.count("select count(*) from release where id = ?", UUID.fromString(releaseId))).isEqualTo(1);
        try (TopicReader dlq = new TopicReader("dti.ranking.dlq")) {
            assertThat(dlq.readUntil(seen -> false, Duration.ofSeconds(3))).extracting(TopicReader.Event::key)
                    .doesNotContain(fw + "/" + period);
        }
    }

    private static List<TopicReader.Event> releases(List<TopicReader.Event> events, String fw) {
        return events.stream().filter(e -> "dti.release.published.v1".equals(e.headers().get("ce_type")) && e.key().startsWith(fw + "/"))
                .toList();
    }

    private static String release(String fw, String period, int version, String label) {
        return JSON.createObjectNode().put("frameworkCode", fw).put("period", period).put("version", version).put("label", label)
                .toString();
    }
}
