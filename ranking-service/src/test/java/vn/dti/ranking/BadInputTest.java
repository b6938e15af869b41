package vn.dti.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dti.ranking.Events.values;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.dti.testing.http.RawHttp;
import vn.dti.testing.jwt.TestTokens;

/**
 * Issue #9, generated bad input against the ranking-service: at least 100 malformed requests (path and
 * query parameters, encodings, Accept and Authorization headers, methods with bodies, sizes), from a
 * fixed seed. Not in the corpus: a malformed percent escape ({@code %zz}), which Vert.x answers with a
 * bare 400 before any route or filter of the service runs (docs/api.md "Limits"). Each must answer below 500, every 4xx as problem+json, and no standings version nor
 * outbox event may appear.
 */
@QuarkusTest
class BadInputTest {

    static final long SEED = 20261130L;
    static final int COUNT = 120;
    static final String FW = "T-BADIN";

    @Inject
    Db db;

    record Case(String label, String method, String target, List<String> headers, byte[] body) {
    }

    static final String[] SEGMENTS = {"%00", "%01", "%FF%FE", "%C0%80", "%ED%A0%80", "..%2F..", "%E2%80%AE", "A".repeat(300),
            "%20", "2031-Q5", "99999999999", "-2031", "2031-H3", FW, "2047", "%0d%0aX:1", "é".repeat(50), "NO-SUCH"};
    static final String[] QUERIES = {"node=%00", "node=" + "N".repeat(3000), "node=", "compareTo=%00", "compareTo=2046", "compareTo=+999999999",
            "runs=-1", "runs=0", "runs=1000000000", "runs=1e3", "runs=%00", "seed=abc", "seed=99999999999999999999", "weightNoise=NaN",
            "weightNoise=-1", "weightNoise=1e308", "weightNoise=Infinity", "basis=nothing", "version=-1", "unknown=1",
            "node=R&node=A", "runs=5&runs=6"};
    static final String[] ACCEPTS = {"", "*/*", "application/json", "application/xml", "text/html;q=abc", "*/*;q=2", "garbage", ",,,",
            "application/json;q=0", "text/csv"};
    static final String[] AUTH = {"Authorization: Bearer", "Authorization: Bearer x.y.z", "Authorization: Basic YWRtaW46YWRtaW4=",
            "Authorization: Bearer " + TestTokens.foreignToken(), "Authorization: ",
            "Authorization: Bearer eyJhbGciOiJub25lIn0.eyJncm91cHMiOlsiYWRtaW4iXX0."};

    static List<Case> cases() {
        Random r = new Random(SEED);
        String committee = "Authorization: Bearer " + TestTokens.token("committee");
        List<Case> cases = new ArrayList<>();
        while (cases.size() < COUNT) {
            String fw = r.nextInt(3) == 0 ? FW : SEGMENTS[r.nextInt(SEGMENTS.length)];
            String period = r.nextInt(3) == 0 ? "2047" : SEGMENTS[r.nextInt(SEGMENTS.length)];
            String base = "/api/v1/standings/" + fw + "/" + period;
            String target = switch (r.nextInt(3)) {
                case 0 -> base;
                case 1 -> base + "/units/" + SEGMENTS[r.nextInt(SEGMENTS.length)];
                default -> base + "/sensitivity";
            };
            if (r.nextBoolean()) {
                target += "?" + QUERIES[r.nextInt(QUERIES.length)];
            }
            List<String> headers = new ArrayList<>();
            headers.add(r.nextInt(5) == 0 ? AUTH[r.nextInt(AUTH.length)] : committee);
            headers.add("Accept: " + ACCEPTS[r.nextInt(ACCEPTS.length)]);
            String method = "GET";
            byte[] body = null;
            if (r.nextInt(4) == 0) {
                method = new String[] {"POST", "PUT", "DELETE", "PATCH"}[r.nextInt(4)];
                headers.add("Content-Type: " + new String[] {"application/json", "text/csv", "application/json; charset=utf-16"}[r.nextInt(3)]);
                body = new byte[][] {"{".getBytes(StandardCharsets.UTF_8), {(byte) 0xC3, (byte) 0x28}, "[".repeat(3000).getBytes(StandardCharsets.UTF_8),
                        "{\"version\": 99}".getBytes(StandardCharsets.UTF_8)}[r.nextInt(4)];
            }
            cases.add(new Case(method + " " + abbreviate(target) + " " + abbreviate(headers.get(0)) + " " + headers.get(1), method, target,
                    headers, body));
        }
        return cases;
    }

    static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    @Test
    void generatedBadRequestsAreRefusedCleanlyAndChangeNothing() throws Exception {
        OffsetDateTime t = OffsetDateTime.parse("2048-02-01T00:00:00Z");
        Events.framework(Api.framework(FW, 4, "ZERO", StandingsFlowTest.PILLARS));
        Events.unit("BI", "Tỉnh Thử", "2047-01-01", "2047-12-31");
        Events.submission("BI", FW, "2047", t, values("A1", 10, "A2", 1, "B1", 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.standings(FW, "2047"), j -> j != null && j.getInt("unitCount") == 1);
        // what the requests could change: this framework's standings and events (the other segments name no framework)
        String standingsOf = "select count(*) from standings where framework_code = ?";
        String eventsOf = "select count(*) from outbox_event where aggregate_id like ?";
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(eventsOf, FW + "%") >= 1);
        long standings = db.count(standingsOf, FW);
        long outbox = db.count(eventsOf, FW + "%");
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(100);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            RawHttp.Answer a = RawHttp.send(RestAssured.port, c.method(), c.target(), c.headers().toArray(String[]::new), c.body());
            if (a.status() >= 500) {
                failures.add(a.status() + " for " + c.label() + ": " + abbreviate(a.text()));
            } else if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
                failures.add(a.status() + " without problem+json (" + a.contentType() + ") for " + c.label());
            } else if (a.status() >= 400 && (a.text().contains("Exception") || a.text().contains("at vn."))) {
                failures.add(a.status() + " with a stack trace for " + c.label());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(db.count(standingsOf, FW)).as("no new standings version").isEqualTo(standings);
        assertThat(db.count(eventsOf, FW + "%")).as("no event").isEqualTo(outbox);
        assertThat(db.count("select count(*) from standings where framework_code <> ? and framework_code like 'T-BAD%'", FW)).isZero();
    }
}
