package vn.dti.ranking.service;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.dti.plumbing.outbox.TraceContext;
import vn.dti.ranking.config.RecomputeConfig;
import vn.dti.ranking.repository.StandingsRepository;

/**
 * Turns dirty (framework, period)s into new standings versions. Woken as soon as the consumer
 * commits a change (so standings follow a submission within a second), and polling at
 * {@code dti.recompute.poll-interval} for changes committed by other replicas. One recompute
 * covers every change committed before it started, so a burst of events costs a few recomputes,
 * not one per event: a (framework, period) is recomputed at most once per coalescing window, a
 * failing one backs off, and neither holds up the others ({@link RecomputeSchedule}).
 */
@ApplicationScoped
public class RecomputeWorker {

    private static final Logger LOG = Logger.getLogger(RecomputeWorker.class);

    @Inject
    Tracer tracer;

    @Inject
    RecomputeConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    StandingsRepository repository;

    @Inject
    StandingsService standings;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    /** Read by the health check on other threads. */
    private volatile Thread thread;

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

    /** The consumer committed a batch that changed the read model (a hand-off from its thread). */
    void onReadModelChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelService.ReadModelChanged changed) {
        wake();
    }

    private void loop() {
        RecomputeSchedule schedule = new RecomputeSchedule(config.coalesceWindow().toNanos(),
                config.retryBackoff().toNanos(), config.maxRetryBackoff().toNanos());
        long poll = config.pollInterval().toNanos();
        long wait = poll;
        int failures = 0;
        while (running) {
            try {
                wake.tryAcquire(Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait)), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                wait = Math.min(poll, round(schedule));
                if (failures > 0) {
                    LOG.infof("Recompute worker reads the dirty standings again (after %d failures)", failures);
                    failures = 0;
                }
            } catch (Exception e) {
                failures++;
                if (failures == 1) {
                    LOG.warn("Recompute worker cannot read the dirty standings (will retry)", e);
                } else {
                    LOG.warnf("Recompute worker still cannot read the dirty standings (%d times in a row; will retry): %s",
                            failures, e);
                }
                sleep(config.retryBackoff().toMillis());
                wait = 0;
            }
        }
    }

    /**
     * Recomputes every dirty (framework, period) that is due, and again while that wrote versions
     * (changes may have arrived meanwhile). A key recomputed less than a coalescing window ago, or
     * backing off after a failure, is left for later without holding up the others. Returns the
     * nanoseconds until the first key left for later is due (the poll interval if none).
     */
    private long round(RecomputeSchedule schedule) throws Exception {
        long soonest = config.pollInterval().toNanos();
        boolean again = true;
        while (running && again) {
            again = false;
            soonest = config.pollInterval().toNanos();
            List<StandingsRepository.Key> keys = dirty();
            schedule.prune(System.nanoTime(), keys);
            for (StandingsRepository.Key key : keys) {
                if (!running) {
                    break;
                }
                long wait = schedule.wait(key, System.nanoTime());
                if (wait > 0) {
                    soonest = Math.min(soonest, wait);
                    continue;
                }
                long start = System.nanoTime();
                // In the trace of the latest submission that dirtied the key: its standings event joins it.
                Span span = tracer.spanBuilder("standings recompute").setParent(TraceContext.parent(traceparent(key)))
                        .setAttribute("dti.framework", key.frameworkCode()).setAttribute("dti.period", key.period())
                        .startSpan();
                try (Scope scope = span.makeCurrent()) {
                    int ended;
                    if (standings.recompute(key).isPresent()) {
                        ended = schedule.recomputed(key, start); // its event wakes the outbox relay on commit
                        again = true;
                    } else {
                        ended = schedule.succeeded(key); // nothing to do: no pacing either
                    }
                    if (ended > 0) {
                        LOG.infof("Recompute of %s succeeded after %d failures", key, ended);
                    }
                } catch (Exception e) {
                    span.setStatus(StatusCode.ERROR);
                    // one failing (framework, period) must not hold up the others; it stays dirty
                    int failures = schedule.failed(key, System.nanoTime());
                    long retryIn = schedule.wait(key, System.nanoTime());
                    soonest = Math.min(soonest, retryIn);
                    if (failures == 1) {
                        LOG.warnf(e, "Recompute of %s failed; retrying in %d ms", key, TimeUnit.NANOSECONDS.toMillis(retryIn));
                    } else {
                        LOG.warnf("Recompute of %s failed again (%d times in a row); retrying in %d ms: %s", key, failures,
                                TimeUnit.NANOSECONDS.toMillis(retryIn), e);
                    }
                } finally {
                    span.end();
                }
            }
        }
        return soonest;
    }

    private String traceparent(StandingsRepository.Key key) throws Exception {
        try (var conn = dataSource.getConnection()) {
            return repository.traceparent(conn, key);
        }
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
