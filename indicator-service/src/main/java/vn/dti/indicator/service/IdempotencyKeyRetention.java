package vn.dti.indicator.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import vn.dti.indicator.config.IdempotencyKeysRetentionConfig;
import vn.dti.indicator.repository.IdempotencyKeyRepository;
import vn.dti.plumbing.retention.RetentionConfig;

/**
 * Deletes Idempotency-Key answers stored more than {@code dti.retention.idempotency-keys.age} ago, on
 * the schedule of the other retention jobs. Every replica runs it; the deletes are idempotent.
 */
@ApplicationScoped
public class IdempotencyKeyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    @Inject
    IdempotencyKeyRepository keys;

    @Inject
    RetentionConfig retention;

    @Inject
    IdempotencyKeysRetentionConfig config;

    @Scheduled(identity = "idempotency-key-retention", every = "${dti.retention.every:1h}",
            delayed = "${dti.retention.delay:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(OffsetDateTime.now().minus(config.age()));
    }

    /** Deletes the keys stored before {@code cutoff}; returns how many. */
    public long purge(OffsetDateTime cutoff) {
        long deleted = keys.deleteStoredBefore(cutoff, retention.batchSize());
        if (deleted > 0) {
            LOG.infof("Retention: deleted %d idempotency keys stored before %s", deleted, cutoff);
        }
        return deleted;
    }
}
