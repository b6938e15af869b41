package vn.dti.plumbing.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long rows that served their purpose are kept (keys in docs/operations.md, Retention). */
@ConfigMapping(prefix = "dti.retention")
public interface RetentionConfig {

    /** Outbox rows already acknowledged by Kafka are deleted once older than this. */
    @WithDefault("P7D")
    Duration outboxSentAge();

    /**
     * Processed-event ids (the consumers' dedupe guard) are deleted once older than this. It must stay
     * longer than the consumed topics' retention (and the group's offsets retention, 7 days by default):
     * an event redelivered after its id was purged would be applied twice.
     */
    @WithDefault("P30D")
    Duration processedEventsAge();

    /** Rows deleted per statement (and per transaction), so a purge never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
