package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.ranking.repository.StandingsRepository;
import vn.dti.ranking.repository.StoredVersion;
import vn.dti.ranking.service.VersionRetention;

/**
 * Every standings version stays readable (issue 11 items 1-2, DESIGN §12): {@code ?version=N} byte for
 * byte as first served, however many versions follow; {@code /versions}; provenance (the submission id of
 * every value, on both bases); 400/404/410; the retention of old versions with their tombstones.
 * Events in on the real broker, PostgreSQL underneath.
 */
@QuarkusTest
class StandingsVersionsTest {

    /** R = mean(A1, B1), both goalposts 0..100; ranks on 4 decimals; a missing value counts 0. */
    static final String CHILDREN = BasisTest.CHILDREN;
    static final Duration WAIT = Duration.ofSeconds(60);
    static final OffsetDateTime T = OffsetDateTime.parse("2078-02-01T08:00:00+07:00");

    @Inject
    Db db;

    @Inject
    StandingsRepository repository;

    @Inject
    VersionRetention retention;

    /** Provinces valid all year {@code period} (each test has a year of its own: every framework ranks them all). */
    static void provinces(String period, String... codes) {
        for (String code : codes) {
            Events.unit(code, "Tỉnh " + code, period + "-01-01", period + "-12-31");
        }
    }

