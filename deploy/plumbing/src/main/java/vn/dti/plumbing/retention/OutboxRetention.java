package vn.dti.plumbing.retention;

import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Deletes outbox rows that Kafka acknowledged more than {@code dti.retention.outbox-sent-age} ago.
 * An unsent row is never deleted, whatever its age. Run by {@link RetentionSchedule}.
 */
@ApplicationScoped
public class OutboxRetention implements Purge {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    @Inject
    DataSource dataSource;

    @Inject
    RetentionConfig config;

    @Override
    public Duration age() {
        return config.outboxSentAge();
    }

    /** Deletes the rows sent before {@code cutoff}; returns how many. */
    @Override
    public long purge(OffsetDateTime cutoff) {
        long deleted = BatchedDelete.run(dataSource, """
                delete from outbox_event where id in (
                    select id from outbox_event where published_at is not null and published_at < ? order by id limit ?)""",
                cutoff, config.batchSize());
        if (deleted > 0) {
            LOG.infof("Retention: deleted %d outbox rows sent before %s", deleted, cutoff);
        }
        return deleted;
    }
}
