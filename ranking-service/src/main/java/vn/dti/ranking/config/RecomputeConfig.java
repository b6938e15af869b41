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

    /** Pause after a failed recompute (database down) before retrying. */
    @WithDefault("PT1S")
    Duration retryBackoff();
}
