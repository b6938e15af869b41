package vn.dti.indicator.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an Idempotency-Key's answer is kept (docs/operations.md, Retention; docs/api.md). */
@ConfigMapping(prefix = "dti.retention.idempotency-keys")
public interface IdempotencyKeysRetentionConfig {

    /**
     * A key stored longer ago than this is deleted: the same key with the same body is then a new
     * submission, not a replay. Keep it longer than any client retries (30 days by default; a row per
     * accepted request with a key, so without a bound the table grows with every submission).
     */
    @WithDefault("P30D")
    Duration age();
}
