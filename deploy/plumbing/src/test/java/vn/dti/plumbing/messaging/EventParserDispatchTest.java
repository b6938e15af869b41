package vn.dti.plumbing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import vn.dti.plumbing.events.EventTypes;

/** Step 1 of "How a consumer processes a record": which records are skipped and which are poison. */
class EventParserDispatchTest {

    /** Consumes submissions only, as a read model of dti.submissions would. */
    private static final EventHandler SUBMISSIONS_ONLY = new EventHandler() {
        @Override
        public Map<EventTypes, Class<?>> consumed() {
            return Map.of(EventTypes.SUBMISSION_ACCEPTED, Object.class);
        }

        @Override
        public List<EventParser.Incoming> apply(List<EventParser.Incoming> events) {
            return events;
        }
    };

    private static ConsumerRecord<String, byte[]> record(String topic, String ceType) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(topic, 0, 7L, "48", "{}".getBytes(StandardCharsets.UTF_8));
        r.headers().add(new RecordHeader("ce_id", "0f8c2d4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f".getBytes(StandardCharsets.UTF_8)));
        r.headers().add(new RecordHeader("ce_type", ceType.getBytes(StandardCharsets.UTF_8)));
        return r;
    }

    @Test
    void aContractTypeTheServiceDoesNotConsumeOnItsOwnTopicIsSkipped() {
        EventParser.Parsed parsed = new EventParser().parse(record("dti.submissions", "dti.dispute.changed.v1"), SUBMISSIONS_ONLY);
        assertThat(parsed.skipped()).isTrue();
        assertThat(parsed.poison()).isNull();
        assertThat(parsed.incoming()).isNull();
    }

    @Test
    void aTypeUnknownToTheContractOrOnTheWrongTopicIsPoison() {
        EventParser.Parsed unknown = new EventParser().parse(record("dti.submissions", "dti.submission.rejected.v9"), SUBMISSIONS_ONLY);
        assertThat(unknown.skipped()).isFalse();
        assertThat(unknown.poison().reason()).isEqualTo("unknown ce_type dti.submission.rejected.v9");

        EventParser.Parsed misplaced = new EventParser().parse(record("dti.submissions", "dti.release.published.v1"), SUBMISSIONS_ONLY);
        assertThat(misplaced.skipped()).isFalse();
        assertThat(misplaced.poison().reason()).isEqualTo("ce_type dti.release.published.v1 does not belong on topic dti.submissions");
    }
}
