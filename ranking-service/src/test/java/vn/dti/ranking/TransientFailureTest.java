package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.dti.plumbing.messaging.EventConsumer;

import vn.dti.testing.kafka.TopicReader;

/**
 * A failure of the database that is not the record's fault is retried without committing the
 * offset, and is never dead-lettered: once the database is back, the record is applied.
 */
@QuarkusTest
class TransientFailureTest {

    @Inject
    DataSource dataSource;

    @Inject
    EventConsumer consumer;

    @Inject
    Db db;

    @Test
    void aBatchThatTheDatabaseCannotTakeIsRetriedUntilItCan() throws Exception {
        String fw = "T-TRANSIENT";
        OffsetDateTime t = OffsetDateTime.parse("2043-01-05T00:00:00Z");
        Events.framework(Api.framework(fw, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("X1", "Tỉnh Ích", "2042-01-01", "2042-12-31");
        String first = Events.submission("X1", fw, "2042", t, values("A1", 0, "A2", 0, "B1", 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.standings(fw, "2042"),
                j -> j != null && j.getInt("unitCount") == 1 && j.getInt("entries[0].missing") == 0);
        assertThat(db.processed(first)).isTrue();

        String second;
        try {
            // The table the submission writes to goes away (as in a botched migration or a failover).
            execute("alter table current_value rename to current_value_away");
            second = Events.submission("X1", fw, "2042", t.plusHours(1), values("A1", 100, "A2", 1, "B1", 10));
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.isRetrying());
            assertThat(db.processed(second)).isFalse();
        } finally {
            execute("alter table current_value_away rename to current_value");
        }
        JsonPath s = await().atMost(Duration.ofSeconds(30)).until(() -> Api.standings(fw, "2042"),
                j -> j.getDouble("entries[0].score") > 0.99);
        assertThat(s.getDouble("entries[0].score")).isCloseTo(1.0, within(1e-9));
        assertThat(db.processed(second)).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !consumer.isRetrying());
        try (TopicReader dlq = new TopicReader("dti.ranking.dlq")) {
            // everything dead-lettered so far, read to the end: nothing of X1
            assertThat(dlq.readUntil(seen -> false, Duration.ofSeconds(3))).noneMatch(e -> "X1".equals(e.key()));
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
