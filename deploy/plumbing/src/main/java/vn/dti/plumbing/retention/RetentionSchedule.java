package vn.dti.plumbing.retention;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.ClientProxy;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs every {@link Purge} of the service every {@code dti.retention.every} (1 h; first after
 * {@code dti.retention.delay}, 5 min), each with the cutoff of its own age. Every replica runs it. A
 * purge that fails (the database away) is logged and tried again at the next run; the others still run.
 */
@ApplicationScoped
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class);

    @Inject
    @Any
    Instance<Purge> purges;

    @Scheduled(identity = "retention", every = "${dti.retention.every:1h}", delayed = "${dti.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runAll(OffsetDateTime.now());
    }

    /** Runs every purge of the service with the cutoff {@code now} minus its age; returns the rows deleted in all. */
    public long runAll(OffsetDateTime now) {
        return runAll(purges, now);
    }

    static long runAll(Iterable<? extends Purge> purges, OffsetDateTime now) {
        long deleted = 0;
        for (Purge purge : purges) {
            try {
                deleted += purge.purge(now.minus(purge.age()));
            } catch (RuntimeException e) {
                // the bean's own class, not its client proxy's; the cause in full (an hourly line at most)
                LOG.warnf(e, "Retention: %s failed; tried again at the next run", ClientProxy.unwrap(purge).getClass().getSimpleName());
            }
        }
        return deleted;
    }
}
