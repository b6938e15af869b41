package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Only the version and each entry's unit and score are read from a standings event. */
class StandingsEventTest {

    @Test
    void readsTheVersionAndEachUnitsScoreSkippingTheChildren() throws Exception {
        String body = """
                {"frameworkCode":"DTI-LOAD-20","period":"2020","version":504,"computedAt":"2026-11-30T16:23:39.33Z",
                 "entries":[{"rank":1,"unitCode":"34","unitName":"Thái Bình","score":0.621005,"complete":true,
                             "children":[{"code":"V01","score":0.9022,"rank":4}]},
                            {"rank":2,"unitCode":"01","score":0.5,"children":[{"code":"V01","score":0.1,"unitCode":"x"}]}]}""";
        Freshness.Version v = StandingsEvent.parse(body.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        assertThat(v.version()).isEqualTo(504);
        assertThat(v.scores()).hasSize(2).containsEntry("34", 0.621005).containsEntry("01", 0.5);
        assertThat(v.arrivedAt()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void aBodyWithoutAVersionIsNotAStandingsEvent() {
        assertThatThrownBy(() -> StandingsEvent.parse("{\"entries\":[]}".getBytes(StandardCharsets.UTF_8), Instant.EPOCH))
                .isInstanceOf(IOException.class);
    }
}
