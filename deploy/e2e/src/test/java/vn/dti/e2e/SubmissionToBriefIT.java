package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A province's submission travels through the whole suite: standings, then a committee brief. */
class SubmissionToBriefIT {

    private static final String PERIOD = "2021";

    private final Suite suite = Suite.get();
    private final Client client = new Client(suite);

    @Test
    void aSubmissionAppearsInTheStandingsAndInANewBriefAndADuplicatePostChangesNothing() throws Exception {
        SplittableRandom random = new SplittableRandom(21);
        for (String unit : List.of("01", "79")) {
            client.submit(client.submission(unit, PERIOD, 24, random), null).then().statusCode(201);
        }
        Map<String, Object> daNang = client.submission("48", PERIOD, 24, random);
        Response accepted = client.submit(daNang, "e2e-48-2021");
        accepted.then().statusCode(201);
        String submissionId = accepted.path("id");

        // The standings include Đà Nẵng, fully reported, within moments.
        JsonNode standings = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.standings(suite.ranking, PERIOD), s -> s != null && entry(s, "48") != null
                        && entry(s, "48").get("complete").asBoolean());
        assertThat(standings.get("unitCount").asInt()).isEqualTo(63);
        assertThat(entry(standings, "48").get("unitName").asText()).isEqualTo("Đà Nẵng");
        assertThat(entry(standings, "48").get("score").asDouble()).isBetween(0.0, 1.0);
        long version = standings.get("version").asLong();

        // A brief made now uses those standings and names the unit, diacritics intact.
        Response brief = client.as("committee", null, suite.report).contentType(ContentType.JSON)
                .body(Map.of("title", "Phiên họp e2e", "meetingDate", "2026-12-01", "frameworkCode", Suite.FRAMEWORK,
                        "period", PERIOD, "language", "vi"))
                .post("/api/v1/briefs");
        brief.then().statusCode(201);
        String location = brief.header("Location");
        String json = client.as("committee", null, suite.report).accept(ContentType.JSON).get(location)
                .then().statusCode(200).extract().asString();
        assertThat(json).contains("Đà Nẵng").contains("\"standingsVersion\":" + version);

        // The same post again (same Idempotency-Key, same body): the original answer, nothing new.
        Response replay = client.submit(daNang, "e2e-48-2021");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replay.<String>path("id")).isEqualTo(submissionId);
        client.as("submitter", "48", suite.indicator)
                .get("/api/v1/submissions?unitCode=48&frameworkCode=" + Suite.FRAMEWORK + "&period=" + PERIOD)
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> client.standings(suite.ranking, PERIOD).get("version").asLong(), v -> v == version);
    }

    static JsonNode entry(JsonNode standings, String unit) {
        for (JsonNode e : standings.get("entries")) {
            if (unit.equals(e.get("unitCode").asText())) {
                return e;
            }
        }
        return null;
    }
}
