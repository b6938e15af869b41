package vn.dti.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Loads the demo through the public API, as the provinces would: three rounds ({@link DemoData#ROUNDS})
 * on the default DTI framework, each unit with its own submitter token: 2023 and 2024 on the 63
 * provinces, 2025 on the 34 units of 2025-07-01; a few late, a few incomplete, two provinces not
 * reporting for 2024 and one unit for 2025. Then, when the ranking and report services are up,
 * waits for the standings and makes briefs of 2024 against 2023 and of 2025 against 2024 (across
 * the boundary: 2024 restated on the 34 units) in both languages, saved as HTML, PDF and Markdown
 * for reading in a browser. Every round is reviewed (issue 10; up.sh seeds the framework with
 * requireApproval): 2023 and 2025 approved in full, 2024 approved except two provinces returned
 * with a comment. A unit decided on an earlier run is left as it is. Last, the official results
 * ({@link ReleaseDemo}): the 2023 and 2024 releases, two disputes, a correction, 2024 revision 2 and
 * its brief, with a share link.
 *
 * <p>Idempotent: a period whose planned submissions are all stored is left as it is, so running it
 * twice changes nothing. A period left partly loaded (an interrupted run) is completed by posting
 * its whole plan again: every submission carries an {@code Idempotency-Key} and a byte-identical
 * body, so the ones stored already are replayed, not stored twice.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Loads the demo data (63 provinces 2023 and 2024, 34 units 2025), makes briefs of it, "
                + "releases 2023 and 2024, files and resolves two disputes and releases 2024 revision 2.")
final class DemoLoader implements Callable<Integer> {

    @Mixin
    Connection connection;

    @Option(names = "--framework", defaultValue = "DTI-PROVINCE", description = "Framework code (default: ${DEFAULT-VALUE}).")
    String framework;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the generated values (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "deploy/local/.run/briefs",
            description = "Where the demo briefs are saved (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--standings-timeout", defaultValue = "PT90S",
            description = "How long to wait for the standings to include the demo (default: ${DEFAULT-VALUE}).")
    Duration standingsTimeout;

    private Api api;

    @Override
    public Integer call() throws Exception {
        api = connection.api(8);
        if (!api.waitReady(connection.indicator, Duration.ofSeconds(60))) {
            System.err.println("demo: the indicator-service at " + connection.indicator + " is not ready");
            return 1;
        }
        Api.Response fw = api.get(connection.indicator, "/api/v1/frameworks/" + framework, api.tokens.admin());
        if (fw.status() != 200) {
            System.err.println("demo: framework " + framework + " not found: " + fw.describe());
            return 1;
        }
        List<DemoData.Indicator> indicators = DemoData.indicators(fw.body().get("root"));
        DemoData data = new DemoData(seed);
        Map<Integer, OffsetDateTime> lastAccepted = new LinkedHashMap<>();
        for (DemoData.Round round : DemoData.ROUNDS) {
            lastAccepted.put(round.year(), loadYear(data, indicators, round));
        }
        // The local suite seeds the framework with requireApproval (up.sh): 2023 and 2025 are approved
        // in full, so the approved standings compare; in 2024 two provinces are returned.
        for (DemoData.Round round : DemoData.ROUNDS) {
            review(data, indicators, round);
        }
        if (!api.waitReady(connection.ranking, Duration.ofSeconds(5))) {
            System.out.println("  ranking-service not running: no standings, no brief");
            return 0;
        }
        for (Brief brief : BRIEFS) {
            String period = Integer.toString(brief.year());
            long version = waitForStandings(period, lastAccepted.get(brief.year()));
            if (version < 0) {
                System.err.println("demo: the standings of " + period + " did not catch up within " + standingsTimeout);
                return 1;
            }
            if (!awaitPublished(framework + "/" + period, version)) {
                System.err.println("demo: standings version " + version + " of " + period + " was not published on dti.standings within "
                        + standingsTimeout);
                return 1;
            }
        }
        if (!api.waitReady(connection.report, Duration.ofSeconds(5))) {
            System.out.println("  report-service not running: no brief");
            return 0;
        }
        // The brief must use those standings: wait until the report-service has applied every
        // standings version and submission published so far.
        if (!ConsumerLag.awaitZero(connection.kafka, "report-service", List.of("dti.standings", "dti.submissions"),
                standingsTimeout)) {
            System.err.println("demo: the report-service did not catch up with the standings within " + standingsTimeout);
            return 1;
        }
        for (Brief brief : BRIEFS) {
            briefs(brief);
        }

        // The official results (issue 11): releases, two disputes, the correction and revision 2.
        DemoData.Round round2024 = DemoData.ROUNDS.stream().filter(r -> r.year() == 2024).findFirst().orElseThrow();
        Double released = data.year(round2024, units(2024), indicators).submissions().stream()
                .filter(s -> s.unitCode().equals(ReleaseDemo.UPHELD_UNIT)).findFirst()
                .map(s -> s.values().get(ReleaseDemo.UPHELD_INDICATOR)).orElse(null);
        if (released == null) {
            System.err.println("demo: " + ReleaseDemo.UPHELD_UNIT + " reports no " + ReleaseDemo.UPHELD_INDICATOR
                    + " for 2024 with seed " + seed + ": no dispute to uphold");
            return 1;
        }
        String revision2 = new ReleaseDemo(api, connection, framework, standingsTimeout, released).run();
        if (revision2 == null) {
            System.out.println("  2024 has no revision 2 (the demo's dispute was not upheld): no brief of it");
            return 0;
        }
        // the brief takes every figure from the release: the report-service must hold it (and 2023's)
        if (!ConsumerLag.awaitZero(connection.kafka, "report-service", List.of("dti.standings", "dti.submissions"),
                standingsTimeout)) {
            System.err.println("demo: the report-service did not catch up with the releases within " + standingsTimeout);
            return 1;
        }
        Map<String, URI> revised = briefs(revision2Brief(revision2));
        for (Map.Entry<String, URI> brief : revised.entrySet()) {
            shareLink(brief.getValue(), out.resolve("demo-2024-r2-" + brief.getKey() + ".share"));
        }
        return 0;
    }

    /** The provinces valid at the end of {@code year}, code → region. */
    private Map<String, String> units(int year) throws Exception {
        Map<String, String> units = new LinkedHashMap<>();
        Api.Response list = api.get(connection.indicator, "/api/v1/units?type=PROVINCE&asOf=" + year + "-12-31",
                api.tokens.admin());
        check(list, "list the units of " + year);
        list.body().forEach(u -> units.put(u.get("code").asText(), u.path("region").asText(null)));
        return units;
    }

    /**
     * A 30-day share link of the brief, for opening it in a browser without a token. The link's URL
     * is shown once by the service (only its hash is stored), so it is kept in {@code saved} with
     * the link id; a second run keeps a link that is still active and makes a new one otherwise.
     */
    private void shareLink(URI brief, Path saved) throws Exception {
        if (Files.exists(saved)) {
            List<String> lines = Files.readAllLines(saved);
            if (lines.size() == 2) {
                Api.Response link = api.get(connection.report, brief.getPath() + "/links/" + lines.get(1), api.tokens.committee());
                if (link.status() == 200 && "ACTIVE".equals(link.body().path("state").asText())) {
                    System.out.printf("  share link (made earlier, until %s): %s%n", link.body().path("expiresAt").asText(), lines.get(0));
                    return;
                }
            }
        }
        Api.Response created = api.send("POST", connection.report, brief.getPath() + "/links", api.tokens.committee(),
                Map.of("expiresInDays", 30), Map.of());
        check(created, "share " + brief);
        Files.writeString(saved, created.body().path("url").asText() + "\n" + created.body().path("id").asText() + "\n");
        System.out.printf("  share link (until %s): %s%n", created.body().path("expiresAt").asText(), created.body().path("url").asText());
    }

    /**
     * A demo brief: its year against the year before, with its title per language, saved as
     * {@code name-<language>.<format>}; made from the latest standings, or from a release.
     */
    record Brief(String name, int year, int compareYear, Map<String, String> titles, String releaseId) {
    }

    static final List<Brief> BRIEFS = List.of(
            new Brief("demo-2024", 2024, 2023, Map.of(
                    "vi", "Báo cáo phiên họp Ủy ban Quốc gia về chuyển đổi số: Chỉ số DTI cấp tỉnh năm 2024",
                    "en", "National Committee on Digital Transformation: provincial DTI 2024 meeting brief"), null),
            // across the 2025 boundary: the brief compares with 2024 restated on the 34 units
            new Brief("demo-2025", 2025, 2024, Map.of(
                    "vi", "Báo cáo phiên họp Ủy ban Quốc gia về chuyển đổi số: Chỉ số DTI cấp tỉnh năm 2025 (34 tỉnh, thành phố)",
                    "en", "National Committee on Digital Transformation: provincial DTI 2025 meeting brief (34 provinces)"), null));

    /** The brief of 2024 revision 2 (the official results after the upheld dispute), against 2023's release. */
    static Brief revision2Brief(String releaseId) {
        return new Brief("demo-2024-r2", 2024, 2023, Map.of(
                "vi", "Báo cáo phiên họp Ủy ban Quốc gia về chuyển đổi số: Chỉ số DTI cấp tỉnh năm 2024, kết quả chính thức (bản công bố lần 2)",
                "en", "National Committee on Digital Transformation: provincial DTI 2024, official results (revision 2)"), releaseId);
    }

    /**
     * Loads one year, or what is missing of it; returns the receivedAt of its last submission.
     * Complete already: nothing is sent (not even the period's schedule). Partly loaded: the whole
     * plan is posted again in the same order, the stored submissions being replayed.
     */
    private OffsetDateTime loadYear(DemoData data, List<DemoData.Indicator> indicators, DemoData.Round round) throws Exception {
        int year = round.year();
        String period = Integer.toString(year);
        Map<String, String> units = units(year);
        DemoData.Year plan = data.year(round, units, indicators);

        Stored stored = stored(period);
        List<DemoData.Submission> missing = plan.missing(stored.units());
        if (missing.isEmpty()) {
            System.out.printf("  %s %s: already loaded (%d submissions), left as it is%n", framework, period,
                    stored.units().size());
            return stored.lastReceived();
        }
        if (!stored.units().isEmpty()) {
            System.out.printf("  %s %s: partly loaded (%d of %d planned submissions missing), completing it%n",
                    framework, period, missing.size(), plan.submissions().size());
        }

        // Open the period with a due date ahead, take the on-time submissions, then set the real due
        // date (31 March of the next year, already past) and take the late ones: they are marked late.
        // On a re-run the order is the same, so a missing on-time submission is still on time; one
        // stored already is replayed from its Idempotency-Key (checked before the due date), keeping
        // its original answer, lateness included. When no on-time submission is missing the due date
        // is not moved ahead at all.
        OffsetDateTime closes = OffsetDateTime.of(2030, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHours(7));
        OffsetDateTime realDue = OffsetDateTime.of(LocalDate.of(year + 1, 3, 31).atTime(23, 59, 59), ZoneOffset.ofHours(7));
        if (missing.stream().anyMatch(s -> !s.late())) {
            schedule(period, OffsetDateTime.now().plusDays(1), closes);
        }
        OffsetDateTime last = submit(period, plan.onTime());
        schedule(period, realDue, closes);
        OffsetDateTime lastLate = submit(period, plan.late());
        System.out.printf("  %s %s: %d units, %d submissions (%d late), %d incomplete, not reporting: %s%n", framework,
                period, units.size(), plan.submissions().size(), plan.late().size(), plan.incomplete().size(),
                plan.notReporting().isEmpty() ? "none" : String.join(", ", plan.notReporting()));
        return lastLate != null ? lastLate : last;
    }

    /**
     * Reviews the year's round as {@link DemoData#reviews} plans it. A unit whose series is no longer
     * SUBMITTED (decided on an earlier run) is left as it is, so a second run decides nothing.
     */
    private void review(DemoData data, List<DemoData.Indicator> indicators, DemoData.Round round) throws Exception {
        int year = round.year();
        String period = Integer.toString(year);
        Api.Response list = api.get(connection.indicator, "/api/v1/reviews/" + framework + "/" + period, api.tokens.reviewer());
        check(list, "list the reviews of " + period);
        Map<String, JsonNode> byUnit = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (JsonNode u : list.body().path("units")) {
            byUnit.put(u.path("unitCode").asText(), u);
            units.put(u.path("unitCode").asText(), null);
        }
        Api.Response regions = api.get(connection.indicator, "/api/v1/units?type=PROVINCE&asOf=" + year + "-12-31",
                api.tokens.admin());
        check(regions, "list the units of " + year);
        regions.body().forEach(u -> units.put(u.get("code").asText(), u.path("region").asText(null)));
        DemoData.Year plan = data.year(round, units, indicators);
        int approved = 0;
        List<String> returned = new ArrayList<>();
        for (DemoData.Review r : data.reviews(plan, round.returned())) {
            JsonNode state = byUnit.get(r.unitCode());
            if (state == null || !"SUBMITTED".equals(state.path("status").asText())) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("decision", r.decision());
            body.put("submissionId", state.path("submissionId").asText());
            if (r.comment() != null) {
                body.put("comment", r.comment());
                body.put("valueComments", List.of(Map.of("indicatorCode", r.indicatorCode(), "comment", "Cần minh chứng")));
            }
            Api.Response d = api.send("POST", connection.indicator, "/api/v1/reviews/" + framework + "/" + period + "/"
                    + r.unitCode(), api.tokens.reviewer(), body, Map.of());
            check(d, "review " + r.unitCode() + " " + period);
            if ("RETURN".equals(r.decision())) {
                returned.add(r.unitCode());
            } else {
                approved++;
            }
        }
        System.out.printf("  %s %s reviewed: %d approved, returned: %s%n", framework, period, approved,
                returned.isEmpty() ? "none" : String.join(", ", returned));
    }

    /** The units with a submission stored for the period, and the newest receivedAt. */
    private record Stored(java.util.Set<String> units, OffsetDateTime lastReceived) {
    }

    private Stored stored(String period) throws Exception {
        java.util.Set<String> units = new java.util.HashSet<>();
        OffsetDateTime newest = null;
        for (int page = 0; ; page++) {
            Api.Response r = api.get(connection.indicator, "/api/v1/submissions?frameworkCode=" + framework
                    + "&period=" + period + "&page=" + page + "&size=200", api.tokens.admin());
            check(r, "list the submissions of " + period);
            JsonNode items = r.body().path("items");
            for (JsonNode item : items) {
                units.add(item.path("unitCode").asText());
                OffsetDateTime received = OffsetDateTime.parse(item.path("receivedAt").asText());
                if (newest == null || received.isAfter(newest)) {
                    newest = received;
                }
            }
            if (items.size() < 200) {
                return new Stored(units, newest);
            }
        }
    }

    private void schedule(String period, OffsetDateTime dueAt, OffsetDateTime closesAt) throws Exception {
        Api.Response r = api.send("PUT", connection.indicator, "/api/v1/frameworks/" + framework + "/periods/" + period,
                api.tokens.admin(), Map.of("dueAt", dueAt.toString(), "closesAt", closesAt.toString()), Map.of());
        check(r, "schedule period " + period);
    }

    private OffsetDateTime submit(String period, List<DemoData.Submission> submissions) throws Exception {
        OffsetDateTime last = null;
        for (DemoData.Submission s : submissions) {
            Api.Response r = api.send("POST", connection.indicator, "/api/v1/submissions",
                    api.tokens.submitter(s.unitCode()), body(framework, period, s),
                    Map.of("Idempotency-Key", "demo-" + seed + "-" + framework + "-" + period + "-" + s.unitCode()));
            check(r, "submit " + s.unitCode() + " " + period);
            last = OffsetDateTime.parse(r.body().get("receivedAt").asText());
        }
        return last;
    }

    /**
     * The JSON body of a demo submission, byte for byte the same on every run: the service replays
     * an Idempotency-Key only for the same body (another body is 422), and {@code Map.of} iterates
     * in an order that changes from one JVM to the next.
     */
    static Map<String, Object> body(String framework, String period, DemoData.Submission s) {
        List<Map<String, Object>> values = new ArrayList<>();
        s.values().forEach((code, value) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("indicatorCode", code);
            v.put("value", value);
            values.add(v);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", s.unitCode());
        body.put("frameworkCode", framework);
        body.put("period", period);
        body.put("values", values);
        return body;
    }

    /** Waits until {@code dti.standings} carries at least {@code version} for {@code key}. */
    private boolean awaitPublished(String key, long version) {
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(KafkaSettings.of(connection.kafka, Map.of(
                "group.id", "demo-" + java.util.UUID.randomUUID(),
                "enable.auto.commit", "false", "auto.offset.reset", "earliest")),
                new org.apache.kafka.common.serialization.StringDeserializer(),
                new org.apache.kafka.common.serialization.StringDeserializer())) {
            consumer.subscribe(List.of("dti.standings"));
            long deadline = System.nanoTime() + standingsTimeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key()) && Api.JSON.readTree(r.value()).path("version").asLong() >= version) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits until the ranking-service has applied every submission (its consumer group has no lag on
     * {@code dti.submissions}) and its standings have settled (computed after the last accepted
     * submission and unchanged for two seconds); returns their version, or -1 on timeout.
     */
    private long waitForStandings(String period, OffsetDateTime lastAccepted) throws Exception {
        String path = "/api/v1/standings/" + framework + "/" + period;
        long deadline = System.nanoTime() + standingsTimeout.toNanos();
        System.out.print("  waiting for the standings of " + period + " ");
        long seen = -1;
        int stableFor = 0;
        while (System.nanoTime() < deadline) {
            Api.Response r = api.get(connection.ranking, path, api.tokens.committee());
            boolean caughtUp = ConsumerLag.of(connection.kafka, "ranking-service", List.of("dti.submissions")) == 0;
            if (r.status() == 200 && caughtUp) {
                long version = r.body().get("version").asLong();
                OffsetDateTime computed = OffsetDateTime.parse(r.body().get("computedAt").asText());
                boolean after = lastAccepted == null || !computed.isBefore(lastAccepted);
                stableFor = after && version == seen ? stableFor + 1 : 0;
                seen = version;
                if (stableFor >= 4) {
                    System.out.printf(" version %d, %d units%n", version, r.body().get("unitCount").asInt());
                    return version;
                }
            }
            System.out.print(".");
            Thread.sleep(500);
        }
        System.out.println();
        return -1;
    }

    /**
     * Makes, publishes and saves the brief in both languages, once. What exists is read from the API
     * ({@code GET /briefs} of the period, by title and language), so a second run makes nothing, a
     * brief left a draft by an interrupted run is published, and missing files are saved again.
     * Returns the briefs by language.
     */
    private Map<String, URI> briefs(Brief brief) throws Exception {
        Files.createDirectories(out);
        Map<String, String> formats = Map.of("html", "text/html", "pdf", "application/pdf", "md", "text/markdown");
        Map<String, URI> made = new LinkedHashMap<>();
        for (String language : List.of("vi", "en")) {
            String title = brief.titles().get(language);
            JsonNode existing = findBrief(brief.year(), title, language);
            URI uri;
            boolean saved;
            if (existing != null) {
                uri = connection.report.resolve(existing.path("href").asText());
                saved = formats.keySet().stream().allMatch(f -> Files.exists(out.resolve(brief.name() + "-" + language + "." + f)));
                System.out.printf("  brief %s (%s): %s (made earlier)%n", brief.name(), language, uri);
            } else {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", title);
                body.put("meetingDate", LocalDate.now().toString());
                body.put("frameworkCode", framework);
                body.put("period", Integer.toString(brief.year()));
                body.put("comparePeriod", Integer.toString(brief.compareYear()));
                body.put("language", language);
                if (brief.releaseId() != null) {
                    body.put("releaseId", brief.releaseId());
                }
                Api.Response created = api.send("POST", connection.report, "/api/v1/briefs", api.tokens.committee(), body, Map.of());
                check(created, "create the " + brief.name() + " " + language + " brief");
                uri = connection.report.resolve(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath());
                saved = false;
                System.out.printf("  brief %s (%s): %s%n", brief.name(), language, uri);
            }
            if (existing == null || "DRAFT".equals(existing.path("status").asText())) {
                // a brief is made as a draft (committee and admin only); the demo's briefs are for every province
                check(api.send("POST", connection.report, uri.getPath() + "/publish", api.tokens.committee(), Map.of(), Map.of()),
                        "publish the " + brief.name() + " " + language + " brief");
            }
            if (!saved) {
                for (Map.Entry<String, String> f : formats.entrySet()) {
                    Api.Response r = api.get(connection.report, uri.getPath(), api.tokens.committee(), f.getValue());
                    check(r, "read the brief as " + f.getValue());
                    Files.write(out.resolve(brief.name() + "-" + language + "." + f.getKey()), r.raw());
                }
                System.out.printf("    saved: %s%n", out.resolve(brief.name() + "-" + language + ".html").toAbsolutePath().toUri());
            }
            Files.writeString(out.resolve(brief.name() + "-" + language + ".url"), uri + "\n");
            made.put(language, uri);
        }
        return made;
    }

    /** The demo's brief of that year, title and language (the newest if several), or null. */
    private JsonNode findBrief(int year, String title, String language) throws Exception {
        for (int page = 0; ; page++) {
            Api.Response r = api.get(connection.report, "/api/v1/briefs?frameworkCode=" + framework + "&period=" + year + "&page=" + page
                    + "&size=200", api.tokens.committee());
            check(r, "list the briefs of " + year);
            for (JsonNode item : r.body().path("items")) {
                if (title.equals(item.path("title").asText()) && language.equals(item.path("language").asText())) {
                    return item;
                }
            }
            if (r.body().path("items").size() < 200) {
                return null;
            }
        }
    }

    private static void check(Api.Response r, String what) throws IOException {
        if (!r.ok()) {
            throw new IOException("could not " + what + ": " + r.describe());
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
