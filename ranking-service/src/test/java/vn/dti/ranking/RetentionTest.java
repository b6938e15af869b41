package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.dti.plumbing.outbox.OutboxConfig;
import vn.dti.plumbing.retention.OutboxRetention;
import vn.dti.plumbing.retention.ProcessedEventsRetention;
import vn.dti.plumbing.retention.Purge;
import vn.dti.plumbing.retention.RetentionConfig;
import vn.dti.plumbing.retention.RetentionSchedule;
import vn.dti.ranking.service.VersionRetention;

/**
 * The retention jobs' purges, called directly (the scheduler is off in tests): only rows older than
 * the cutoff go, in batches of dti.retention.batch-size (5 in tests), and an unsent outbox row never.
 */
@QuarkusTest
class RetentionTest {

    private static final OffsetDateTime CUTOFF = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime OLD = CUTOFF.minusMonths(6);
    private static final OffsetDateTime NEWER = CUTOFF.plusMonths(6);

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig outboxConfig;

    @Inject
    OutboxRetention outboxRetention;

    @Inject
    ProcessedEventsRetention processedEventsRetention;

    @Inject
    RetentionSchedule schedule;

    @Inject
    @Any
    Instance<Purge> purges;

    @Inject
    RetentionConfig retention;

    @Test
    void oneScheduleRunsEachPurgeOfTheServiceWithItsOwnAge() {
        assertThat(purges.stream().map(p -> p.getClass().getSimpleName().replace("_ClientProxy", "")))
                .containsExactlyInAnyOrder(OutboxRetention.class.getSimpleName(), ProcessedEventsRetention.class.getSimpleName(),
                        VersionRetention.class.getSimpleName());
        OffsetDateTime now = OffsetDateTime.now();
        Duration age = retention.processedEventsAge();
        processed("retention-test-expired", now.minus(age).minusHours(1));
        processed("retention-test-kept", now.minus(age).plusHours(1));
        try {
            assertThat(schedule.runAll(now)).isGreaterThanOrEqualTo(1);
            assertThat(db.processed("retention-test-expired")).isFalse();
            assertThat(db.processed("retention-test-kept")).isTrue();
        } finally {
            db.execute("delete from processed_event where event_id like 'retention-test-%'");
        }
    }

    @Test
    void sentOutboxRowsOlderThanTheCutoffAreDeletedAndUnsentOnesNever() throws Exception {
        // Hold the relay's advisory lock, so the live relay does not publish the unsent test row.
        try (Connection lock = dataSource.getConnection()) {
            try (PreparedStatement ps = lock.prepareStatement("select pg_advisory_lock(?)")) {
                ps.setLong(1, outboxConfig.advisoryLock());
                ps.execute();
            }
            try {
                long othersBefore = db.count("select count(*) from outbox_event where aggregate_id <> 'retention-test'");
                for (int i = 0; i < 12; i++) {
                    outboxRow(OLD, OLD);
                }
                outboxRow(OLD, NEWER);   // sent after the cutoff: kept
                outboxRow(OLD, null);    // never sent, however old: kept

                assertThat(outboxRetention.purge(CUTOFF)).isEqualTo(12);

                assertThat(db.count("select count(*) from outbox_event where aggregate_id = 'retention-test' and published_at = ?", NEWER))
                        .isEqualTo(1);
                assertThat(db.count("select count(*) from outbox_event where aggregate_id = 'retention-test' and published_at is null"))
                        .isEqualTo(1);
                assertThat(db.count("select count(*) from outbox_event where aggregate_id = 'retention-test'")).isEqualTo(2);
                assertThat(db.count("select count(*) from outbox_event where aggregate_id <> 'retention-test'"))
                        .as("rows newer than the cutoff untouched").isGreaterThanOrEqualTo(othersBefore);
                assertThat(outboxRetention.purge(CUTOFF)).as("a second run finds nothing").isZero();
            } finally {
                db.execute("delete from outbox_event where aggregate_id = 'retention-test'");
                try (PreparedStatement ps = lock.prepareStatement("select pg_advisory_unlock(?)")) {
                    ps.setLong(1, outboxConfig.advisoryLock());
                    ps.execute();
                }
            }
        }
    }

    @Test
    void processedEventIdsOlderThanTheCutoffAreDeleted() {
        long othersBefore = db.count("select count(*) from processed_event where event_id not like 'retention-test-%'");
        for (int i = 0; i < 12; i++) {
            processed("retention-test-old-" + i, OLD);
        }
        processed("retention-test-newer", NEWER);
        try {
            assertThat(processedEventsRetention.purge(CUTOFF)).isEqualTo(12);
            assertThat(db.count("select count(*) from processed_event where event_id like 'retention-test-old-%'")).isZero();
            assertThat(db.processed("retention-test-newer")).isTrue();
            assertThat(db.count("select count(*) from processed_event where event_id not like 'retention-test-%'"))
                    .as("ids recorded after the cutoff untouched").isGreaterThanOrEqualTo(othersBefore);
        } finally {
            db.execute("delete from processed_event where event_id like 'retention-test-%'");
        }
    }

    private void outboxRow(OffsetDateTime occurredAt, OffsetDateTime publishedAt) {
        db.execute("""
                insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload,
                                          occurred_at, published_at)
                values (?, 'test', 'retention-test', 'dti.standings', 'retention-test', 'dti.test.v1', cast('{}' as json), ?, ?)""",
                UUID.randomUUID(), occurredAt, publishedAt);
    }

    private void processed(String eventId, OffsetDateTime at) {
        db.execute("insert into processed_event (event_id, event_type, topic, processed_at) values (?, 'dti.test.v1', 'dti.test', ?)",
                eventId, at);
    }
}
