package vn.dti.ranking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long standings versions are kept (docs/operations.md, Retention); rows per statement: dti.retention.batch-size. */
@ConfigMapping(prefix = "dti.retention.standings-versions")
public interface VersionRetentionConfig {

    /**
     * A standings version computed longer ago than this is dropped, unless it is the latest of its
     * (framework, period, basis) or released; it then answers 410. Measured storage per version:
     * docs/performance.md.
     */
    @WithDefault("P365D")
    Duration age();
}
