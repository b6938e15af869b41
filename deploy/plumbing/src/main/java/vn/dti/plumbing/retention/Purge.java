package vn.dti.plumbing.retention;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One kind of row a service deletes once it has served its purpose (docs/operations.md, Retention).
 * Every {@code Purge} bean is run by {@link RetentionSchedule}; a service's own purges (standings
 * versions, Idempotency-Key answers) implement it beside the plumbing's (outbox, processed events).
 */
public interface Purge {

    /** How old a row must be to go (from its configuration). */
    Duration age();

    /**
     * Deletes the rows older than {@code cutoff} in batches of {@code dti.retention.batch-size}, each
     * its own short transaction, and logs what it deleted; returns how many. Idempotent, so replicas
     * running it at once only share the work.
     */
    long purge(OffsetDateTime cutoff);
}
