package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.submitter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.dti.testing.events.CloudEvents;
import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/**
 * Disputes (DESIGN §12) against releases consumed from the real broker: filing, reading, resolving
 * (once, also under concurrency), bad input, and the follow-up of an upheld dispute — the admin
 * correction and the next release revision — with the dti.dispute.changed.v1 events it emits.
 */
@QuarkusTest
class DisputeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String FW = Api.FW;

    @Inject
    Db db;

    /** Publishes a release and waits until this service holds it. */
    private UUID release(String period, int revision, UUID supersedes, String... units) {
        UUID id = UUID.randomUUID();
        Releases.publish(id, FW, period, revision, 10 + revision, supersedes, units);
        await().atMost(WAIT).until(() -> db.count("release", "id = '" + id + "'") == 1);
        return id;
    }

    private static String dispute(UUID releaseId, String unit, String indicator, String reason) {
        return "{\"releaseId\": \"" + releaseId + "\", \"unitCode\": \"" + unit + "\""
                + (indicator == null ? "" : ", \"indicatorCode\": \"" + indicator + "\"")
                + ", \"reason\": " + JSON.valueToTree(reason) + "}";
    }

    private static String file(RequestSpecification who, String body) {
        return who.contentType(ContentType.JSON).body(body).post("/api/v1/disputes").then().statusCode(201).extract().path("id");
    }

    private static Response resolve(String role, String id, String decision, String comment) {
        return as(role).contentType(ContentType.JSON)
                .body("{\"decision\": \"" + decision + "\", \"comment\": " + JSON.valueToTree(comment) + "}")
                .post("/api/v1/disputes/" + id + "/resolution");
    }

    @Test
    void aSubmitterContestsItsResultAndAReviewerResolvesItOnce() {
        UUID releaseId = release("2042", 1, null, "01", "04", "08");
        Response created = submitter("04").contentType(ContentType.JSON)
                .body(dispute(releaseId, "04", "OPS_TIMELY_RATE", "  The portal report gives 98.01 %, not 89.01 %.  "))
                .post("/api/v1/disputes");
        created.then().statusCode(201).contentType(ContentType.JSON)
                .body("releaseId", equalTo(releaseId.toString())).body("frameworkCode", equalTo(FW)).body("period", equalTo("2042"))
                .body("revision", is(1)).body("unitCode", equalTo("04")).body("indicatorCode", equalTo("OPS_TIMELY_RATE"))
                .body("reason", equalTo("The portal report gives 98.01 %, not 89.01 %.")).body("status", equalTo("OPEN"))
                .body("filedBy", equalTo("submitter-04")).body("resolution", nullValue())
                .body("correctionSubmissionId", nullValue()).body("revisedReleaseId", nullValue());
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/disputes/" + id);
        String other = file(as("admin"), dispute(releaseId, "08", null, "Our e-invoice share was counted for the wrong year."));

        // who reads what: the unit itself and every reading role; another unit gets 404, not 403
        submitter("04").get("/api/v1/disputes/" + id).then().statusCode(200).body("id", equalTo(id));
        as("committee").get("/api/v1/disputes/" + id).then().statusCode(200).body("status", equalTo("OPEN"));
        submitter("08").get("/api/v1/disputes/" + id).then().statusCode(404).contentType("application/problem+json");
        as("reviewer").get("/api/v1/disputes/" + UUID.randomUUID()).then().statusCode(404);
        as("reviewer").get("/api/v1/disputes/not-a-uuid").then().statusCode(404);
        as("reviewer").queryParam("frameworkCode", FW).queryParam("period", "2042").get("/api/v1/disputes")
                .then().statusCode(200).body("disputes.id", containsInAnyOrder(id, other));
        submitter("04").queryParam("period", "2042").get("/api/v1/disputes")
                .then().statusCode(200).body("disputes.id", containsInAnyOrder(id));
        as("committee").queryParam("period", "2042").queryParam("status", "REJECTED").get("/api/v1/disputes")
                .then().statusCode(200).body("disputes", hasSize(0));

        resolve("reviewer", id, "REJECTED", "The portal report of 31 December says 89.01 %.").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("resolution.decision", equalTo("REJECTED"))
                .body("resolution.comment", equalTo("The portal report of 31 December says 89.01 %."))
                .body("resolution.resolvedBy", equalTo("reviewer")).body("correctionSubmissionId", nullValue());
        resolve("admin", id, "UPHELD", "Changed my mind").then().statusCode(409).contentType("application/problem+json")
                .body("status", is(409));
        as("reviewer").get("/api/v1/disputes/" + id).then().body("status", equalTo("REJECTED"));
        as("committee").queryParam("period", "2042").queryParam("status", "REJECTED").get("/api/v1/disputes")
                .then().statusCode(200).body("disputes.id", containsInAnyOrder(id));

        // who may do what
        as("committee").contentType(ContentType.JSON).body(dispute(releaseId, "01", null, "x")).post("/api/v1/disputes")
                .then().statusCode(403);
        resolve("committee", other, "UPHELD", "ok").then().statusCode(403);
        submitter("08").contentType(ContentType.JSON).body("{\"decision\": \"UPHELD\", \"comment\": \"mine\"}")
                .post("/api/v1/disputes/" + other + "/resolution").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/disputes").then().statusCode(401);

        List<JsonNode> events = disputeEvents(id, 2);
        assertThat(events).extracting(e -> e.get("change").asText()).containsExactly("FILED", "RESOLVED");
        assertThat(events.get(1).get("resolution").get("decision").asText()).isEqualTo("REJECTED");
    }

    @Test
    void badInputIsRefusedWithEveryProblemAtOnceAndStoresNothing() {
        UUID releaseId = release("2043", 1, null, "01", "04");
        String before = db.count("dispute") + "/" + db.count("outbox_event");

        problems(as("admin"), dispute(UUID.randomUUID(), "04", null, "wrong"), 422).body("errors.pointer", containsInAnyOrder("/releaseId"))
                .body("errors[0].code", equalTo("UNKNOWN_RELEASE"));
        problems(as("admin"), dispute(releaseId, "08", null, "wrong"), 422).body("errors.pointer", containsInAnyOrder("/unitCode"))
                .body("errors[0].code", equalTo("UNIT_NOT_IN_RELEASE"));
        problems(as("admin"), dispute(releaseId, "04", "NO_SUCH_INDICATOR", "wrong"), 422)
                .body("errors.pointer", containsInAnyOrder("/indicatorCode")).body("errors[0].code", equalTo("UNKNOWN_INDICATOR"));
        problems(as("admin"), dispute(releaseId, "04", null, "   "), 422).body("errors.pointer", containsInAnyOrder("/reason"));
        problems(as("admin"), dispute(releaseId, "04", null, "x".repeat(2001)), 422).body("errors.pointer", containsInAnyOrder("/reason"))
                .body("errors[0].code", equalTo("TOO_LONG"));
        problems(as("admin"), "{\"releaseId\": \"" + releaseId + "\", \"unitCode\": \"04\", \"reason\": \"r\", \"severity\": 3}", 422)
                .body("errors.pointer", containsInAnyOrder("/severity")).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
        problems(as("admin"), "[]", 422).body("errors[0].pointer", equalTo(""));
        // every problem of one body in one answer
        problems(submitter("08"), "{\"releaseId\": \"" + releaseId + "\", \"unitCode\": \"08\", \"indicatorCode\": \"NOPE\", "
                + "\"reason\": \"\", \"extra\": true}", 422)
                .body("errors.pointer", containsInAnyOrder("/extra", "/unitCode", "/indicatorCode", "/reason"));
        problems(submitter("04"), "{\"releaseId\": \"not-a-uuid\", \"unitCode\": \"04\"}", 422)
                .body("errors.pointer", containsInAnyOrder("/releaseId", "/reason"));
        // a submitter naming another unit: 403 whatever else is wrong
        problems(submitter("01"), dispute(releaseId, "04", "NOPE", ""), 403);

        String open = file(as("admin"), dispute(releaseId, "01", null, "Counted twice."));
        String afterFiling = db.count("dispute") + "/" + db.count("outbox_event");
        resolveProblems(open, "{\"decision\": \"UPHELD\"}", 422).body("errors.pointer", containsInAnyOrder("/comment"));
        resolveProblems(open, "{\"decision\": \"UPHELD\", \"comment\": \"  \"}", 422).body("errors.pointer", containsInAnyOrder("/comment"));
        resolveProblems(open, "{\"decision\": \"MAYBE\", \"comment\": \"c\", \"by\": \"me\"}", 422)
                .body("errors.pointer", containsInAnyOrder("/decision", "/by"));
        resolveProblems(UUID.randomUUID().toString(), "{\"decision\": \"UPHELD\", \"comment\": \"c\"}", 404);
        as("reviewer").queryParam("status", "CLOSED").get("/api/v1/disputes").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(db.count("dispute") + "/" + db.count("outbox_event")).isEqualTo(afterFiling);
        assertThat(db.count("dispute", "status = 'OPEN' and id = '" + open + "'")).isEqualTo(1);
        assertThat(afterFiling).isNotEqualTo(before);
    }

    private static io.restassured.response.ValidatableResponse problems(RequestSpecification who, String body, int status) {
        return who.contentType(ContentType.JSON).body(body).post("/api/v1/disputes").then().statusCode(status)
                .contentType("application/problem+json");
    }

    private static io.restassured.response.ValidatableResponse resolveProblems(String id, String body, int status) {
        return as("reviewer").contentType(ContentType.JSON).body(body).post("/api/v1/disputes/" + id + "/resolution").then()
                .statusCode(status).contentType("application/problem+json");
    }

    @Test
    void twoConcurrentResolutionsGiveOne200AndOne409() throws Exception {
        UUID releaseId = release("2044", 1, null, "01", "04");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = file(submitter("04"), dispute(releaseId, "04", null, "Round " + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String decision : List.of("UPHELD", "REJECTED")) {
                    Callable<Integer> resolve = () -> {
                        start.await();
                        return resolve("reviewer", id, decision, "decided " + decision).statusCode();
                    };
                    answers.add(pool.submit(resolve));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> a : answers) {
                    statuses.add(a.get());
                }
                assertThat(statuses).containsExactlyInAnyOrder(200, 409);
                // the stored decision is the winner's, and only one RESOLVED event was written
                assertThat(db.count("outbox_event", "aggregate_id = '" + id + "' and event_type = 'dti.dispute.changed.v1'"))
                        .isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpheldDisputeNamesTheAdminCorrectionAndTheNextRevision() throws Exception {
        String period = "2041";
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Api.schedule(period, now.minusDays(20), now.minusDays(10));
        UUID first = release(period, 1, null, "04", "08", "11");
        String byUnit = file(submitter("04"), dispute(first, "04", "OPS_TIMELY_RATE", "98.01 %, not 89.01 %."));
        String byAdmin = file(as("admin"), dispute(first, "04", null, "The unit's result as a whole."));
        String rejected = file(submitter("08"), dispute(first, "08", null, "We are better than that."));
        String stillOpen = file(submitter("11"), dispute(first, "11", null, "Not looked at yet."));
        resolve("reviewer", byUnit, "UPHELD", "Confirmed against the portal report.").then().statusCode(200);
        resolve("admin", byAdmin, "UPHELD", "Same cause.").then().statusCode(200);
        resolve("reviewer", rejected, "REJECTED", "The data says otherwise.").then().statusCode(200);

        // a revision that arrives before any correction answers nothing
        UUID second = release(period, 2, first, "04", "08", "11");
        as("reviewer").get("/api/v1/disputes/" + byUnit).then().body("revisedReleaseId", nullValue());

        // the admin corrects the closed period (DESIGN §11): the upheld disputes of unit 04 name it
        String correction = as("admin").contentType(ContentType.JSON).body("""
                {"unitCode": "04", "frameworkCode": "DTI-PROVINCE", "period": "%s", "correctionReason": "Dispute upheld: typing error",
                 "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": 98.01}]}""".formatted(period))
                .post("/api/v1/submissions").then().statusCode(201).body("correction", is(true)).extract().path("id");
        for (String id : List.of(byUnit, byAdmin)) {
            as("reviewer").get("/api/v1/disputes/" + id).then().statusCode(200)
                    .body("correctionSubmissionId", equalTo(correction)).body("revisedReleaseId", nullValue());
        }
        as("reviewer").get("/api/v1/disputes/" + rejected).then().body("correctionSubmissionId", nullValue());

        // the next revision names the upheld, corrected disputes only
        UUID third = release(period, 3, second, "04", "08", "11");
        for (String id : List.of(byUnit, byAdmin)) {
            as("reviewer").get("/api/v1/disputes/" + id).then().statusCode(200)
                    .body("status", equalTo("UPHELD")).body("correctionSubmissionId", equalTo(correction))
                    .body("revisedReleaseId", equalTo(third.toString()));
        }
        for (String id : List.of(rejected, stillOpen)) {
            as("reviewer").get("/api/v1/disputes/" + id).then().body("correctionSubmissionId", nullValue())
                    .body("revisedReleaseId", nullValue());
        }
        as("committee").queryParam("period", period).queryParam("status", "UPHELD").get("/api/v1/disputes").then()
                .body("disputes.revisedReleaseId", everyItem(equalTo(third.toString())));

        List<JsonNode> events = disputeEvents(byUnit, 4);
        assertThat(events).extracting(e -> e.get("change").asText()).containsExactly("FILED", "RESOLVED", "CORRECTED", "REVISED");
        JsonNode revised = events.get(3);
        assertThat(revised.get("correctionSubmissionId").asText()).isEqualTo(correction);
        assertThat(revised.get("revisedReleaseId").asText()).isEqualTo(third.toString());
        assertThat(revised.get("releaseId").asText()).isEqualTo(first.toString());
        assertThat(revised.get("unitCode").asText()).isEqualTo("04");
    }

    @Test
    void standingsVersionsOnTheReleaseTopicAreSkippedAndAReleaseIsKeptOnce() throws Exception {
        String period = "2045";
        String key = FW + "/" + period;
        String standingsId = CloudEvents.send("dti.standings", key, "dti.standings.recomputed.v1",
                Releases.standings(FW, period, 3, "01", "04").toString());
        String poisonId = UUID.randomUUID().toString();
        CloudEvents.sendRaw("dti.standings", key, "{}".getBytes(StandardCharsets.UTF_8), CloudEvents.ceHeaders(poisonId, "dti.release.withdrawn.v9"));
        UUID releaseId = UUID.randomUUID();
        String payload = Releases.payload(releaseId, FW, period, 1, 3, null, "01", "04");
        String ceId = UUID.randomUUID().toString();
        CloudEvents.sendWithId(ceId, "dti.standings", key, "dti.release.published.v1", payload);
        CloudEvents.sendWithId(ceId, "dti.standings", key, "dti.release.published.v1", payload); // redelivered
        CloudEvents.send("dti.standings", key, "dti.release.published.v1", payload); // the same release under another ce_id
        await().atMost(WAIT).until(() -> db.count("release", "id = '" + releaseId + "'") == 1);

        try (TopicReader dlq = new TopicReader("dti.indicator.dlq")) {
            List<TopicReader.Event> dead = dlq.readUntil(seen -> seen.stream().anyMatch(e -> poisonId.equals(e.headers().get("ce_id"))), WAIT)
                    .stream().filter(e -> key.equals(e.key())).toList();
            // the unknown type is poison; the standings version, a type of the contract this service does not consume, is not
            assertThat(dead).extracting(e -> e.headers().get("ce_id")).contains(poisonId).doesNotContain(standingsId);
            assertThat(dead.stream().filter(e -> poisonId.equals(e.headers().get("ce_id"))).findFirst().orElseThrow()
                    .headers().get("dti_dlq_reason")).isEqualTo("unknown ce_type dti.release.withdrawn.v9");
        }
        await().atMost(WAIT).until(() -> db.count("processed_event", "event_type = 'dti.release.published.v1' and topic = 'dti.standings'") >= 1);
        assertThat(db.count("release", "id = '" + releaseId + "'")).isEqualTo(1);
        assertThat(db.count("release_unit", "release_id = '" + releaseId + "'")).isEqualTo(2);
        assertThat(db.count("processed_event", "event_id = '" + standingsId + "'")).isZero();
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-consumer' }.status", is("UP"));
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("dti_consumer_skipped_total{type=\"dti.standings.recomputed.v1\"",
                // the release applied is counted in the plumbing's freshness timers (docs/operations.md "Freshness")
                "dti_freshness_event_applied_seconds_count{topic=\"dti.standings\",type=\"dti.release.published.v1\"}",
                "dti_freshness_event_delivered_seconds_count{topic=\"dti.standings\",type=\"dti.release.published.v1\"}");
    }

    /** The dti.dispute.changed.v1 events of one dispute, in topic order, each valid against the schema and keyed by its unit. */
    private static List<JsonNode> disputeEvents(String disputeId, int expected) {
        try (TopicReader reader = new TopicReader("dti.submissions")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> ofDispute(seen, disputeId).size() >= expected, WAIT);
            List<TopicReader.Event> ours = ofDispute(events, disputeId);
            assertThat(ours).hasSize(expected);
            List<JsonNode> payloads = new ArrayList<>();
            for (TopicReader.Event e : ours) {
                assertThat(EventSchemas.validate("dti.dispute.changed.v1", e.value())).as(e.value()).isEmpty();
                assertThat(e.headers()).containsEntry("ce_subject", disputeId).containsEntry("ce_source", "/dti/indicator-service");
                JsonNode p = JSON.readTree(e.value());
                assertThat(e.key()).isEqualTo(p.get("unitCode").asText());
                payloads.add(p);
            }
            return payloads;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<TopicReader.Event> ofDispute(List<TopicReader.Event> events, String disputeId) {
        return events.stream().filter(e -> "dti.dispute.changed.v1".equals(e.headers().get("ce_type")))
                .filter(e -> e.value().contains("\"disputeId\":\"" + disputeId + "\"")).toList();
    }
}
