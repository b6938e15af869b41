package vn.dti.indicator.service;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import vn.dti.indicator.config.IdempotencyKeysRetentionConfig;
import vn.dti.indicator.repository.IdempotencyKeyRepository;
import vn.dti.plumbing.retention.Purge;
import vn.dti.plumbing.retention.RetentionConfig;

/**
 * Deletes Idempotency-Key answers stored more than {@code dti.retention.idempotency-keys.age} ago, on
 * the schedule of the other retention jobs (the plumbing's RetentionSchedule).
 */
@ApplicationScoped
public class IdempotencyKeyRetention implements Purge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyRetention.class);

    @Inject
    IdempotencyKeyRepository keys;

    @Inject
    RetentionConfig retention;

    @Inject
    IdempotencyKeysRetentionConfig config;

    @Override
    public Duration age() {
        return config.age();
    }

    /** Deletes the keys stored before {@code cutoff}; returns how many. */
    @Override
    public long purge(OffsetDateTime cutoff) {
        long deleted = keys.deleteStoredBefore(cutoff, retention.batchSize());
        if (deleted > 0) {
            LOG.infof("Retention: deleted %d idempotency keys stored before %s", deleted, cutoff);
        }
        return deleted;
    }
}
