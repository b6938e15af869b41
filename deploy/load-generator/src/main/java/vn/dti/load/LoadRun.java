package vn.dti.load;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Posts submissions of {@code --values} values from all provinces, at {@code --rate} per second
 * (open model: latency counts from the intended start, so a slow server cannot hide its queue) or
 * as fast as {@code --concurrency} clients can, and reports accepted submissions per second, the
 * POST latency (p50, p99) and the freshness (from a 201 to the first standings version that
 * includes it, read from {@code dti.standings} as any consumer would).
 *
 * <p>{@code --target} chooses what is measured: {@code suite} (the indicator-service, the real
 * thing), {@code bare} (the same POSTs to a Quarkus endpoint that does nothing: the HTTP ceiling)
 * or {@code postgres} (the indicator-service's inserts done directly over JDBC: the database ceiling).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Measures throughput, latency and freshness of submissions under load.")
final class LoadRun implements Callable<Integer> {

    enum Target { suite, bare, postgres }

    @Mixin
    Connection connection;

    @Option(names = "--target", defaultValue = "suite", description = "suite | bare | postgres (default: ${DEFAULT-VALUE}).")
    Target target;

    @Option(names = "--bare-url", defaultValue = "http://127.0.0.1:8090", description = "The bare endpoint's service (default: ${DEFAULT-VALUE}).")
    URI bareUrl;

    @Option(names = "--jdbc-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/dti_load_ceiling",
            description = "Scratch database of the postgres target; recreated (default: ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Option(names = "--migrations", defaultValue = CeilingDatabase.MIGRATIONS,
            description = "The indicator-service's Flyway migrations, the schema the postgres target writes into (default: ${DEFAULT-VALUE}).")
    Path migrations;

    @Option(names = "--rate", defaultValue = "0", description = "Submissions per second; 0 = as fast as possible (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--duration", defaultValue = "PT30S", description = "How long to post (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "PT5S", description = "Posting before measuring starts (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--concurrency", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--values", defaultValue = "20", description = "Values per submission (default: ${DEFAULT-VALUE}).")
    int valuesPerSubmission;

    @Option(names = "--framework", description = "Framework posted to (default: DTI-LOAD-<values>, created and published when"
            + " missing: <values> indicators scored as they are (method NONE) with equal weights, so a unit's score is the mean"
            + " of its values and each standings version shows exactly which submissions it reflects).")
    String framework;

    @Option(names = "--period", defaultValue = "2020", description = "Period posted to (default: ${DEFAULT-VALUE}; not the demo's).")
    String period;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    Path jsonOut;


    @Option(names = "--variants", defaultValue = "32", description = "Different bodies prepared per unit before the run (default: ${DEFAULT-VALUE}).")
    int variants;

    @Option(names = "--max-in-flight", defaultValue = "1024",
            description = "Open model (--rate): most requests outstanding at once; a send waits past its due time beyond it, and that"
                    + " wait counts in the latency (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

    @Option(names = "--write-requests", description = "Write the prepared requests (unit, Authorization, JSON body; tab-separated,"
            + " one a line, in sending order) to this file and exit without posting: what wrk-submissions.lua replays.")
    Path requestsOut;

    /** The load framework's kind: as it is, with {@code requireApproval} (the review path) or with validation rules. */
    enum Kind { plain, review, rules }

    @Option(names = "--framework-kind", defaultValue = "plain", description = "plain | review (requireApproval: the approved"
            + " standings wait for a reviewer, so no freshness is measured) | rules (two WARNING rules and maxChangeRatio 0.5, so"
            + " every submission evaluates rules and reads the previous period) (default: ${DEFAULT-VALUE}).")
    Kind kind;

    @Option(names = "--exclude-unit", description = "Units not posted to (e.g. the one freshness-probe.py posts to).")
    List<String> excludedUnits = new ArrayList<>();

    @Option(names = "--seed", description = "Seed of the values (default: a new one each run, so no body repeats an earlier run's).")
    Long seed;

    @Override
    public Integer call() throws Exception {
        Api api = connection.api(2); // setup calls only, one at a time: the load goes through the sink
        if (framework == null) {
            framework = "DTI-LOAD-" + valuesPerSubmission + (kind == Kind.plain ? "" : "-" + kind.name().toUpperCase());
            ensureLoadFramework(api);
        }
        List<DemoData.Indicator> indicators = indicators(api);
        List<String> units = units(api);
        units.removeAll(excludedUnits);
        Workload workload = new Workload(framework, period, units, indicators, valuesPerSubmission, variants,
                seed != null ? seed : System.nanoTime(), target == Target.suite || requestsOut != null ? api.tokens::submitter : null);
        if (requestsOut != null) {
            writeRequests(workload, requestsOut);
            return 0;
        }
        Sink sink = switch (target) {
            case suite -> new HttpSink(connection.indicator.resolve("/api/v1/submissions"), connections());
            case bare -> new HttpSink(bareUrl.resolve("/noop/submissions"), connections());
            case postgres -> new JdbcSink(jdbcUrl, migrations, framework, period, units,
                    indicators.stream().map(DemoData.Indicator::code).toList(), concurrency);
        };
        Freshness freshness = target == Target.suite && kind != Kind.review ? new Freshness(connection.kafka, framework + "/" + period) : null;
        if (freshness != null) {
            freshness.start();
        }
        System.out.printf("target %s, %s, %s + %s warm-up, %d values per submission, %d units x %d prepared bodies%n",
                target, rate > 0 ? rate + " submissions/s (open model, at most " + maxInFlight + " in flight)"
                        : concurrency + " clients as fast as possible (closed model)",
                duration, warmup, valuesPerSubmission, units.size(), variants);

        Measurement m = new Measurement(System.nanoTime(), warmup, duration, freshness != null);
        if (freshness != null) {
            freshness.measureFrom(Instant.now().plus(warmup));
        }
        if (rate > 0) {
            runOpen(sink, workload, m);
        } else {
            runClosed(sink, workload, m);
        }
        // until the last answer: in the open model a server slower than the rate answers after the schedule ends
        double seconds = (m.finishedNanos - m.measureFrom) / 1e9;
        Histogram post = m.latency.getIntervalHistogram();
        Histogram late = m.sendLateness.getIntervalHistogram();
        sink.close();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("target", target.name());
        figures.put("rateRequested", rate);
        figures.put("concurrency", rate > 0 ? null : concurrency);
        figures.put("valuesPerSubmission", valuesPerSubmission);
        figures.put("seconds", round(seconds));
        figures.put("sent", m.sent.get());
        figures.put("accepted", m.measured.get());
        figures.put("errors", m.errors.get());
        figures.put("acceptedPerSecond", round(m.measured.get() / seconds));
        figures.put("postP50Ms", round(post.getValueAtPercentile(50) / 1000.0));
        figures.put("postP90Ms", round(post.getValueAtPercentile(90) / 1000.0));
        figures.put("postP99Ms", round(post.getValueAtPercentile(99) / 1000.0));
        figures.put("postMaxMs", round(post.getMaxValue() / 1000.0));
        if (rate > 0) {
            // how far behind its schedule the sender itself was: near 0 means the rate was really offered
            figures.put("sendLateP99Ms", round(late.getValueAtPercentile(99) / 1000.0));
            figures.put("sendLateMaxMs", round(late.getMaxValue() / 1000.0));
            figures.put("maxInFlightSeen", m.maxInFlightSeen.get());
        }
        if (freshness != null) {
            Freshness.Result result = freshness.measure(new ArrayList<>(m.accepted), Duration.ofSeconds(60));
            Histogram fresh = result.histogram();
            figures.put("freshnessMeasured", fresh.getTotalCount());
            figures.put("freshnessNeverShown", result.unseen());
            figures.put("freshnessP50Ms", round(fresh.getValueAtPercentile(50) / 1000.0));
            figures.put("freshnessP99Ms", round(fresh.getValueAtPercentile(99) / 1000.0));
            figures.put("freshnessMaxMs", round(fresh.getMaxValue() / 1000.0));
            figures.put("standingsVersions", freshness.versions());
            Histogram lag = freshness.deliveryLag();
            // the consumer's own lateness (record timestamp to arrival here): if it is not near 0, the
            // freshness above measures this consumer, not the suite
            figures.put("eventDeliveryP99Ms", round(lag.getValueAtPercentile(99) / 1000.0));
            freshness.close();
        }
        figures.forEach((k, v) -> {
            if (v != null) {
                System.out.printf("  %-20s %s%n", k, v);
            }
        });
        if (jsonOut != null) {
            Files.createDirectories(jsonOut.toAbsolutePath().getParent());
            Files.write(jsonOut, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures));
        }
        return m.errors.get() == 0 ? 0 : 1;
    }

    /** What one run records; latency in microseconds. */
    private static final class Measurement {
        final long start;
        final long measureFrom;
        final long end;
        final Recorder latency = new Recorder(3);
        final Recorder sendLateness = new Recorder(3);
        final ConcurrentLinkedQueue<Freshness.Accepted> accepted = new ConcurrentLinkedQueue<>();
        /** Only when freshness is measured: at the bare endpoint, 800,000 answers a run would be kept for nothing. */
        final boolean keepAccepted;
        /**
         * Idempotency keys: one random prefix per run and the request's number. A {@code UUID.randomUUID()}
         * per request read {@code /dev/urandom} under a lock shared by the event loops, at 20,000 requests a second.
         */
        final String keyPrefix = "load-" + UUID.randomUUID() + "-";
        final AtomicLong errors = new AtomicLong();
        final AtomicLong measured = new AtomicLong();
        final AtomicLong sent = new AtomicLong();
        final AtomicLong inFlight = new AtomicLong();
        final AtomicLong maxInFlightSeen = new AtomicLong();
        volatile long finishedNanos;

        Measurement(long start, Duration warmup, Duration duration, boolean keepAccepted) {
            this.start = start;
            this.keepAccepted = keepAccepted;
            this.measureFrom = start + warmup.toNanos();
            this.end = measureFrom + duration.toNanos();
        }

        /** Records one answer; {@code from} is the due time (open model) or the send time (closed model). */
        void answered(Workload.Submission s, long from, Instant receivedAt, Instant acceptedAt, long answeredNanos) {
            if (receivedAt != null && keepAccepted) {
                accepted.add(new Freshness.Accepted(s.unit(), receivedAt, acceptedAt, s.expectedScore(), from >= measureFrom));
            }
            if (from >= measureFrom) {
                if (receivedAt != null) {
                    latency.recordValue(Schedule.latencyMicros(from, answeredNanos));
                    measured.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
            }
        }
    }

    /**
     * Open model: one sender thread sends request n at its due time ({@link Schedule}) without waiting
     * for earlier answers (up to {@code --max-in-flight} outstanding); answers are recorded as they come.
     */
    private void runOpen(Sink sink, Workload workload, Measurement m) throws Exception {
        Schedule schedule = new Schedule(m.start, rate);
        Semaphore permits = new Semaphore(maxInFlight);
        for (long n = 0; ; n++) {
            long due = schedule.due(n);
            if (due >= m.end) {
                break;
            }
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            permits.acquire();
            long sentAt = System.nanoTime();
            if (due >= m.measureFrom) {
                m.sendLateness.recordValue(Schedule.latencyMicros(due, sentAt));
            }
            m.sent.incrementAndGet();
            m.maxInFlightSeen.accumulateAndGet(m.inFlight.incrementAndGet(), Math::max);
            Workload.Submission s = workload.get(n);
            CompletableFuture<Instant> answer;
            try {
                answer = sink.submitAsync(s, m.keyPrefix + n);
            } catch (Exception e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((receivedAt, failure) -> {
                long answered = System.nanoTime();
                m.inFlight.decrementAndGet();
                permits.release();
                m.answered(s, due, failure == null ? receivedAt : null, Instant.now(), answered);
            });
        }
        permits.acquire(maxInFlight); // every answer is in
        m.finishedNanos = System.nanoTime();
    }

    /** Connections the HTTP client may open: one per client (closed model) or per request in flight (open model). */
    private int connections() {
        return rate > 0 ? maxInFlight : concurrency;
    }

    /**
     * Closed model: {@code --concurrency} clients, each sending its next request when its last is
     * answered, as wrk does. A client is a chain of callbacks, not a thread: on the 2 cores the suite
     * runs on, 16 blocked threads and their wake-ups cost the generator more than the requests.
     */
    private void runClosed(Sink sink, Workload workload, Measurement m) throws Exception {
        ClosedClients clients = new ClosedClients(concurrency, m.end,
                n -> {
                    m.sent.incrementAndGet();
                    return sink.submitAsync(workload.get(n), m.keyPrefix + n);
                },
                (n, sentAt, receivedAt) -> m.answered(workload.get(n), sentAt, receivedAt, Instant.now(), System.nanoTime()));
        clients.runToEnd();
        m.finishedNanos = System.nanoTime();
    }

    private static void writeRequests(Workload workload, Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Workload.Submission s : workload.all()) {
            out.append(s.unit()).append('\t').append(s.authorization()).append('\t').append(s.jsonText()).append('\n');
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, out);
        System.out.printf("wrote %d requests to %s%n", workload.size(), file);
    }

    /** Creates and publishes DTI-LOAD-n unless it exists: n ratio indicators, NONE, equal weights. */
    private void ensureLoadFramework(Api api) throws Exception {
        if (api.get(connection.indicator, "/api/v1/frameworks/" + framework, api.tokens.admin()).status() == 200) {
            return;
        }
        List<Map<String, Object>> children = new ArrayList<>();
        for (int i = 1; i <= valuesPerSubmission; i++) {
            children.add(Map.of("code", String.format("V%02d", i), "name", "Load indicator " + i, "weight", 1,
                    "indicator", Map.of("unit", "RATIO", "min", 0, "max", 1, "normalization", Map.of("method", "NONE"))));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("code", framework);
        document.put("name", "Load test: " + valuesPerSubmission + " indicators scored as they are");
        document.put("unitType", "PROVINCE");
        document.put("periodType", "ANNUAL");
        document.put("rankPrecision", 4);
        document.put("missingValues", "ZERO");
        document.put("root", Map.of("code", "LOAD", "name", "Load", "aggregation", "WEIGHTED_MEAN", "children", children));
        if (kind == Kind.review) {
            document.put("requireApproval", true);
        }
        if (kind == Kind.rules && valuesPerSubmission >= 4) {
            document.put("rules", List.of(
                    Map.of("code", "LOAD_V01_WITHIN_V02", "name", "V01 within V02 + 0.5", "left", "V01", "operator", "<=",
                            "right", "V02 + 0.5", "severity", "WARNING"),
                    Map.of("code", "LOAD_V03_PLUS_V04", "name", "V03 + V04 at most 1.8", "left", "V03 + V04", "operator", "<=",
                            "right", "1.8", "severity", "WARNING")));
            document.put("maxChangeRatio", 0.5);
        }
        Api.Response put = api.send("PUT", connection.indicator, "/api/v1/frameworks/" + framework, api.tokens.admin(), document, Map.of());
        Api.Response publish = api.send("POST", connection.indicator, "/api/v1/frameworks/" + framework + "/publish",
                api.tokens.admin(), new byte[0], Map.of());
        if (!put.ok() || !publish.ok()) {
            throw new IllegalStateException("could not create " + framework + ": " + put.describe() + " / " + publish.describe());
        }
    }

    private List<DemoData.Indicator> indicators(Api api) throws Exception {
        Api.Response fw = api.get(connection.indicator, "/api/v1/frameworks/" + framework, api.tokens.admin());
        if (fw.status() != 200) {
            throw new IllegalStateException("framework " + framework + ": " + fw.describe());
        }
        return DemoData.indicators(fw.body().get("root"));
    }

    private List<String> units(Api api) throws Exception {
        Api.Response r = api.get(connection.indicator, "/api/v1/units?type=PROVINCE&asOf=" + period.substring(0, 4) + "-12-31",
                api.tokens.admin());
        List<String> codes = new ArrayList<>();
        r.body().forEach(u -> codes.add(u.get("code").asText()));
        Collections.sort(codes);
        return codes;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Where a submission goes. */
    interface Sink extends AutoCloseable {
        /** Submits; returns the server's receivedAt (or the time of the answer) when accepted, else null. */
        Instant submit(Workload.Submission submission, String idempotencyKey) throws Exception;

        /** Submits without blocking the sender (the open model); by default on a pool of {@link #submit} callers. */
        default CompletableFuture<Instant> submitAsync(Workload.Submission submission, String idempotencyKey) {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return submit(submission, idempotencyKey);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, blockingPool());
        }

        /** The threads that run {@link #submit} for {@link #submitAsync}. */
        default Executor blockingPool() {
            throw new UnsupportedOperationException("no pool for blocking submits");
        }

        @Override
        default void close() throws Exception {
        }
    }
}