    static String fw(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000);
    }

    static String path(String fw, String period) {
        return "/api/v1/standings/" + fw + "/" + period;
    }

    static JsonPath standings(String fw, String period, String query) {
        var r = Api.as("committee").get(path(fw, period) + query);
        return r.statusCode() == 200 ? Api.json(r.asString()) : null;
    }

    static byte[] bytes(String fw, String period, String query) {
        return Api.as("committee").get(path(fw, period) + query).then().statusCode(200).extract().asByteArray();
    }

    static double score(JsonPath s, String unit) {
        return s.getDouble("entries.find { it.unitCode == '" + unit + "' }.score");
    }

    static JsonPath profile(String fw, String period, String unit, String query) {
        return Api.json(Api.as("committee").get(path(fw, period) + "/units/" + unit + query).then().statusCode(200).extract().asString());
    }

    static String source(JsonPath profile, String indicator) {
        return profile.getString("indicators.find { it.code == '" + indicator + "' }.submissionId");
    }

    @Test
    void aVersionReadNowAndAfterAThousandLaterSubmissionsIsIdenticalByteForByte() {
        String period = "2071";
        String fw = fw("T-VER");
        OffsetDateTime t = T;
        provinces(period, "VA1", "VA2", "VA3");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        Events.submission("VA1", fw, period, t, values("A1", 80, "B1", 40));
        Events.submission("VA2", fw, period, t, values("A1", 60, "B1", 20));
        // VA1 (0.8 + 0.4) / 2 = 0.6, VA2 0.4, VA3 nothing
        JsonPath first = await().atMost(WAIT).until(() -> standings(fw, period, ""),
                j -> j != null && j.getInt("unitCount") == 3 && Math.abs(score(j, "VA2") - 0.4) < 1e-12);
        int n = first.getInt("version");
        byte[] servedAsLatest = bytes(fw, period, "");
        byte[] servedByNumber = bytes(fw, period, "?version=" + n);
        if (Api.json(new String(servedAsLatest, java.nio.charset.StandardCharsets.UTF_8)).getInt("version") == n) {
            assertThat(servedByNumber).as("?version=N of the latest is the latest body").isEqualTo(servedAsLatest);
        }

        // 1,000 later submissions: VA3 reports A1 = 0, 1, ..., 999 % 101, the last one 100 (A1 = 100, B1 = 100)
        List<ProducerRecord<String, byte[]>> later = new ArrayList<>();
        for (int i = 0; i < 999; i++) {
            later.add(Events.submissionRecord("VA3", fw, period, t.plusMinutes(i + 1), values("A1", i % 101, "B1", 50)));
        }
        later.add(Events.submissionRecord("VA3", fw, period, t.plusMinutes(1000), values("A1", 100, "B1", 100)));
        Events.sendAll(later);
        JsonPath last = await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> Math.abs(score(j, "VA3") - 1.0) < 1e-12);
        assertThat(last.getInt("version")).isGreaterThan(n);
        assertThat(db.count("select count(*) from received_submission where framework_code = ?", fw)).isEqualTo(1002);

        assertThat(bytes(fw, period, "?version=" + n)).as("version %d after 1,000 later submissions", n).isEqualTo(servedByNumber);
        JsonPath again = Api.json(new String(bytes(fw, period, "?version=" + n), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(again.getInt("version")).isEqualTo(n);
        assertThat(score(again, "VA1")).isCloseTo(0.6, within(1e-12));
        assertThat(again.getInt("entries.find { it.unitCode == 'VA3' }.missing")).isEqualTo(2);
        // by a node: computed from the version's stored inputs, still that version's values
        JsonPath byA1 = Api.json(Api.as("committee").get(path(fw, period) + "?version=" + n + "&node=A1").then().statusCode(200)
                .extract().asString());
        assertThat(byA1.getInt("version")).isEqualTo(n);
        assertThat(byA1.getList("entries.unitCode")).containsExactly("VA1", "VA2", "VA3");
        assertThat(score(byA1, "VA1")).isCloseTo(0.8, within(1e-12));
        // the latest version by number is the latest body
        int latest = last.getInt("version");
        assertThat(bytes(fw, period, "?version=" + latest)).isEqualTo(bytes(fw, period, ""));

        // the list: newest first, every version from 1 to the latest, each covering at least the changes before it
        JsonPath list = JsonPath.from(Api.as("reviewer").get(path(fw, period) + "/versions?size=200").then().statusCode(200)
                .extract().asString());
        assertThat(list.getLong("total")).isEqualTo(latest);
        List<Integer> versions = list.getList("items.version", Integer.class);
        assertThat(versions.get(0)).isEqualTo(latest);
        assertThat(versions).isSortedAccordingTo((a, b) -> Integer.compare(b, a)).contains(n).doesNotHaveDuplicates();
        List<Long> watermarks = list.getList("items.inputsWatermark", Long.class);
        assertThat(watermarks).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(watermarks.get(0)).isEqualTo(db.changeSeq(fw, period));
        assertThat(list.getList("items.basis")).containsOnly("submitted");
        assertThat(list.getList("items.droppedAt")).containsOnlyNulls();
        // paging: a page beyond the last is empty
        JsonPath page = JsonPath.from(Api.as("submitter").get(path(fw, period) + "/versions?page=1&size=1").then().statusCode(200)
                .extract().asString());
        assertThat(page.getList("items.version", Integer.class)).containsExactly(versions.get(1));
        assertThat(page.getInt("size")).isEqualTo(1);
        Api.as("committee").get(path(fw, period) + "/versions?page=100000&size=200").then().statusCode(200)
                .body("items.size()", equalTo(0)).body("total", equalTo(latest));
    }

    @Test
    void theProfileNamesTheSubmissionOfEveryValueAtEveryVersion() {
        String period = "2072";
        String fw = fw("T-PROV");
        OffsetDateTime t = T;
        provinces(period, "VP1", "VP2");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        String s1 = Events.submissionWithId(UUID.randomUUID().toString(), "VP1", fw, period, t, values("A1", 80, "B1", 40));
        String s2 = Events.submissionWithId(UUID.randomUUID().toString(), "VP2", fw, period, t, values("A1", 60));
        JsonPath before = await().atMost(WAIT).until(() -> standings(fw, period, ""),
                j -> j != null && j.getInt("unitCount") == 2 && Math.abs(score(j, "VP2") - 0.3) < 1e-12);
        int v1 = before.getInt("version");

        JsonPath p1 = profile(fw, period, "VP1", "");
        assertThat(source(p1, "A1")).isEqualTo(s1);
        assertThat(source(p1, "B1")).isEqualTo(s1);
        JsonPath p2 = profile(fw, period, "VP2", "");
        assertThat(source(p2, "A1")).isEqualTo(s2);
        assertThat(source(p2, "B1")).as("not reported").isNull();
        assertThat(p2.getMap("indicators.find { it.code == 'B1' }")).containsKey("submissionId");

        // a later submission overwrites A1 only: A1 now comes from s3, B1 still from s1
        String s3 = Events.submissionWithId(UUID.randomUUID().toString(), "VP1", fw, period, t.plusDays(1), values("A1", 100));
        await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> Math.abs(score(j, "VP1") - 0.7) < 1e-12);
        JsonPath now = profile(fw, period, "VP1", "");
        assertThat(now.getDouble("indicators.find { it.code == 'A1' }.raw")).isEqualTo(100.0);
        assertThat(source(now, "A1")).isEqualTo(s3);
        assertThat(source(now, "B1")).isEqualTo(s1);
        // the profile at the earlier version: its values and their submissions
        JsonPath then = profile(fw, period, "VP1", "?version=" + v1);
        assertThat(then.getInt("version")).isEqualTo(v1);
        assertThat(then.getDouble("indicators.find { it.code == 'A1' }.raw")).isEqualTo(80.0);
        assertThat(then.getDouble("score")).isCloseTo(0.6, within(1e-12));
        assertThat(source(then, "A1")).isEqualTo(s1);
        assertThat(source(then, "B1")).isEqualTo(s1);

        // the repository's view of a version (release-contract.md): body as served, sources per unit and indicator
        StoredVersion stored = repository.findVersion(fw, period, "submitted", v1).orElseThrow();
        assertThat(stored.body()).isEqualTo(new String(bytes(fw, period, "?version=" + v1), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(stored.version()).isEqualTo(v1);
        assertThat(stored.sources()).isEqualTo(Map.of("VP1", Map.of("A1", UUID.fromString(s1), "B1", UUID.fromString(s1)),
                "VP2", Map.of("A1", UUID.fromString(s2))));
        assertThat(repository.findVersion(fw, period, "submitted", 100_000)).isEmpty();
        assertThat(repository.isDropped(fw, period, "submitted", 100_000)).isFalse();
    }

    @Test
    void onTheApprovedBasisTheSubmissionWhoseValueCountedIsNamed() {
        String period = "2073";
        String fw = fw("T-PROVA");
        OffsetDateTime t = T;
        provinces(period, "VQ1");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN).replace("\"targets\"", "\"requireApproval\": true, \"targets\""));
        String s1 = Events.submissionWithId(UUID.randomUUID().toString(), "VQ1", fw, period, t, values("A1", 80, "B1", 40));
        Events.review("VQ1", fw, period, s1, "APPROVE", t.plusHours(1));
        await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> j != null && Math.abs(score(j, "VQ1") - 0.6) < 1e-12);
        // s2 (A1 only) is not approved: the approved basis keeps s1's A1; the submitted basis shows s2's
        String s2 = Events.submissionWithId(UUID.randomUUID().toString(), "VQ1", fw, period, t.plusDays(1), values("A1", 100));
        await().atMost(WAIT).until(() -> standings(fw, period, "?basis=submitted"), j -> Math.abs(score(j, "VQ1") - 0.7) < 1e-12);
        JsonPath approved = await().atMost(WAIT).until(() -> profile(fw, period, "VQ1", ""),
                p -> p.getInt("version") >= 2 && "approved".equals(p.getString("basis")));
        assertThat(source(approved, "A1")).isEqualTo(s1);
        assertThat(source(approved, "B1")).isEqualTo(s1);
        JsonPath submitted = profile(fw, period, "VQ1", "?basis=submitted");
        assertThat(source(submitted, "A1")).isEqualTo(s2);
        assertThat(source(submitted, "B1")).isEqualTo(s1);
        int approvedBefore = approved.getInt("version");

        // approving s2: its A1 counts (the latest up to the approved one), B1 still s1's
        Events.review("VQ1", fw, period, s2, "APPROVE", t.plusDays(2));
        JsonPath after = await().atMost(WAIT).until(() -> profile(fw, period, "VQ1", ""), p -> Math.abs(p.getDouble("score") - 0.7) < 1e-12);
        assertThat(source(after, "A1")).isEqualTo(s2);
        assertThat(source(after, "B1")).isEqualTo(s1);
        // the earlier approved version still names s1 for A1; versions are numbered per basis
        JsonPath earlier = profile(fw, period, "VQ1", "?version=" + approvedBefore + "&basis=approved");
        assertThat(source(earlier, "A1")).isEqualTo(s1);
        assertThat(repository.findVersion(fw, period, "approved", after.getInt("version")).orElseThrow().sources())
                .isEqualTo(Map.of("VQ1", Map.of("A1", UUID.fromString(s2), "B1", UUID.fromString(s1))));
        // the list names both bases
        JsonPath list = JsonPath.from(Api.as("committee").get(path(fw, period) + "/versions?size=200").then().statusCode(200)
                .extract().asString());
        assertThat(list.getList("items.basis")).contains("submitted", "approved");
        JsonPath onlyApproved = JsonPath.from(Api.as("committee").get(path(fw, period) + "/versions?basis=approved&size=200")
                .then().statusCode(200).extract().asString());
        assertThat(onlyApproved.getList("items.basis")).containsOnly("approved");
        assertThat(onlyApproved.getInt("items[0].version")).isEqualTo(after.getInt("version"));
    }

    @Test
    void aVersionThatIsNotAPositiveWholeNumberIs400AndAnUnknownOne404() {
        String period = "2074";
        String fw = fw("T-VBAD");
        OffsetDateTime t = T;
        provinces(period, "VB1");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        Events.submission("VB1", fw, period, t, values("A1", 80, "B1", 40));
        await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> j != null && Math.abs(score(j, "VB1") - 0.6) < 1e-12);
        for (String bad : List.of("0", "-1", "abc", "1.5", "99999999999")) {
            for (String p : List.of(path(fw, period), path(fw, period) + "/units/VB1")) {
                Api.as("committee").queryParam("version", bad).get(p).then().statusCode(400)
                        .contentType("application/problem+json").body("detail", containsString("version must be a positive whole number"));
            }
        }
        for (String p : List.of(path(fw, period), path(fw, period) + "/units/VB1", path(fw, period) + "?node=A1")) {
            Api.as("committee").get(p + (p.contains("?") ? "&" : "?") + "version=100000").then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString("Version 100000"));
        }
        Api.as("committee").get(path("T-NO-SUCH-FRAMEWORK", period) + "/versions").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as("committee").get(path(fw, period) + "/versions?page=-1").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("page"));
        Api.as("committee").get(path(fw, period) + "/versions?size=201").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("size"));
        Api.as("committee").get(path(fw, period) + "/versions?basis=final").then().statusCode(400)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().get(path(fw, period) + "/versions").then().statusCode(401);
        // a submitter reads another unit's profile at no version
        Api.as("submitter").get(path(fw, period) + "/units/VB1?version=1").then().statusCode(403);
    }

    @Test
    void retentionDropsOldVersionsButNeverTheLatestAndADroppedVersionAnswers410() {
        String period = "2075";
        String fw = fw("T-VRET");
        OffsetDateTime t = T;
        provinces(period, "VR1");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        // three versions at least, one per submission (each awaited)
        for (int i = 1; i <= 3; i++) {
            double a1 = 10 * i;
            Events.submission("VR1", fw, period, t.plusDays(i), values("A1", a1, "B1", 0));
            await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> j != null && Math.abs(score(j, "VR1") - a1 / 200) < 1e-12);
        }
        int latest = standings(fw, period, "").getInt("version");
        assertThat(latest).isGreaterThanOrEqualTo(3);
        byte[] latestBody = bytes(fw, period, "");
        byte[] keptBody = bytes(fw, period, "?version=" + (latest - 1));
        // every version is "old" but one that is newer than the cutoff
        OffsetDateTime cutoff = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        db.execute("update standings_version set computed_at = ? where framework_code = ?", cutoff.minusDays(1), fw);
        db.execute("update standings_version set computed_at = ? where framework_code = ? and version = ?", cutoff.plusDays(1), fw,
                latest - 1);

        long dropped = retention.purge(cutoff);

        // versions 1 .. latest-2 dropped (at least 2, in batches of 5 in tests); latest-1 is newer; the latest never goes
        assertThat(dropped).isEqualTo(latest - 2);
        assertThat(db.count("select count(*) from standings_version where framework_code = ?", fw)).isEqualTo(2);
        assertThat(db.count("select count(*) from standings_version_dropped where framework_code = ?", fw)).isEqualTo(latest - 2);
        for (int v = 1; v <= latest - 2; v++) {
            for (String query : List.of("?version=" + v, "?version=" + v + "&node=A1", "/units/VR1?version=" + v)) {
                String p = query.startsWith("/") ? path(fw, period) + query : path(fw, period) + query;
                Api.as("committee").get(p).then().statusCode(410).contentType("application/problem+json")
                        .body("status", equalTo(410)).body("detail", containsString("Version " + v));
            }
            assertThat(repository.findVersion(fw, period, "submitted", v)).isEmpty();
            assertThat(repository.isDropped(fw, period, "submitted", v)).isTrue();
        }
        assertThat(bytes(fw, period, "?version=" + (latest - 1))).isEqualTo(keptBody);
        assertThat(bytes(fw, period, "?version=" + latest)).isEqualTo(latestBody);
        assertThat(bytes(fw, period, "")).isEqualTo(latestBody);
        Api.as("committee").get(path(fw, period) + "?version=" + (latest + 1000)).then().statusCode(404);
        // the list keeps the dropped versions, marked
        JsonPath list = JsonPath.from(Api.as("committee").get(path(fw, period) + "/versions?size=200").then().statusCode(200)
                .extract().asString());
        assertThat(list.getInt("total")).isEqualTo(latest);
        assertThat(list.getString("items.find { it.version == 1 }.droppedAt")).isNotNull();
        assertThat(list.getString("items.find { it.version == " + latest + " }.droppedAt")).isNull();
        // a second run finds nothing; a later version makes the old latest droppable in turn
        assertThat(retention.purge(cutoff)).isZero();
        Events.submission("VR1", fw, period, t.plusDays(10), values("A1", 100, "B1", 0));
        await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> j.getInt("version") > latest);
        db.execute("update standings_version set computed_at = ? where framework_code = ? and version = ?", cutoff.minusDays(1), fw, latest);
        assertThat(retention.purge(cutoff)).isEqualTo(1);
        Api.as("committee").get(path(fw, period) + "?version=" + latest).then().statusCode(410);
    }

    @Test
    void aReleasedVersionIsKeptByRetention() {
        String period = "2076";
        String fw = fw("T-VREL");
        provinces(period, "VL1");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        for (int i = 1; i <= 3; i++) {
            double a1 = 10 * i;
            Events.submission("VL1", fw, period, T.plusDays(i), values("A1", a1, "B1", 0));
            await().atMost(WAIT).until(() -> standings(fw, period, ""), j -> j != null && Math.abs(score(j, "VL1") - a1 / 200) < 1e-12);
        }
        int latest = standings(fw, period, "").getInt("version");
        byte[] first = bytes(fw, period, "?version=1");
        Api.as("committee").contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("frameworkCode", fw, "period", period, "version", 1, "label", "The first, released"))
                .post("/api/v1/releases").then().statusCode(201);
        OffsetDateTime cutoff = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        db.execute("update standings_version set computed_at = ? where framework_code = ?", cutoff.minusDays(1), fw);

        long dropped = retention.purge(cutoff);

        // every old version but the released one and the latest
        assertThat(dropped).isEqualTo(latest - 2);
        assertThat(bytes(fw, period, "?version=1")).isEqualTo(first);
        assertThat(repository.isDropped(fw, period, "submitted", 1)).isFalse();
        Api.as("committee").get(path(fw, period) + "?version=2").then().statusCode(410);
    }
}
