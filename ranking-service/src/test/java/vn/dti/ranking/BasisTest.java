package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Standings on two bases (DESIGN §11), events in on the real broker: a framework with requireApproval
 * counts, per unit, the values as of its latest approved submission in the approved standings (its
 * default), while basis=submitted shows every accepted value at once.
 */
@QuarkusTest
class BasisTest {

    /** R = mean(A1, B1), both goalposts 0..100; ranks on 4 decimals; a missing value counts 0. */
    static final String CHILDREN = """
            {"code": "A1", "name": "Rate", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
               "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}},
            {"code": "B1", "name": "Share", "weight": 1, "indicator": {"unit": "PERCENT", "min": 0, "max": 100,
               "normalization": {"method": "GOALPOSTS", "low": 0, "high": 100}}}""";
    static final Duration WAIT = Duration.ofSeconds(30);

    static JsonPath standings(String fw, String basis) {
        var r = Api.as("committee").get("/api/v1/standings/" + fw + "/2045" + (basis == null ? "" : "?basis=" + basis));
        return r.statusCode() == 200 ? Api.json(r.asString()) : null;
    }

    static double score(JsonPath s, String unit) {
        return s.getDouble("entries.find { it.unitCode == '" + unit + "' }.score");
    }

    @Test
    void approvedValuesCountOnlyOnceApprovedAndANewerSubmissionWaitsForItsOwnApproval() {
        String fw = "T-APPR-" + Long.toString(System.nanoTime() % 100_000);
        OffsetDateTime t = OffsetDateTime.parse("2046-02-01T08:00:00+07:00");
        Events.unit("BA1", "Tỉnh Một", "2045-01-01", "2045-12-31");
        Events.unit("BA2", "Tỉnh Hai", "2045-01-01", "2045-12-31");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN).replace("\"targets\"", "\"requireApproval\": true, \"targets\""));
        String s1 = Events.submissionWithId(UUID.randomUUID().toString(), "BA1", fw, "2045", t, values("A1", 80, "B1", 40));
        Events.submission("BA2", fw, "2045", t, values("A1", 60, "B1", 20));

        // submitted: BA1 (0.8 + 0.4) / 2 = 0.6, BA2 (0.6 + 0.2) / 2 = 0.4; approved (the default): nothing yet
        JsonPath submitted = await().atMost(WAIT).until(() -> standings(fw, "submitted"),
                j -> j != null && j.getList("entries.unitCode").containsAll(java.util.List.of("BA1", "BA2")) && score(j, "BA2") > 0.39);
        assertThat(submitted.getString("basis")).isEqualTo("submitted");
        assertThat(score(submitted, "BA1")).isCloseTo(0.6, within(1e-12));
        JsonPath first = await().atMost(WAIT).until(() -> standings(fw, null),
                j -> j != null && j.getList("entries.unitCode").containsAll(java.util.List.of("BA1", "BA2")));
        JsonPath approved = first;
        assertThat(approved.getString("basis")).isEqualTo("approved");
        assertThat(score(approved, "BA1")).isEqualTo(0.0);
        assertThat(approved.getInt("entries.find { it.unitCode == 'BA1' }.missing")).isEqualTo(2);
        assertThat(approved.getInt("entries.find { it.unitCode == 'BA2' }.missing")).isEqualTo(2);

        // approve S1: it counts in the approved standings
        Events.review("BA1", fw, "2045", s1, "APPROVE", t.plusHours(1));
        approved = await().atMost(WAIT).until(() -> standings(fw, null), j -> score(j, "BA1") > 0.59);
        assertThat(score(approved, "BA1")).isCloseTo(0.6, within(1e-12));
        assertThat(approved.getList("entries.unitCode").indexOf("BA1")).isZero(); // the only unit with approved values
        assertThat(score(approved, "BA2")).isEqualTo(0.0);
        int approvedVersion = approved.getInt("version");

        // a newer submission (A1 only): submitted shows it at once, approved keeps S1's values
        String s3 = Events.submissionWithId(UUID.randomUUID().toString(), "BA1", fw, "2045", t.plusDays(1), values("A1", 100));
        await().atMost(WAIT).until(() -> standings(fw, "submitted"), j -> Math.abs(score(j, "BA1") - 0.7) < 1e-12);
        JsonPath still = await().atMost(WAIT).until(() -> standings(fw, "approved"), j -> j.getInt("version") > approvedVersion);
        assertThat(score(still, "BA1")).isCloseTo(0.6, within(1e-12));
        // a returned submission does not count either
        Events.review("BA1", fw, "2045", s3, "RETURN", t.plusDays(1).plusHours(1));
        // approve S3: its A1 (100) with S1's B1 (40), the latest of each up to S3: (1.0 + 0.4) / 2 = 0.7
        Events.review("BA1", fw, "2045", s3, "APPROVE", t.plusDays(2));
        approved = await().atMost(WAIT).until(() -> standings(fw, null), j -> Math.abs(score(j, "BA1") - 0.7) < 1e-12);
        assertThat(approved.getString("basis")).isEqualTo("approved");
        int beforeS4 = approved.getInt("version");

        // S4 lowers A1 to 10 and is returned: submitted (0.1 + 0.4) / 2 = 0.25; approved stays 0.7
        String s4 = Events.submissionWithId(UUID.randomUUID().toString(), "BA1", fw, "2045", t.plusDays(3), values("A1", 10));
        Events.review("BA1", fw, "2045", s4, "RETURN", t.plusDays(3).plusHours(1));
        await().atMost(WAIT).until(() -> standings(fw, "submitted"), j -> Math.abs(score(j, "BA1") - 0.25) < 1e-12);
        JsonPath after = await().atMost(WAIT).until(() -> standings(fw, "approved"),
                j -> j.getInt("version") > beforeS4);
        assertThat(score(after, "BA1")).isCloseTo(0.7, within(1e-12));

        // the profile reads the same basis
        Api.as("committee").get("/api/v1/standings/" + fw + "/2045/units/BA1").then().statusCode(200)
                .body("basis", org.hamcrest.Matchers.equalTo("approved"));
        JsonPath profile = Api.json(Api.as("committee").get("/api/v1/standings/" + fw + "/2045/units/BA1?basis=submitted")
                .then().statusCode(200).extract().asString());
        assertThat(profile.getString("basis")).isEqualTo("submitted");
        assertThat(profile.getDouble("score")).isCloseTo(0.25, within(1e-12));
        Api.as("committee").get("/api/v1/standings/" + fw + "/2045?basis=final").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void withoutRequireApprovalBothBasesAreTheSubmittedStandings() {
        String fw = "T-NOAPPR-" + Long.toString(System.nanoTime() % 100_000);
        OffsetDateTime t = OffsetDateTime.parse("2046-02-01T08:00:00+07:00");
        Events.unit("BA1", "Tỉnh Một", "2045-01-01", "2045-12-31");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        Events.submission("BA1", fw, "2045", t, values("A1", 50, "B1", 50));
        JsonPath dflt = await().atMost(WAIT).until(() -> standings(fw, null),
                j -> j != null && j.getList("entries.unitCode").contains("BA1") && score(j, "BA1") > 0.49);
        assertThat(dflt.getString("basis")).isEqualTo("submitted");
        JsonPath approved = standings(fw, "approved");
        assertThat(approved.getString("basis")).isEqualTo("submitted");
        assertThat(approved.getInt("version")).isEqualTo(dflt.getInt("version"));
        assertThat(score(approved, "BA1")).isCloseTo(0.5, within(1e-12));
    }
}
