package vn.dti.plumbing.retention;

import java.time.Duration;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Deletes processed-event ids recorded more than {@code dti.retention.processed-events-age} ago
 * (services that consume events). The age must exceed how long
 * Kafka can redeliver an event: see {@link RetentionConfig#processedEventsAge()}. Run by
 * {@link RetentionSchedule}.
 */
@ApplicationScoped
public class ProcessedEventsRetention implements Purge {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsRetention.class);

    @Inject
    DataSource dataSource;

    @Inject
    RetentionConfig config;

    @Override
    public Duration age() {
        return config.processedEventsAge();
    }

    /** Deletes the ids processed before {@code cutoff}; returns how many. */
    @Override
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
