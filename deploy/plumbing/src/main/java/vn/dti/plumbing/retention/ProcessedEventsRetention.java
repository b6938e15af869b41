package vn.dti.plumbing.retention;

import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes processed-event ids recorded more than {@code dti.retention.processed-events-age} ago
 * (services that consume events). The age must exceed how long
 * Kafka can redeliver an event: see {@link RetentionConfig#processedEventsAge()}.
 */
@ApplicationScoped
public class ProcessedEventsRetention {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsRetention.class);

    @Inject
    DataSource dataSource;

    @Inject
    RetentionConfig config;

    @Scheduled(identity = "processed-events-retention", every = "${dti.retention.every:1h}",
            delayed = "${dti.retention.delay:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(OffsetDateTime.now().minus(config.processedEventsAge()));
    }

    /** Deletes the ids processed before {@code cutoff}; returns how many. */
    public long purge(OffsetDateTime cutoff) {
        long deleted = BatchedDelete.run(dataSource, """
                delete from processed_event where event_id in (
                    select event_id from processed_event where processed_at < ? limit ?)""",
                cutoff, config.batchSize());
        if (deleted > 0) {
            LOG.infof("Retention: deleted %d processed-event ids recorded before %s", deleted, cutoff);
        }
        return deleted;
    }
}
