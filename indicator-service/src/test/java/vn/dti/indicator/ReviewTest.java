package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.as;
import static vn.dti.indicator.Api.submitter;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.dti.testing.events.EventSchemas;
import vn.dti.testing.kafka.TopicReader;

/** Review and approval (DESIGN §11): statuses, decisions, refusals that store nothing, the event. */
@QuarkusTest
class ReviewTest {

    /** A fresh framework per run: the test database outlives a run. */
    static final String FW = "REV-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    static final String DOC = """
            {"code": "%s", "name": "Reviewed framework", "unitType": "PROVINCE", "periodType": "ANNUAL",
             "requireApproval": true,
             "root": {"code": "ROOT", "children": [
               {"code": "RA", "indicator": {"unit": "PERCENT", "min": 0, "max": 100, "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}},
               {"code": "RB", "indicator": {"unit": "COUNT", "normalization": {"method": "MIN_MAX"}}}]}}""".formatted(FW);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Db db;

    @BeforeEach
    void publish() {
        if (as("admin").get("/api/v1/frameworks/" + FW).statusCode() == 404) {
            as("admin").contentType(ContentType.JSON).body(DOC).put("/api/v1/frameworks/" + FW).then().statusCode(201);
            as("admin").post("/api/v1/frameworks/" + FW + "/publish").then().statusCode(200).body("requireApproval", equalTo(true));
        }
    }

    static String submit(String unit, double a, double b) {
        return submitter(unit).contentType(ContentType.JSON).body("""
                {"unitCode": "%s", "frameworkCode": "%s", "period": "2024",
                 "values": [{"indicatorCode": "RA", "value": %s}, {"indicatorCode": "RB", "value": %s}]}""".formatted(unit, FW, a, b))
                .post("/api/v1/submissions").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse decide(String role, String unit, String body) {
        return as(role).contentType(ContentType.JSON).body(body).post("/api/v1/reviews/" + FW + "/2024/" + unit).then();
    }

    String stored() {
        return db.count("review") + "/" + db.count("outbox_event") + "/"
                + db.scalar("select count(*) from submission_series where review_status <> 'SUBMITTED'");
    }

    @Test
    void aSubmissionIsReturnedWithCommentsResubmittedAndApprovedAndEachDecisionIsAnEvent() throws Exception {
        as("reviewer").get("/api/v1/reviews/" + FW + "/2024").then().statusCode(200)
                .body("requireApproval", equalTo(true))
                .body("units.find { it.unitCode == '15' }.status", equalTo("NOT_SUBMITTED"))
                .body("units.find { it.unitCode == '15' }.submissionId", nullValue());

        String first = submit("15", 99.5, 12);
        as("reviewer").get("/api/v1/reviews/" + FW + "/2024").then().statusCode(200)
                .body("units.find { it.unitCode == '15' }.status", equalTo("SUBMITTED"))
                .body("units.find { it.unitCode == '15' }.submissionId", equalTo(first))
                .body("units.find { it.unitCode == '15' }.warnings", hasSize(0));

        decide("reviewer", "15", """
                {"decision": "RETURN", "submissionId": "%s", "comment": "RA looks too high",
                 "valueComments": [{"indicatorCode": "RA", "comment": "99.5 %% is above every other province"}]}""".formatted(first))
                .statusCode(200).body("status", equalTo("RETURNED")).body("reviewedBy", equalTo("reviewer"))
                .body("comment", equalTo("RA looks too high")).body("valueComments[0].indicatorCode", equalTo("RA"));
        // the unit sees its own review, with the comment, and no other unit
        submitter("15").get("/api/v1/reviews/" + FW + "/2024").then().statusCode(200)
                .body("units", hasSize(1)).body("units[0].unitCode", equalTo("15"))
                .body("units[0].status", equalTo("RETURNED")).body("units[0].comment", equalTo("RA looks too high"))
                .body("units[0].valueComments[0].comment", containsString("99.5 %"));

        String second = submit("15", 71.25, 12);
        as("admin").get("/api/v1/reviews/" + FW + "/2024").then().statusCode(200)
                .body("units.find { it.unitCode == '15' }.status", equalTo("SUBMITTED"))
                .body("units.find { it.unitCode == '15' }.submissionId", equalTo(second))
                .body("units.find { it.unitCode == '15' }.reviewedSubmissionId", equalTo(first));
        // approving what the reviewer saw before the new submission is stale
        String before = stored();
        decide("reviewer", "15", "{\"decision\": \"APPROVE\", \"submissionId\": \"" + first + "\"}").statusCode(409)
                .contentType("application/problem+json").body("type", containsString("stale-review"));
        assertThat(stored()).isEqualTo(before);

        decide("admin", "15", "{\"decision\": \"APPROVE\", \"submissionId\": \"" + second + "\"}").statusCode(200)
                .body("status", equalTo("APPROVED")).body("reviewedBy", equalTo("admin")).body("submissionId", equalTo(second));
        as("reviewer").get("/api/v1/reviews/" + FW + "/2024").then().statusCode(200)
                .body("units.find { it.unitCode == '15' }.status", equalTo("APPROVED"))
                .body("units.find { it.unitCode == '15' }.reviewedBy", equalTo("admin"))
                .body("units.find { it.unitCode == '15' }.comment", nullValue());
        assertThat(db.count("review", "unit_code = '15' and framework_code = '" + FW + "'")).isEqualTo(2);

        try (TopicReader reader = new TopicReader("dti.submissions")) {
            List<TopicReader.Event> events = reader.readUntil(seen -> seen.stream()
                    .filter(e -> "dti.review.decided.v1".equals(e.headers().get("ce_type")) && e.value().contains(second)).count() == 1,
                    Duration.ofSeconds(30));
            List<TopicReader.Event> decided = events.stream()
                    .filter(e -> "dti.review.decided.v1".equals(e.headers().get("ce_type"))
                            && (e.value().contains(first) || e.value().contains(second))).toList();
            assertThat(decided).hasSize(2);
            for (TopicReader.Event e : decided) {
                assertThat(e.key()).isEqualTo("15");
                assertThat(EventSchemas.validate("dti.review.decided.v1", e.value())).as(e.value()).isEmpty();
            }
            JsonNode returned = JSON.readTree(decided.get(0).value());
            assertThat(returned.get("decision").asText()).isEqualTo("RETURN");
            assertThat(returned.get("submissionId").asText()).isEqualTo(first);
            assertThat(returned.get("comment").asText()).isEqualTo("RA looks too high");
            JsonNode approved = JSON.readTree(decided.get(1).value());
            assertThat(approved.get("decision").asText()).isEqualTo("APPROVE");
            assertThat(approved.get("reviewedBy").asText()).isEqualTo("admin");
            assertThat(approved.get("frameworkCode").asText()).isEqualTo(FW);
        }
    }

    @Test
    void refusedDecisionsStoreNothing() {
        String id = submit("14", 50, 3);
        String other = submit("19", 40, 2);
        String before = stored();
        // a submitter may not decide, not even on its own unit
        submitter("14").contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"submissionId\": \"" + id + "\"}")
                .post("/api/v1/reviews/" + FW + "/2024/14").then().statusCode(403).contentType("application/problem+json");
        as("committee").contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"submissionId\": \"" + id + "\"}")
                .post("/api/v1/reviews/" + FW + "/2024/14").then().statusCode(403);
        as("committee").get("/api/v1/reviews/" + FW + "/2024").then().statusCode(403);
        // RETURN needs a comment
        decide("reviewer", "14", "{\"decision\": \"RETURN\", \"submissionId\": \"" + id + "\", \"comment\": \"  \"}")
                .statusCode(422).body("errors[0].pointer", equalTo("/comment")).body("errors[0].code", equalTo("REQUIRED"));
        // every problem at once, with pointers
        decide("reviewer", "14", "{\"decision\": \"MAYBE\", \"submissionId\": \"nope\", \"extra\": 1,"
                + " \"valueComments\": [{\"indicatorCode\": \"NOPE\", \"comment\": \"x\"}]}")
                .statusCode(422).body("errors.pointer", org.hamcrest.Matchers.containsInAnyOrder("/extra", "/decision",
                        "/submissionId", "/valueComments/0/indicatorCode"));
        decide("reviewer", "14", "{\"decision\": ").statusCode(400).contentType("application/problem+json");
        // no submission to review
        decide("reviewer", "17", "{\"decision\": \"APPROVE\", \"submissionId\": \"" + id + "\"}").statusCode(404)
                .body("detail", containsString("no submission"));
        decide("reviewer", "ZZ", "{\"decision\": \"APPROVE\", \"submissionId\": \"" + id + "\"}").statusCode(404);
        as("reviewer").contentType(ContentType.JSON).body("{\"decision\": \"APPROVE\", \"submissionId\": \"" + id + "\"}")
                .post("/api/v1/reviews/NO-SUCH/2024/14").then().statusCode(404);
        // another unit's id is stale for this unit
        decide("reviewer", "14", "{\"decision\": \"APPROVE\", \"submissionId\": \"" + other + "\"}").statusCode(409);
        assertThat(stored()).isEqualTo(before);
        assertThat(db.count("review", "framework_code = '" + FW + "'")).isZero();
    }
}
