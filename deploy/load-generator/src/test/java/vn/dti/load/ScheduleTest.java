package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The open model's due times: fixed by the rate alone, so a slow answer cannot delay later sends. */
class ScheduleTest {

    @Test
    void requestNIsDueNOverRateAfterTheStart() {
        Schedule s = new Schedule(1_000_000_000L, 200);
        assertThat(s.due(0)).isEqualTo(1_000_000_000L);
        assertThat(s.due(1)).isEqualTo(1_005_000_000L);           // 1/200 s = 5 ms
        assertThat(s.due(200)).isEqualTo(2_000_000_000L);         // one second later: exactly 200 sent
        assertThat(s.due(3)).isEqualTo(1_015_000_000L);
    }

    @Test
    void fractionalPeriodsDoNotDriftOverALongRun() {
        Schedule s = new Schedule(0, 3); // 333,333,333.3 ns apart
        assertThat(s.due(1)).isEqualTo(333_333_333L);
        assertThat(s.due(2)).isEqualTo(666_666_667L);
        assertThat(s.due(3_000_000)).isEqualTo(1_000_000_000_000_000L); // a million seconds: still on time
    }

    @Test
    void countsTheRequestsDueBeforeAMoment() {
        Schedule s = new Schedule(100, 1000); // every 1 ms from t = 100 ns
        assertThat(s.dueBefore(100)).isZero();
        assertThat(s.dueBefore(101)).isEqualTo(1);                // request 0 at t = 100
        assertThat(s.dueBefore(100 + 1_000_000)).isEqualTo(1);    // request 1 is due exactly then, not before
        assertThat(s.dueBefore(100 + 30_000_000_001L)).isEqualTo(30_001);
    }

    @Test
    void latencyCountsFromTheDueTimeNotFromTheSend() {
        // due at 10 ms, sent late at 60 ms (the sender or a full connection pool held it), answered at 70 ms:
        // the caller waited 60 ms, not the 10 ms the wire saw
        assertThat(Schedule.latencyMicros(10_000_000, 70_000_000)).isEqualTo(60_000);
        assertThat(Schedule.latencyMicros(10_000_000, 10_000_000)).as("never 0 in a histogram").isEqualTo(1);
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new Schedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
