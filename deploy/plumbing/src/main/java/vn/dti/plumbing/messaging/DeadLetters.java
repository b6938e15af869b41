package vn.dti.plumbing.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import vn.dti.plumbing.kafka.KafkaClients;

/**
 * Step 5 of "How a consumer processes a record": a poison record goes to the service's dead-letter
 * topic ({@code dti.consumer.dead-letter-topic}) with its key, value and headers plus the reason and
 * where it came from. Sent synchronously (acks=all) before the offset is committed, so a poison
 * record is never lost.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    @Inject
    ConsumerConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    MeterRegistry metrics;

    private KafkaProducer<String, byte[]> producer;
    private Counter deadLettered;

    @PostConstruct
    void init() {
        deadLettered = Counter.builder("dti.consumer.dead.lettered")
                .description("Poison records sent to the dead-letter topic").register(metrics);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> props = kafka.producer("dlq", Map.of(
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000));
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** Sends every poison record and waits for the broker's acknowledgement; throws if it cannot. */
    public void send(List<EventParser.Poison> poison) throws Exception {
        if (poison.isEmpty()) {
            return;
        }
        KafkaProducer<String, byte[]> p = producer();
        List<Future<?>> acks = new ArrayList<>();
        for (EventParser.Poison bad : poison) {
            var source = bad.record();
            ProducerRecord<String, byte[]> out = new ProducerRecord<>(config.deadLetterTopic(), source.key(), source.value());
            for (Header h : source.headers()) {
                out.headers().add(h);
            }
            header(out, "dti_dlq_reason", bad.reason());
            header(out, "dti_dlq_topic", source.topic());
            header(out, "dti_dlq_partition", Integer.toString(source.partition()));
            header(out, "dti_dlq_offset", Long.toString(source.offset()));
            LOG.warnf("Dead-lettering %s-%d@%d: %s", source.topic(), source.partition(), source.offset(), bad.reason());
            acks.add(p.send(out));
        }
        p.flush();
        for (Future<?> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
        deadLettered.increment(poison.size());
    }

    void stop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
