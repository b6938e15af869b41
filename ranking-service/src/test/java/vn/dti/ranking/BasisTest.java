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
        var r = Api.as("committee").get("/api/v1/standings/" + fw + "/2040" + (basis == null ? "" : "?basis=" + basis));
        return r.statusCode() == 200 ? Api.json(r.asString()) : null;
    }

    static double score(JsonPath s, String unit) {
        return s.getDouble("entries.find { it.unitCode == '" + unit + "' }.score");
    }

    @Test
    void approvedValuesCountOnlyOnceApprovedAndANewerSubmissionWaitsForItsOwnApproval() {
        String fw = "T-APPR-" + Long.toString(System.nanoTime() % 100_000);
        OffsetDateTime t = OffsetDateTime.parse("2041-02-01T08:00:00+07:00");
        Events.unit("P1", "Tỉnh Một", "2040-01-01", "2040-12-31");
        Events.unit("P2", "Tỉnh Hai", "2040-01-01", "2040-12-31");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN).replace("\"targets\"", "\"requireApproval\": true, \"targets\""));
        String s1 = Events.submissionWithId(UUID.randomUUID().toString(), "P1", fw, "2040", t, values("A1", 80, "B1", 40));
        Events.submission("P2", fw, "2040", t, values("A1", 60, "B1", 20));

        // submitted: P1 (0.8 + 0.4) / 2 = 0.6, P2 (0.6 + 0.2) / 2 = 0.4; approved (the default): nothing yet
        JsonPath submitted = await().atMost(WAIT).until(() -> standings(fw, "submitted"),
                j -> j != null && j.getInt("unitCount") == 2 && score(j, "P2") > 0.39);
        assertThat(submitted.getString("basis")).isEqualTo("submitted");
        assertThat(score(submitted, "P1")).isCloseTo(0.6, within(1e-12));
        JsonPath first = await().atMost(WAIT).until(() -> standings(fw, null), j -> j != null && j.getInt("unitCount") == 2);
        JsonPath approved = first;
        assertThat(approved.getString("basis")).isEqualTo("approved");
        assertThat(score(approved, "P1")).isEqualTo(0.0);
        assertThat(approved.getList("entries.missing", Integer.class)).containsExactly(2, 2);

        // approve S1: it counts in the approved standings
        Events.review("P1", fw, "2040", s1, "APPROVE", t.plusHours(1));
        approved = await().atMost(WAIT).until(() -> standings(fw, null), j -> score(j, "P1") > 0.59);
        assertThat(score(approved, "P1")).isCloseTo(0.6, within(1e-12));
        assertThat(approved.getList("entries.unitCode")).containsExactly("P1", "P2");
        assertThat(score(approved, "P2")).isEqualTo(0.0);
        int approvedVersion = approved.getInt("version");

        // a newer submission (A1 only): submitted shows it at once, approved keeps S1's values
        String s3 = Events.submissionWithId(UUID.randomUUID().toString(), "P1", fw, "2040", t.plusDays(1), values("A1", 100));
        await().atMost(WAIT).until(() -> standings(fw, "submitted"), j -> Math.abs(score(j, "P1") - 0.7) < 1e-12);
        JsonPath still = await().atMost(WAIT).until(() -> standings(fw, "approved"), j -> j.getInt("version") > approvedVersion);
        assertThat(score(still, "P1")).isCloseTo(0.6, within(1e-12));
        // a returned submission does not count either
        Events.review("P1", fw, "2040", s3, "RETURN", t.plusDays(1).plusHours(1));
        // approve S3: its A1 (100) with S1's B1 (40), the latest of each up to S3: (1.0 + 0.4) / 2 = 0.7
        Events.review("P1", fw, "2040", s3, "APPROVE", t.plusDays(2));
        approved = await().atMost(WAIT).until(() -> standings(fw, null), j -> Math.abs(score(j, "P1") - 0.7) < 1e-12);
        assertThat(approved.getString("basis")).isEqualTo("approved");
        int beforeS4 = approved.getInt("version");

        // S4 lowers A1 to 10 and is returned: submitted (0.1 + 0.4) / 2 = 0.25; approved stays 0.7
        String s4 = Events.submissionWithId(UUID.randomUUID().toString(), "P1", fw, "2040", t.plusDays(3), values("A1", 10));
        Events.review("P1", fw, "2040", s4, "RETURN", t.plusDays(3).plusHours(1));
        await().atMost(WAIT).until(() -> standings(fw, "submitted"), j -> Math.abs(score(j, "P1") - 0.25) < 1e-12);
        JsonPath after = await().atMost(WAIT).until(() -> standings(fw, "approved"),
                j -> j.getInt("version") > beforeS4);
        assertThat(score(after, "P1")).isCloseTo(0.7, within(1e-12));

        // the profile reads the same basis
        Api.as("committee").get("/api/v1/standings/" + fw + "/2040/units/P1").then().statusCode(200)
                .body("basis", org.hamcrest.Matchers.equalTo("approved"));
        JsonPath profile = Api.json(Api.as("committee").get("/api/v1/standings/" + fw + "/2040/units/P1?basis=submitted")
                .then().statusCode(200).extract().asString());
        assertThat(profile.getString("basis")).isEqualTo("submitted");
        assertThat(profile.getDouble("score")).isCloseTo(0.25, within(1e-12));
        Api.as("committee").get("/api/v1/standings/" + fw + "/2040?basis=final").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void withoutRequireApprovalBothBasesAreTheSubmittedStandings() {
        String fw = "T-NOAPPR-" + Long.toString(System.nanoTime() % 100_000);
        OffsetDateTime t = OffsetDateTime.parse("2041-02-01T08:00:00+07:00");
        Events.unit("P1", "Tỉnh Một", "2040-01-01", "2040-12-31");
        Events.framework(Api.framework(fw, 4, "ZERO", CHILDREN));
        Events.submission("P1", fw, "2040", t, values("A1", 50, "B1", 50));
        JsonPath dflt = await().atMost(WAIT).until(() -> standings(fw, null), j -> j != null && score(j, "P1") > 0.49);
        assertThat(dflt.getString("basis")).isEqualTo("submitted");
        JsonPath approved = standings(fw, "approved");
        assertThat(approved.getString("basis")).isEqualTo("submitted");
        assertThat(approved.getInt("version")).isEqualTo(dflt.getInt("version"));
        assertThat(score(approved, "P1")).isCloseTo(0.5, within(1e-12));
    }
}
