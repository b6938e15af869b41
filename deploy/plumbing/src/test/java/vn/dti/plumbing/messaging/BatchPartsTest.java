package vn.dti.plumbing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * A polled batch is applied in parts of at most dti.consumer.max-batch-bytes (EventConsumer.parts):
 * the parts hold every record once, in the order polled, each within the bound unless one record
 * alone is larger. Generated batches of random sizes over several partitions.
 */
class BatchPartsTest {

    private static ConsumerRecord<String, byte[]> record(int partition, long offset, int keySize, int valueSize) {
        return new ConsumerRecord<>("dti.standings", partition, offset, 0L, TimestampType.CREATE_TIME, keySize, valueSize,
                "k", new byte[valueSize], new RecordHeaders(), Optional.empty());
    }

    @Test
    void aBatchWithinTheBoundIsOnePart() {
        List<ConsumerRecord<String, byte[]>> batch = List.of(record(0, 0, 10, 90), record(1, 0, 10, 90));
        assertThat(EventConsumer.parts(batch, 200)).containsExactly(batch);
    }

    @Test
    void aRecordLargerThanTheBoundIsAPartByItself() {
        var small = record(0, 0, 0, 50);
        var large = record(0, 1, 0, 500);
        var next = record(0, 2, 0, 50);
        assertThat(EventConsumer.parts(List.of(small, large, next), 100))
                .containsExactly(List.of(small), List.of(large), List.of(next));
    }

    @Test
    void partsKeepEveryRecordInOrderAndWithinTheBound() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            long bound = 1 + random.nextInt(5000);
            List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>();
            long[] offsets = new long[3];
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int partition = random.nextInt(3);
                // mostly below the bound, now and then above it
                batch.add(record(partition, offsets[partition]++, random.nextInt(40), random.nextInt((int) bound * 3 / 2 + 1)));
            }
            List<List<ConsumerRecord<String, byte[]>>> parts = EventConsumer.parts(batch, bound);
            assertThat(parts.stream().flatMap(List::stream).toList()).as("seed %d", seed).containsExactlyElementsOf(batch);
            for (List<ConsumerRecord<String, byte[]>> part : parts) {
                long bytes = part.stream().mapToLong(EventConsumer::bytes).sum();
                assertThat(part).as("seed %d", seed).isNotEmpty();
                assertThat(part.size() == 1 || bytes <= bound).as("seed %d: part of %d bytes, bound %d", seed, bytes, bound).isTrue();
            }
            // no two neighbouring parts could have been one
            for (int i = 1; i < parts.size(); i++) {
                long together = parts.get(i - 1).stream().mapToLong(EventConsumer::bytes).sum()
                        + EventConsumer.bytes(parts.get(i).get(0));
                assertThat(together).as("seed %d", seed).isGreaterThan(bound);
            }
        }
    }
}
