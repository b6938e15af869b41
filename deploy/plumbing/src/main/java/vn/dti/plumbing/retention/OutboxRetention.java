package vn.dti.plumbing.retention;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes outbox rows that Kafka acknowledged more than {@code dti.retention.outbox-sent-age} ago.
 * An unsent row is never deleted, whatever its age. Every replica runs it; the deletes are
 * idempotent, so two replicas at once only share the work.
 */
@ApplicationScoped
public class OutboxRetention {

    private static final Logger LOG = Logger.getLogger(OutboxRetention.class);

    @Inject
    DataSource dataSource;

    @Inject
    RetentionConfig config;

    @Scheduled(identity = "outbox-retention", every = "${dti.retention.every:1h}", delayed = "${dti.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(OffsetDateTime.now().minus(config.outboxSentAge()));
    }

    /** Deletes the rows sent before {@code cutoff}; returns how many. */
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
