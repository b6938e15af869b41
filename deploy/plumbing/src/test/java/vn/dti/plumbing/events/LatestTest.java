package vn.dti.plumbing.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a batch leaves per key, whatever order its events came in. */
class LatestTest {

    record Version(String code, int version) {
    }

    @Test
    void keepsThePreferredItemPerKeyInTheOrderKeysWereFirstSeen() {
        List<Version> batch = List.of(new Version("B", 2), new Version("A", 1), new Version("B", 1), new Version("A", 3));
        assertThat(Latest.perKey(batch, Version::code, (held, next) -> next.version() >= held.version() ? next : held))
                .containsExactly(new Version("B", 2), new Version("A", 3));
    }

    @Test
    void theSubmissionReceivedLaterWinsAndATieGoesToTheLargerIdOnEveryReplica() {
        UUID small = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID large = UUID.fromString("00000000-0000-0000-0000-000000000002");
        OffsetDateTime t = OffsetDateTime.parse("2031-03-01T08:00:00+07:00");
        assertThat(Latest.laterSubmission(t.plusSeconds(1), small, t, large)).isTrue();
        assertThat(Latest.laterSubmission(t, large, t.plusSeconds(1), small)).isFalse();
        // the same instant written with another offset is a tie
        assertThat(Latest.laterSubmission(t, large, OffsetDateTime.parse("2031-03-01T01:00:00Z"), small)).isTrue();
        assertThat(Latest.laterSubmission(t, small, OffsetDateTime.parse("2031-03-01T01:00:00Z"), large)).isFalse();
    }

    @Test
    void ofAFrameworkPublishedTwiceTheHigherVersionStaysWhateverTheOrder() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode v2 = json.readTree("{\"code\": \"DTI\", \"version\": 2, \"name\": \"second\"}");
        JsonNode v1 = json.readTree("{\"code\": \"DTI\", \"version\": 1, \"name\": \"first\"}");
        JsonNode other = json.readTree("{\"code\": \"EGDI\", \"version\": 1}");
        assertThat(Latest.highestVersion(List.of(v2, other, v1), "code", "version")).containsExactly(v2, other);
        assertThat(Latest.highestVersion(List.of(v1, v2), "code", "version")).containsExactly(v2);
    }
}
