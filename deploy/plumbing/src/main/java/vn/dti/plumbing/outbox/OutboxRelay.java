package vn.dti.plumbing.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.dti.plumbing.kafka.KafkaClients;
import vn.dti.plumbing.messaging.TransientFailures;
import vn.dti.plumbing.metrics.Freshness;

/**
 * Publishes outbox rows to Kafka as CloudEvents (binary mode) in id order, and marks a row sent
 * only after the broker acknowledged it ({@code acks=all}, idempotent producer).
 *
 * <p>One relay round runs in one transaction that first takes a transaction-scoped advisory lock,
 * so with several replicas only one publishes at a time and order per key is kept. If the broker
 * is down the round fails, nothing is marked, and the same rows are retried in the same order
 * once it is back: at-least-once, consumers dedupe by {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final DateTimeFormatter CE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    DataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    KafkaClients kafka;

    @Inject
    MeterRegistry metrics;

    @Inject
    Tracer tracer;

    @Inject
    Freshness freshness;

    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean credentialsRefused;

    void start(@Observes StartupEvent event) {
        producer = newProducer();
        metrics.gauge("dti.outbox.backlog", backlog);
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        try {
            if (thread != null) {
                thread.join(15_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    private KafkaProducer<String, byte[]> newProducer() {
        // Tuning only: configuration (kafka.* / KAFKA_*) may override it; acks=all and idempotence it may not.
        Map<String, Object> props = kafka.producer("outbox", Map.of(
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                // Fail a round quickly while the broker is away, so the relay can retry in order.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000));
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * An idempotent producer that met refused credentials (SASL, TLS) is failed for good: every later
     * send fails with the same error. The credentials may be fixed on the broker while the service
     * runs (a user created late, a password reset), so the relay replaces its producer and keeps
     * trying; the events wait in the outbox meanwhile.
     */
    private void renewProducerIfCredentialsRefused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                if (!credentialsRefused) { // once per episode, not once per round
                    LOG.errorf("Kafka refused the outbox relay's credentials (%s); events wait in the outbox, trying again",
                            TransientFailures.rootMessage(failure));
                }
                credentialsRefused = true;
                KafkaProducer<String, byte[]> refused = producer;
                producer = newProducer();
                refused.close(java.time.Duration.ZERO);
                return;
            }
        }
    }

    /** A transaction that wrote events committed: publish now rather than at the next poll. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        wake.release();
    }

    /** Number of events written but not yet acknowledged by Kafka (also a gauge). */
    public long backlog() {
        return backlog.get();
    }

    private void loop() {
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                int sent;
                do {
                    sent = QuarkusTransaction.requiringNew().timeout(60).call(this::relayOnce);
                } while (running && sent >= config.batchSize());
            } catch (Exception e) {
                LOG.warnf("Outbox relay could not publish (will retry): %s", TransientFailures.rootMessage(e));
                renewProducerIfCredentialsRefused(e);
                sleep(config.retryBackoff().toMillis());
            }
        }
    }

    /** One round: returns how many events were published and marked. */
    int relayOnce() throws Exception {
        try (Connection conn = dataSource.getConnection()) {
            return relayOnce(conn);
        }
    }

    private int relayOnce(Connection conn) throws Exception {
        try (PreparedStatement ps = conn.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            ps.setLong(1, config.advisoryLock());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        record Row(long id, String eventId, String topic, String key, String type, String payload, OffsetDateTime at,
                   String subject, String traceparent) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                select id, cast(event_id as varchar), topic, event_key, event_type, cast(payload as varchar), occurred_at, aggregate_id,
                       traceparent
                from outbox_event where published_at is null order by id limit ?""")) {
            ps.setInt(1, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getString(9)));
                }
            }
        }
        if (rows.isEmpty()) {
            backlog.set(0);
            return 0;
        }
        long pending = rows.size();
        if (rows.size() >= config.batchSize()) {
            try (PreparedStatement ps = conn.prepareStatement("select count(*) from outbox_event where published_at is null");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                pending = rs.getLong(1);
            }
        }
        backlog.set(pending);
        // Fail fast while the broker is away: without metadata every send would block on its own,
        // and a later record could slip through once the broker returns, ahead of an earlier one.
        rows.stream().map(Row::topic).distinct().forEach(producer::partitionsFor);
        List<Future<?>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>();
        List<Long> acked = new ArrayList<>(rows.size());
        Exception failure = null;
        for (Row row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                    row.payload().getBytes(StandardCharsets.UTF_8));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", row.eventId());
            header(record, "ce_type", row.type());
            header(record, "ce_source", config.source());
            header(record, "ce_subject", row.subject());
            header(record, "ce_time", CE_TIME.format(row.at().withOffsetSameInstant(ZoneOffset.UTC)));
            header(record, "content-type", "application/json");
            if (row.traceparent() != null) {
                // A PRODUCER span in the writer's trace; its context travels as the W3C traceparent header.
                Span span = tracer.spanBuilder(row.topic() + " publish").setSpanKind(SpanKind.PRODUCER)
                        .setParent(TraceContext.parent(row.traceparent()))
                        .setAttribute("messaging.system", "kafka")
                        .setAttribute("messaging.destination.name", row.topic())
                        .setAttribute("messaging.message.id", row.eventId())
                        .startSpan();
                spans.add(span);
                String sent = TraceContext.of(span);
                header(record, TraceContext.HEADER, sent != null ? sent : row.traceparent());
            }
            Future<?> ack = producer.send(record);
            acks.add(ack);
            if (ack.isDone() && failed(ack)) {
                break; // nothing after a failed record may be sent in this round
            }
        }
        producer.flush();
        // Mark only the acknowledged prefix: a failure stops there, and the rest is retried in order.
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                Row row = rows.get(i);
                acked.add(row.id());
                // the row's age when the broker had it: the writer's commit → publish hop
                freshness.record(Freshness.OUTBOX_PUBLISHED, row.at(), Instant.now(), "topic", row.topic(), "type", row.type());
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        spans.forEach(Span::end); // a span not ended (the round failed before) is never exported
        if (!acked.isEmpty()) {
            try (PreparedStatement ps = conn.prepareStatement("update outbox_event set published_at = now() where id = any(?)")) {
                ps.setArray(1, conn.createArrayOf("int8", acked.toArray()));
                ps.executeUpdate();
            }
        }
        backlog.set(pending - acked.size());
        if (!acked.isEmpty() && credentialsRefused) {
            credentialsRefused = false;
            LOG.info("Kafka accepted the outbox relay's credentials; publishing");
        }
        if (failure != null) {
            // Commit what was acknowledged, then back off.
            LOG.warnf("Outbox relay: %d of %d events acknowledged; retrying the rest: %s",
                    acked.size(), rows.size(), TransientFailures.rootMessage(failure));
            renewProducerIfCredentialsRefused(failure);
            sleep(config.retryBackoff().toMillis());
            return 0;
        }
        return acked.size();
    }

    private static boolean failed(Future<?> future) {
        try {
            future.get();
            return false;
        } catch (Exception e) {
            return true;
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
