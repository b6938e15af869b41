package vn.dti.ranking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The worker that turns dirty (framework, period)s into new standings versions. */
@ConfigMapping(prefix = "dti.recompute")
public interface RecomputeConfig {
    /** How often the worker looks for dirty standings when no local commit woke it (other replicas). */
    @WithDefault("PT0.5S")
    Duration pollInterval();

    /**
     * The shortest time between the starts of two recomputes of one (framework, period). The first
     * change after a quiet spell is recomputed at once; during a burst, changes gather for this
     * long so one version covers many of them (a recompute writes a version, its inputs and an
     * event: under heavy intake, recomputing after every few submissions would take the disk from
     * the intake itself). Other (framework, period)s do not wait for it.
     */
    @WithDefault("PT0.1S")
    Duration coalesceWindow();

    /**
     * Pause after a failure (database down) before retrying; a (framework, period) whose recompute
     * keeps failing waits twice as long after each failure in a row, up to {@link #maxRetryBackoff()}.
     */
    @WithDefault("PT1S")
    Duration retryBackoff();

    /** The longest pause before retrying a (framework, period) whose recompute keeps failing. */
    @WithDefault("PT1M")
    Duration maxRetryBackoff();
}
