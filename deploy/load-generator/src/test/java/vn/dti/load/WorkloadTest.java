package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Bodies, tokens and scores are prepared once; the sender only picks them, in a fixed order. */
class WorkloadTest {

    private static final List<DemoData.Indicator> INDICATORS = List.of(
            new DemoData.Indicator("V01", "RATIO", 0.0, 1.0, false),
            new DemoData.Indicator("V02", "RATIO", 0.0, 1.0, false),
            new DemoData.Indicator("V03", "RATIO", 0.0, 1.0, false),
            new DemoData.Indicator("V04", "RATIO", 0.0, 1.0, false));

    private final Workload workload = new Workload("DTI-LOAD-3", "2020", List.of("01", "02", "04"), INDICATORS, 3, 2, 42,
            unit -> "token-of-" + unit);

    @Test
    void requestsGoToTheUnitsInTurnThenToTheNextVariant() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6).stream().map(n -> workload.get(n).unit()))
                .containsExactly("01", "02", "04", "01", "02", "04", "01");
        assertThat(workload.get(3)).as("unit 01's second submission: another body").isNotSameAs(workload.get(0));
        assertThat(workload.get(6)).as("two variants: the third repeats the first").isSameAs(workload.get(0));
        assertThat(workload.all()).hasSize(6).containsExactly(workload.get(0), workload.get(1), workload.get(2),
                workload.get(3), workload.get(4), workload.get(5));
    }

    @Test
    void eachBodyIsTheSubmissionJsonWithTheUnitsPreSignedToken() throws Exception {
        Workload.Submission s = workload.get(1);
        JsonNode body = Api.JSON.readTree(s.json());
        assertThat(body.get("unitCode").asText()).isEqualTo("02");
        assertThat(body.get("frameworkCode").asText()).isEqualTo("DTI-LOAD-3");
        assertThat(body.get("period").asText()).isEqualTo("2020");
        assertThat(body.get("values")).hasSize(3);
        assertThat(body.get("values").get(2).get("indicatorCode").asText()).isEqualTo("V03");
        assertThat(s.authorization()).isEqualTo("Bearer token-of-02");
        assertThat(s.codes()).containsExactly("V01", "V02", "V03");
        assertThat(s.values()[1]).isEqualTo(body.get("values").get(1).get("value").asDouble());
    }

    @Test
    void theExpectedScoreIsTheSumOverAllIndicatorsOfTheFramework() throws Exception {
        Workload.Submission s = workload.get(0);
        double sum = 0;
        for (JsonNode v : Api.JSON.readTree(s.json()).get("values")) {
            sum += v.get("value").asDouble();
        }
        // 3 values posted, 4 indicators in the framework: the missing one counts 0 (missingValues ZERO)
        assertThat(s.expectedScore()).isEqualTo(sum / 4);
    }

    @Test
    void theSameSeedGivesTheSameBodies() {
        Workload again = new Workload("DTI-LOAD-3", "2020", List.of("01", "02", "04"), INDICATORS, 3, 2, 42, unit -> "t");
        assertThat(again.get(4).json()).isEqualTo(workload.get(4).json());
        Workload other = new Workload("DTI-LOAD-3", "2020", List.of("01", "02", "04"), INDICATORS, 3, 2, 43, unit -> "t");
        assertThat(other.get(4).json()).isNotEqualTo(workload.get(4).json());
    }

    @Test
    void receivedAtIsReadFromTheTopLevelOnly() {
        byte[] answer = """
                {"id":"x","values":[{"receivedAt":"nested"}],"receivedAt":"2026-11-30T10:00:00.123Z","late":false}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ReceivedAt.of(answer)).isEqualTo("2026-11-30T10:00:00.123Z");
        assertThat(ReceivedAt.of("{\"id\":1}".getBytes())).isNull();
        assertThat(ReceivedAt.of("not json".getBytes())).isNull();
    }
}
