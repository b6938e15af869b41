package vn.dti.indicator.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.dti.indicator.config.OutboxConfig;

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
    private static final long RELAY_LOCK = 0x44_54_49_4f_55_54L; // "DTIOUT"
    private static final DateTimeFormatter CE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wake = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;

    void start(@Observes StartupEvent event) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // Fail a round quickly while the broker is away, so the relay can retry in order.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "indicator-service-outbox");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
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
                LOG.warnf("Outbox relay could not publish (will retry): %s", rootMessage(e));
                sleep(config.retryBackoff().toMillis());
            }
        }
    }

    /** One round: returns how many events were published and marked. */
    int relayOnce() throws Exception {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, cast(event_id as varchar), topic, event_key, event_type, cast(payload as varchar), occurred_at, aggregate_id
                from outbox_event where published_at is null order by id limit ?1""")
                .setParameter(1, config.batchSize()).getResultList();
        if (rows.isEmpty()) {
            backlog.set(0);
            return 0;
        }
        long pending = rows.size() < config.batchSize() ? rows.size() : ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where published_at is null").getSingleResult()).longValue();
        backlog.set(pending);
        // Fail fast while the broker is away: without metadata every send would block on its own,
        // and a later record could slip through once the broker returns, ahead of an earlier one.
        rows.stream().map(row -> (String) row[2]).distinct().forEach(producer::partitionsFor);
        List<Future<?>> acks = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>((String) row[2], (String) row[3],
                    ((String) row[5]).getBytes(StandardCharsets.UTF_8));
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", (String) row[1]);
            header(record, "ce_type", (String) row[4]);
            header(record, "ce_source", config.source());
            header(record, "ce_subject", (String) row[7]);
            header(record, "ce_time", time(row[6]));
            header(record, "content-type", "application/json");
            Future<?> ack = producer.send(record);
            acks.add(ack);
            if (ack.isDone() && failed(ack)) {
                break; // nothing after a failed record may be sent in this round
            }
        }
        producer.flush();
        // Mark only the acknowledged prefix: a failure stops there, and the rest is retried in order.
        List<Long> acked = new ArrayList<>(rows.size());
        Exception failure = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                acked.add(((Number) rows.get(i)[0]).longValue());
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        if (!acked.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = now() where id = any(?1)")
                    .setParameter(1, acked.toArray(Long[]::new)).executeUpdate();
        }
        backlog.set(pending - acked.size());
        if (failure != null) {
            // Commit what was acknowledged, then back off.
            LOG.warnf("Outbox relay: %d of %d events acknowledged; retrying the rest: %s",
                    acked.size(), rows.size(), rootMessage(failure));
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

    private static String time(Object value) {
        OffsetDateTime t;
        if (value instanceof OffsetDateTime odt) {
            t = odt;
        } else if (value instanceof java.time.Instant instant) {
            t = instant.atOffset(ZoneOffset.UTC);
        } else if (value instanceof java.sql.Timestamp ts) {
            t = ts.toInstant().atOffset(ZoneOffset.UTC);
        } else {
            t = OffsetDateTime.parse(value.toString());
        }
        return CE_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
