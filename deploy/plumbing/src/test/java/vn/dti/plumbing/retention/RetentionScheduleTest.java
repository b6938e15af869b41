package vn.dti.plumbing.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One schedule runs every purge, each with its own age; one that fails does not stop the others. */
class RetentionScheduleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    record Recording(Duration age, long deletes, List<OffsetDateTime> cutoffs) implements Purge {
        @Override
        public long purge(OffsetDateTime cutoff) {
            cutoffs.add(cutoff);
            return deletes;
        }
    }

    @Test
    void everyPurgeRunsWithTheCutoffOfItsOwnAge() {
        Recording outbox = new Recording(Duration.ofDays(7), 3, new ArrayList<>());
        Recording keys = new Recording(Duration.ofDays(30), 4, new ArrayList<>());
        assertThat(RetentionSchedule.runAll(List.of(outbox, keys), NOW)).isEqualTo(7);
        assertThat(outbox.cutoffs()).containsExactly(NOW.minusDays(7));
        assertThat(keys.cutoffs()).containsExactly(NOW.minusDays(30));
    }

    @Test
    void aPurgeThatFailsDoesNotStopTheOthers() {
        Purge failing = new Purge() {
            @Override
            public Duration age() {
                return Duration.ofDays(1);
            }

            @Override
            public long purge(OffsetDateTime cutoff) {
                throw new IllegalStateException("the database is away");
            }
        };
        Recording after = new Recording(Duration.ofDays(2), 5, new ArrayList<>());
        assertThat(RetentionSchedule.runAll(List.of(failing, after), NOW)).isEqualTo(5);
        assertThat(after.cutoffs()).containsExactly(NOW.minusDays(2));
    }
}
