package vn.dti.ranking.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dti.ranking.repository.StandingsRepository.Key;

/** The recompute worker's pacing and back-off rules, on explicit times (no waiting). */
class RecomputeScheduleTest {

    static final long MS = 1_000_000L;
    static final Key A = new Key("FW-A", "2030");
    static final Key B = new Key("FW-B", "2030");

    final RecomputeSchedule schedule = new RecomputeSchedule(100 * MS, 1_000 * MS, 60_000 * MS);

    @Test
    void aKeyIsPacedOnlyAgainstItsOwnPreviousRecompute() {
        long t = 5_000 * MS;
        assertThat(schedule.wait(A, t)).as("never recomputed: at once").isZero();
        schedule.recomputed(A, t);
        assertThat(schedule.wait(A, t + 30 * MS)).isEqualTo(70 * MS);
        assertThat(schedule.wait(B, t + 30 * MS)).as("another key does not wait for A").isZero();
        schedule.recomputed(B, t + 30 * MS);
        assertThat(schedule.wait(A, t + 100 * MS)).isZero();
        assertThat(schedule.wait(B, t + 100 * MS)).isEqualTo(30 * MS);
    }

    @Test
    void aRecomputeThatFoundNothingToDoIsNotPaced() {
        long t = 5_000 * MS;
        schedule.succeeded(A);
        assertThat(schedule.wait(A, t)).isZero();
        assertThat(schedule.size()).isZero();
    }

    @Test
    void aFailingKeyBacksOffExponentiallyUpToTheMaximumAndASuccessEndsIt() {
        long t = 0;
        assertThat(schedule.failed(A, t)).isEqualTo(1);
        assertThat(schedule.wait(A, t)).isEqualTo(1_000 * MS);
        assertThat(schedule.wait(B, t)).as("the others go on").isZero();
        assertThat(schedule.failed(A, t)).isEqualTo(2);
        assertThat(schedule.wait(A, t)).isEqualTo(2_000 * MS);
        assertThat(schedule.failed(A, t)).isEqualTo(3);
        assertThat(schedule.wait(A, t)).isEqualTo(4_000 * MS);
        for (int i = 4; i <= 40; i++) {
            assertThat(schedule.failed(A, t)).isEqualTo(i);
        }
        assertThat(schedule.wait(A, t)).as("capped").isEqualTo(60_000 * MS);
        assertThat(schedule.backoff(7)).isEqualTo(60_000 * MS);
        assertThat(schedule.backoff(6)).isEqualTo(32_000 * MS);

        assertThat(schedule.recomputed(A, 100_000 * MS)).as("failures ended").isEqualTo(40);
        assertThat(schedule.wait(A, 100_000 * MS + 100 * MS)).isZero();
        assertThat(schedule.failed(A, 200_000 * MS)).as("counting starts again").isEqualTo(1);
    }

    @Test
    void pruningForgetsOldStartsAndFailuresOfKeysNoLongerDirty() {
        long t = 1_000 * MS;
        schedule.recomputed(A, t);
        schedule.failed(B, t);
        schedule.prune(t + 50 * MS, List.of(A, B));
        assertThat(schedule.size()).isEqualTo(2);
        schedule.prune(t + 100 * MS, List.of(B));
        assertThat(schedule.size()).as("A's start is a window old").isEqualTo(1);
        assertThat(schedule.wait(B, t + 100 * MS)).isEqualTo(900 * MS);
        schedule.prune(t + 100 * MS, List.of());
        assertThat(schedule.size()).isZero();
    }
}
