package vn.dti.plumbing.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.dti.plumbing.kafka.KafkaClients;
import vn.dti.plumbing.metrics.Freshness;
import vn.dti.plumbing.outbox.TraceContext;

/**
 * A plain Kafka consumer loop over the topics of the service's {@link EventHandler} (group
 * {@code dti.consumer.group-id}), for precise control of offsets (docs/events/README.md).
 * A polled batch is taken in parts of at most {@code dti.consumer.max-batch-bytes}, so a backlog of
 * large events is never parsed all at once; for each part, in order:
 * <ol>
 *   <li>it is parsed; poison records are set aside; records of contract types the
 *   service does not consume are skipped (counted in {@code dti.consumer.skipped});</li>
 *   <li>the valid records are applied in one database transaction (idempotent by {@code ce_id});</li>
 *   <li>poison records are dead-lettered (acknowledged by the broker);</li>
 *   <li>only then are the offsets committed.</li>
 * </ol>
 * A transient failure (database or broker away) commits nothing more: the consumer seeks back to
 * the failed part (and the parts after it) and retries after a pause, so nothing is skipped and nothing is dead-lettered for it.
 * Hand-offs to other threads (e.g. a worker woken by new data) are the handler's: CDI events it
 * fires in its transaction, observed after the commit.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    ConsumerConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    EventParser parser;

    @Inject
    EventHandler handler;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Tracer tracer;

    @Inject
    MeterRegistry metrics;

    @Inject
    Freshness freshness;

    private volatile boolean running;
    /** A batch failed for a transient reason and is being retried (the database or the broker is away). */
    private volatile boolean retrying;
    /** The loop ended on an unexpected failure (not on {@link #stop()}): it will not come back by itself. */
    private volatile boolean failed;
    /** The broker refuses the consumer's credentials; the loop keeps trying with a new consumer. */
    private volatile boolean credentialsRefused;
    private volatile KafkaConsumer<String, byte[]> consumer;
    /** Read by the health checks on other threads. */
    private volatile Thread thread;

    /** Bytes of each part applied in one transaction (keys and values as sent); its max shows the bound at work. */
    private DistributionSummary batchBytes;

    @PostConstruct
    void meters() {
        batchBytes = DistributionSummary.builder("dti.consumer.batch.bytes").baseUnit("bytes")
                .description("Bytes of keys and values in each part of a polled batch the event consumer applied in one transaction").register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts consuming from the committed offsets (earliest for a new group). */
    public synchronized void start() {
        if (thread != null && thread.isAlive()) {
            return;
        }
        running = true;
        retrying = false;
        failed = false;
        credentialsRefused = false;
        Thread t = new Thread(this::loop, "event-consumer");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Stops consuming; what was applied but not yet committed is redelivered (and deduplicated) later. */
    public synchronized void stop() {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** The loop's thread is alive and consuming (or retrying a batch, or waiting for the broker). */
    public boolean isRunning() {
        Thread t = thread;
        return running && t != null && t.isAlive();
    }

    /** A batch is being retried after a transient failure; the details are in the log. */
    public boolean isRetrying() {
        return retrying;
    }

    /** The broker refuses the consumer's credentials (SASL or TLS); the details are in the log. */
    public boolean credentialsRefused() {
        return credentialsRefused;
    }

    /** The loop died on an unexpected failure and will not restart by itself; the details are in the log. */
    public boolean hasFailed() {
        return failed;
    }

    private void loop() {
        try {
            while (running) {
                try {
                    consume();
                } catch (AuthenticationException e) {
                    // Wrong or not yet created credentials (SASL), or a TLS handshake refused: the
                    // operator can fix it without a restart, so the loop waits and tries a new consumer.
                    credentialsRefused(e);
                    pause(config.retryBackoff());
                }
            }
        } catch (WakeupException e) {
            // stop() was called
        } catch (Exception | Error e) {
            loopFailed(e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            consumer = null;
            running = false;
        }
    }

    private void consume() throws Exception {
        Map<String, Object> props = kafka.consumer("events", config.groupId(), Map.of(
                org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords()));
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = c;
            c.subscribe(handler.consumed().keySet().stream().map(t -> t.topic).distinct().toList());
            while (running) {
                ConsumerRecords<String, byte[]> records = c.poll(config.pollTimeout());
                if (credentialsRefused && !c.assignment().isEmpty()) {
                    credentialsRefused = false; // the group gave us partitions: the broker accepted us
                    LOG.info("Kafka accepted the event consumer's credentials; consuming");
                }
                if (records.isEmpty()) {
                    continue;
                }
                List<List<ConsumerRecord<String, byte[]>>> parts = parts(records, config.maxBatchBytes().asLongValue());
                for (int i = 0; i < parts.size(); i++) {
                    List<ConsumerRecord<String, byte[]>> part = parts.get(i);
                    try {
                        handle(handler, part);
                        c.commitSync(next(part));
                        batchBytes.record(bytes(part));
                        retrying = false;
                    } catch (WakeupException e) {
                        throw e;
                    } catch (Exception e) {
                        batchFailed(part.size(), e);
                        // this part and the ones after it were not applied: poll them again
                        rewind(c, parts.subList(i, parts.size()).stream().flatMap(List::stream).toList());
                        pause(config.retryBackoff());
                        break;
                    }
                }
            }
        } finally {
            consumer = null;
        }
    }

    /** The broker refuses the credentials: readiness DOWN until accepted; one log line per episode, the cause only there. */
    void credentialsRefused(Exception e) {
        if (!credentialsRefused) {
            LOG.errorf("Kafka refused the event consumer's credentials (%s); not ready, trying again every %s",
                    TransientFailures.rootMessage(e), config == null ? "retry back-off" : config.retryBackoff());
        }
        credentialsRefused = true;
    }

    /** A batch will be retried: the cause goes to the log only (never to the open health endpoint). */
    void batchFailed(int records, Exception e) {
        retrying = true;
        LOG.warnf("Could not apply a batch of %d records (will retry it): %s", records, TransientFailures.rootMessage(e));
    }

    /** The loop ends for good: liveness turns DOWN so the process is restarted. */
    void loopFailed(Throwable e) {
        failed = true;
        LOG.error("The event consumer stopped after an unexpected failure; liveness is DOWN until the service restarts", e);
    }

    /** Parses, applies, dead-letters; throws on a transient failure. */
    void handle(EventHandler handler, List<ConsumerRecord<String, byte[]>> records) throws Exception {
        // One CONSUMER span per record that carries a W3C traceparent, in the producer's trace. A
        // batch of one record runs inside its span, so what it writes to an outbox stays in the trace.
        List<Span> spans = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            Header traceparent = record.headers().lastHeader(TraceContext.HEADER);
            if (traceparent != null) {
                spans.add(tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                        .setParent(TraceContext.parent(new String(traceparent.value(), StandardCharsets.UTF_8)))
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.destination.name", record.topic())
                        .setAttribute("messaging.consumer.group.name", config.groupId())
                        .setAttribute("messaging.kafka.offset", record.offset())
                        .startSpan());
            }
        }
        Scope scope = spans.size() == 1 && records.size() == 1 ? spans.get(0).makeCurrent() : Scope.noop();
        try {
            apply(handler, records);
        } catch (Exception e) {
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, TransientFailures.rootMessage(e)));
            throw e;
        } finally {
            scope.close();
            spans.forEach(Span::end);
        }
    }

    private void apply(EventHandler handler, List<ConsumerRecord<String, byte[]>> records) throws Exception {
        List<EventParser.Incoming> valid = new ArrayList<>();
        List<EventParser.Poison> poison = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            EventParser.Parsed parsed = parser.parse(record, handler);
            if (parsed.skipped()) {
                metrics.counter("dti.consumer.skipped", "type", EventParser.header(record, "ce_type")).increment();
            } else if (parsed.incoming() != null) {
                valid.add(parsed.incoming());
            } else {
                poison.add(parsed.poison());
            }
        }
        try {
            applied(handler.apply(valid));
        } catch (Exception batchFailure) {
            if (TransientFailures.isTransient(batchFailure)) {
                throw batchFailure;
            }
            // Something in the batch cannot be stored (it passed the schema, yet the database
            // refuses it): apply one by one so only that record is dead-lettered.
            for (EventParser.Incoming one : valid) {
                try {
                    applied(handler.apply(List.of(one)));
                } catch (Exception e) {
                    if (TransientFailures.isTransient(e)) {
                        throw e;
                    }
                    poison.add(new EventParser.Poison(one.record(), "cannot be applied: " + TransientFailures.rootMessage(e)));
                }
            }
        }
        deadLetters.send(poison);
    }

    /**
     * The events a committed transaction applied (duplicates excluded): their age since their origin
     * (CloudEvent {@code time}) and since the relay sent them (the record's timestamp), from headers only.
     */
    private void applied(List<EventParser.Incoming> events) {
        if (events == null || events.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        for (EventParser.Incoming e : events) {
            ConsumerRecord<String, byte[]> record = e.record();
            String topic = record.topic();
            String type = e.type().type;
            freshness.record(Freshness.EVENT_APPLIED, ceTime(record), now, "topic", topic, "type", type);
            if (record.timestampType() == TimestampType.CREATE_TIME && record.timestamp() >= 0) {
                freshness.record(Freshness.EVENT_DELIVERED, Instant.ofEpochMilli(record.timestamp()), now, "topic", topic,
                        "type", type);
            }
        }
    }

    private static Instant ceTime(ConsumerRecord<String, byte[]> record) {
        String time = EventParser.header(record, "ce_time");
        try {
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            return null; // the time is optional in the envelope; nothing to measure from
        }
    }

    /**
     * The polled records in parts of at most {@code maxBytes} each (a larger record is a part by
     * itself), in the order polled, so each partition's records stay in order across the parts.
     */
    static List<List<ConsumerRecord<String, byte[]>>> parts(Iterable<ConsumerRecord<String, byte[]>> records, long maxBytes) {
        List<List<ConsumerRecord<String, byte[]>>> parts = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> part = new ArrayList<>();
        long bytes = 0;
        for (ConsumerRecord<String, byte[]> record : records) {
            long size = bytes(record);
            if (!part.isEmpty() && bytes + size > maxBytes) {
                parts.add(part);
                part = new ArrayList<>();
                bytes = 0;
            }
            part.add(record);
            bytes += size;
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    /** A record's key and value as sent (uncompressed): what dti.consumer.max-batch-bytes counts. */
    static long bytes(ConsumerRecord<String, byte[]> record) {
        return Math.max(0, record.serializedKeySize()) + Math.max(0, record.serializedValueSize());
    }

    private static long bytes(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().mapToLong(EventConsumer::bytes).sum();
    }

    /** The offsets after the last record of each partition in {@code records}. */
    private static Map<TopicPartition, OffsetAndMetadata> next(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }

    /** Seeks each partition back to its first record in {@code records} (in polled order), so they come again. */
    private static void rewind(KafkaConsumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> first = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            first.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
        for (Map.Entry<TopicPartition, Long> tp : first.entrySet()) {
            try {
                c.seek(tp.getKey(), tp.getValue());
            } catch (IllegalStateException notAssigned) {
                // revoked meanwhile: the new owner starts from the committed offset
            }
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
