package vn.dti.ranking.service;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.dti.ranking.config.RecomputeConfig;
import vn.dti.ranking.outbox.OutboxRelay;
import vn.dti.ranking.repository.StandingsRepository;

/**
 * Turns dirty (framework, period)s into new standings versions. Woken as soon as the consumer
 * commits a change (so standings follow a submission within a second), and polling at
 * {@code dti.recompute.poll-interval} for changes committed by other replicas. One recompute
 * covers every change committed before it started, so a burst of events costs a few recomputes,
 * not one per event.
 */
@ApplicationScoped
public class RecomputeWorker {

    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);

    @Inject
    RecomputeConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    StandingsRepository repository;

    @Inject
    StandingsService standings;

    @Inject
    OutboxRelay relay;

    private final Semaphore wake = new Semaphore(0);
    private long lastRecomputeStart = System.nanoTime() - 3_600_000_000_000L;
    private volatile boolean running;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "recompute-worker");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the recompute in progress (if any) has committed or rolled back. */
    public synchronized void stop() {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean isRunning() {
        Thread t = thread;
        return running && t != null && t.isAlive();
    }

    /** Something was committed that may have dirtied standings: look now. */
    public void wake() {
        wake.release();
    }

    private void loop() {
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                boolean again = true;
                while (running && again) {
                    again = false;
                    for (StandingsRepository.Key key : dirty()) {
                        if (!running) {
                            break;
                        }
                        try {
                            pace();
                            if (standings.recompute(key).isPresent()) {
                                relay.wake();
                                again = true; // changes may have arrived during the recompute
                            }
                        } catch (Exception e) {
                            // one failing (framework, period) must not hold up the others; it stays dirty
                            LOG.warnf("Recompute of %s failed (will retry): %s", key, e);
                        }
                    }
                }
            } catch (Exception e) {
                LOG.warnf("Recompute failed (will retry): %s", e.getMessage());
                sleep(config.retryBackoff().toMillis());
            }
        }
    }

    /** Waits out the rest of the coalescing window since the previous recompute started. */
    private void pace() {
        long wait = config.coalesceWindow().toNanos() - (System.nanoTime() - lastRecomputeStart);
        if (wait > 0) {
            sleep(TimeUnit.NANOSECONDS.toMillis(wait));
        }
        lastRecomputeStart = System.nanoTime();
    }

    private List<StandingsRepository.Key> dirty() throws Exception {
        try (var conn = dataSource.getConnection()) {
            return repository.dirty(conn);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
