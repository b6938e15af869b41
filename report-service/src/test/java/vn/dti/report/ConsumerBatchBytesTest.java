package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import vn.dti.plumbing.messaging.EventConsumer;

/**
 * A backlog of large standings events (the report-service behind, e.g. while it lays out PDFs) is
 * parsed and applied in parts of at most dti.consumer.max-batch-bytes (256 KB in tests), not in one
 * batch of everything a poll brought: a whole poll of them once filled the service's heap
 * (docs/performance.md, "Memory"). Real broker; the consumer is stopped while the backlog is sent.
 */
@QuarkusTest
class ConsumerBatchBytesTest {

    @Inject
    EventConsumer consumer;

    @Inject
    MeterRegistry registry;

    @Inject
    Db db;

    @ConfigProperty(name = "dti.consumer.max-batch-bytes")
    MemorySize bound;

    /** Standings of {@code n} units with six pillars each: about 250 bytes per unit. */
    private static ObjectNode[] entries(int n) {
        ObjectNode[] entries = new ObjectNode[n];
        for (int r = 0; r < n; r++) {
            String unit = String.valueOf(100 + r);
            entries[r] = Events.entry(r + 1, unit, "Tỉnh số " + unit, 1 - r / (double) n, true, 0,
                    "P1", 0.5, r + 1, "P2", 0.5, r + 1, "P3", 0.5, r + 1, "P4", 0.5, r + 1, "P5", 0.5, r + 1, "P6", 0.5, r + 1);
        }
        return entries;
    }

    @Test
    void aBacklogOfLargeEventsIsAppliedInPartsWithinTheBound() {
        DistributionSummary parts = registry.get("dti.consumer.batch.bytes").summary();
        long partsBefore = parts.count();
        int periods = 16;
        List<String> ids = new ArrayList<>();
        consumer.stop();
        try {
            for (int p = 0; p < periods; p++) {
                ids.add(Events.standings("T-BACKLOG", String.valueOf(2001 + p), 1, "R", entries(250)));
            }
        } finally {
            consumer.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> db.processed(ids) == ids.size());
        assertThat(db.count("standings", "framework_code = 'T-BACKLOG'")).isEqualTo(periods);

        long backlog = periods * (long) Events.standingsPayload("T-BACKLOG", "2001", 1, "R", entries(250)).length();
        assertThat(backlog).as("the backlog is several bounds").isGreaterThan(3 * bound.asLongValue());
        assertThat(parts.max()).as("the largest part applied").isLessThanOrEqualTo(bound.asLongValue());
        assertThat(parts.count() - partsBefore).as("parts applied").isGreaterThanOrEqualTo(backlog / bound.asLongValue());
    }
}
