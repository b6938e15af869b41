package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A standings score names the submission it reflects, even though a unit's prepared bodies repeat. */
class FreshnessMatchTest {

    private static Freshness.Accepted accepted(double score) {
        return new Freshness.Accepted("01", Instant.EPOCH, Instant.EPOCH, score);
    }

    @Test
    void theFirstMatchFromTheLastShownOnIsTheOneAVersionShows() {
        // variants 0.1, 0.2, 0.3 in turn: submission 3 repeats submission 0's body
        List<Freshness.Accepted> unit = List.of(accepted(0.1), accepted(0.2), accepted(0.3), accepted(0.1), accepted(0.2));
        assertThat(Freshness.indexOf(unit, 0.1, 0)).as("before anything was shown: the first, not its later repeat").isZero();
        assertThat(Freshness.indexOf(unit, 0.3, 0)).isEqualTo(2);
        assertThat(Freshness.indexOf(unit, 0.1, 2)).as("after 2 was shown, 0.1 can only be submission 3").isEqualTo(3);
        assertThat(Freshness.indexOf(unit, 0.3, 2)).as("still showing 2").isEqualTo(2);
        assertThat(Freshness.indexOf(unit, 0.7, 0)).as("a score of no submission (an earlier run's)").isEqualTo(-1);
    }
}
