package vn.dti.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

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

    @Option(names = "--schema", defaultValue = "indicator-service/src/main/resources/db/migration/V1__schema.sql",
            description = "The indicator-service schema the postgres target writes into (default: ${DEFAULT-VALUE}).")
    Path schema;

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


    @Override
    public Integer call() throws Exception {
        Api api = connection.api(concurrency);
        if (framework == null) {
            framework = "DTI-LOAD-" + valuesPerSubmission;
            ensureLoadFramework(api);
        }
        List<DemoData.Indicator> indicators = indicators(api);
        List<String> units = units(api);
        Sink sink = switch (target) {
            case suite -> new HttpSink(api, connection.indicator, "/api/v1/submissions", true);
            case bare -> new HttpSink(api, bareUrl, "/noop/submissions", false);
            case postgres -> new JdbcSink(jdbcUrl, Files.readString(schema), framework);
        };
        Freshness freshness = target == Target.suite ? new Freshness(connection.kafka, framework + "/" + period) : null;
        if (freshness != null) {
            freshness.start();
        }
        System.out.printf("target %s, %s, %d clients, %s + %s warm-up, %d values per submission, %d units%n",
                target, rate > 0 ? rate + " submissions/s" : "as fast as possible", concurrency, duration, warmup,
                valuesPerSubmission, units.size());

        Recorder latency = new Recorder(3);
        ConcurrentLinkedQueue<Freshness.Accepted> accepted = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            SplittableRandom random = new SplittableRandom(c * 7919L + 1);
            running.add(clients.submit(() -> {
                while (true) {
                    long n = sequence.getAndIncrement();
                    long intended = rate > 0 ? start + (long) (n * 1e9 / rate) : System.nanoTime();
                    if (intended >= end) {
                        return null;
                    }
                    long now = System.nanoTime();
                    if (intended > now) {
                        TimeUnit.NANOSECONDS.sleep(intended - now);
                    }
                    String unit = units.get((int) (n % units.size()));
                    Map<String, Object> body = body(unit, indicators, random);
                    Instant receivedAt;
                    try {
                        receivedAt = sink.submit(unit, body, "load-" + UUID.randomUUID());
                    } catch (Exception e) {
                        receivedAt = null;
                    }
                    long done = System.nanoTime();
                    Instant acceptedAt = Instant.now();
                    if (receivedAt != null) {
                        accepted.add(new Freshness.Accepted(unit, receivedAt, acceptedAt, expectedScore(body, indicators.size())));
                    }
                    if (intended >= measureFrom) {
                        if (receivedAt != null) {
                            latency.recordValue(Math.max(1, (done - intended) / 1000));
                            measured.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        Histogram post = latency.getIntervalHistogram();
        sink.close();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("target", target.name());
        figures.put("rateRequested", rate);
        figures.put("concurrency", concurrency);
        figures.put("valuesPerSubmission", valuesPerSubmission);
        figures.put("seconds", round(seconds));
        figures.put("accepted", measured.get());
        figures.put("errors", errors.get());
        figures.put("acceptedPerSecond", round(measured.get() / seconds));
        figures.put("postP50Ms", round(post.getValueAtPercentile(50) / 1000.0));
        figures.put("postP99Ms", round(post.getValueAtPercentile(99) / 1000.0));
        figures.put("postMaxMs", round(post.getMaxValue() / 1000.0));
        if (freshness != null) {
            Freshness.Result result = freshness.measure(new ArrayList<>(accepted), Duration.ofSeconds(60));
            Histogram fresh = result.histogram();
            figures.put("freshnessMeasured", fresh.getTotalCount());
            figures.put("freshnessNeverShown", result.unseen());
            figures.put("freshnessP50Ms", round(fresh.getValueAtPercentile(50) / 1000.0));
            figures.put("freshnessP99Ms", round(fresh.getValueAtPercentile(99) / 1000.0));
            figures.put("freshnessMaxMs", round(fresh.getMaxValue() / 1000.0));
            figures.put("standingsVersions", freshness.versions());
            freshness.close();
        }
        figures.forEach((k, v) -> System.out.printf("  %-20s %s%n", k, v));
        if (jsonOut != null) {
            Files.createDirectories(jsonOut.toAbsolutePath().getParent());
            Files.write(jsonOut, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures));
        }
        return errors.get() == 0 ? 0 : 1;
    }

    private Map<String, Object> body(String unit, List<DemoData.Indicator> indicators, SplittableRandom random) {
        List<Map<String, Object>> values = new ArrayList<>(valuesPerSubmission);
        for (int i = 0; i < Math.min(valuesPerSubmission, indicators.size()); i++) {
            DemoData.Indicator ind = indicators.get(i);
            double value = switch (ind.unit()) {
                case "RATIO" -> Math.round(random.nextDouble() * 10_000) / 10_000.0;
                case "BOOLEAN" -> random.nextInt(2);
                case "COUNT" -> random.nextInt(500);
                default -> Math.round(100 * (ind.min() != null ? ind.min() : 0)
                        + random.nextDouble() * 100 * ((ind.max() != null ? ind.max() : 100) - (ind.min() != null ? ind.min() : 0))) / 100.0;
            };
            values.add(Map.of("indicatorCode", ind.code(), "value", value));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("frameworkCode", framework);
        body.put("period", period);
        body.put("values", values);
        return body;
    }

    /** The score the load framework gives a unit with these values: their plain mean (missing count 0). */
    private static double expectedScore(Map<String, Object> body, int indicatorCount) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) body.get("values");
        double sum = 0;
        for (Map<String, Object> v : values) {
            sum += ((Number) v.get("value")).doubleValue();
        }
        return sum / indicatorCount;
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
        Instant submit(String unit, Map<String, Object> body, String idempotencyKey) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** POSTs as the unit's own submitter. */
    private record HttpSink(Api api, URI base, String path, boolean authenticated) implements Sink {
        @Override
        public Instant submit(String unit, Map<String, Object> body, String key) throws Exception {
            HttpRequest request = api.request("POST", base, path, authenticated ? api.tokens.submitter(unit) : null, body,
                    Map.of("Idempotency-Key", key));
            HttpResponse<byte[]> r = api.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 201) {
                return null;
            }
            JsonNode answer = Api.JSON.readTree(r.body());
            return answer.hasNonNull("receivedAt") ? OffsetDateTime.parse(answer.get("receivedAt").asText()).toInstant() : Instant.now();
        }
    }

}
