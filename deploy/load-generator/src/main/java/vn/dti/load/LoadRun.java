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

    @Option(names = "--kafka", defaultValue = "127.0.0.1:9092", description = "Bootstrap servers, for freshness (default: ${DEFAULT-VALUE}).")
    String kafka;

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

    @Option(names = "--framework", defaultValue = "DTI-PROVINCE")
    String framework;

    @Option(names = "--period", defaultValue = "2020", description = "Period posted to (default: ${DEFAULT-VALUE}; not the demo's).")
    String period;

    @Option(names = "--json", description = "Also write the figures as JSON to this file.")
    Path jsonOut;

    /** The outcome of one POST: when the 201 arrived (wall clock) and how long it took. */
    private record Sent(Instant acceptedAt, long latencyMicros) {
    }

    @Override
    public Integer call() throws Exception {
        Api api = connection.api(concurrency);
        List<DemoData.Indicator> indicators = indicators(api);
        List<String> units = units(api);
        Sink sink = switch (target) {
            case suite -> new HttpSink(api, connection.indicator, "/api/v1/submissions", true);
            case bare -> new HttpSink(api, bareUrl, "/noop/submissions", false);
            case postgres -> new JdbcSink(jdbcUrl, Files.readString(schema), framework);
        };
        Freshness freshness = target == Target.suite ? new Freshness(kafka, framework + "/" + period) : null;
        if (freshness != null) {
            freshness.start();
        }
        System.out.printf("target %s, %s, %d clients, %s + %s warm-up, %d values per submission, %d units%n",
                target, rate > 0 ? rate + " submissions/s" : "as fast as possible", concurrency, duration, warmup,
                valuesPerSubmission, units.size());

        Recorder latency = new Recorder(3);
        ConcurrentLinkedQueue<Sent> accepted = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
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
                    boolean ok;
                    try {
                        ok = sink.submit(unit, body, "load-" + UUID.randomUUID());
                    } catch (Exception e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (intended >= measureFrom) {
                        if (ok) {
                            latency.recordValue(Math.max(1, (done - intended) / 1000));
                            accepted.add(new Sent(Instant.now(), (done - intended) / 1000));
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
        figures.put("accepted", accepted.size());
        figures.put("errors", errors.get());
        figures.put("acceptedPerSecond", round(accepted.size() / seconds));
        figures.put("postP50Ms", round(post.getValueAtPercentile(50) / 1000.0));
        figures.put("postP99Ms", round(post.getValueAtPercentile(99) / 1000.0));
        figures.put("postMaxMs", round(post.getMaxValue() / 1000.0));
        if (freshness != null) {
            Histogram fresh = freshness.measure(accepted.stream().map(Sent::acceptedAt).toList(), Duration.ofSeconds(30));
            figures.put("freshnessMeasured", fresh.getTotalCount());
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

    private List<DemoData.Indicator> indicators(Api api) throws Exception {
        Api.Response fw = api.get(connection.indicator, "/api/v1/frameworks/" + framework, api.tokens.admin());
        if (fw.status() != 200) {
            throw new IllegalStateException("framework " + framework + ": " + fw.describe());
        }
        List<DemoData.Indicator> list = new ArrayList<>();
        collect(fw.body().get("root"), list);
        return list;
    }

    private static void collect(JsonNode node, List<DemoData.Indicator> into) {
        if (node.has("indicator")) {
            JsonNode i = node.get("indicator");
            into.add(new DemoData.Indicator(node.get("code").asText(), i.path("unit").asText("NUMBER"),
                    i.hasNonNull("min") ? i.get("min").asDouble() : null, i.hasNonNull("max") ? i.get("max").asDouble() : null,
                    "LOWER_IS_BETTER".equals(i.path("direction").asText())));
        } else {
            node.path("children").forEach(c -> collect(c, into));
        }
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
        boolean submit(String unit, Map<String, Object> body, String idempotencyKey) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** POSTs as the unit's own submitter. */
    private record HttpSink(Api api, URI base, String path, boolean authenticated) implements Sink {
        @Override
        public boolean submit(String unit, Map<String, Object> body, String key) throws Exception {
            HttpRequest request = api.request("POST", base, path, authenticated ? api.tokens.submitter(unit) : null, body,
                    Map.of("Idempotency-Key", key));
            HttpResponse<Void> r = api.http.send(request, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 201;
        }
    }

    static OffsetDateTime parseTime(String text) {
        return OffsetDateTime.parse(text);
    }
}
