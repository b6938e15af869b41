package vn.dti.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.dti.report.render.PdfRenderer;
import vn.dti.testing.jwt.TestTokens;

/**
 * Issue #9 in the report-service: each reproduction of the issue is one test here. Every refusal is
 * a 4xx problem+json that stores nothing; no stored data can make a brief answer 500.
 */
@QuarkusTest
class HardeningTest {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    Db db;

    @Inject
    PdfRenderer pdfRenderer;

    @BeforeEach
    void fixture() {
        Fixture.load(db);
    }

    static URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + RestAssured.port + path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JsonPath.from(r.body()).getInt("status")).isEqualTo(status);
    }

    private JsonPath refused(String body) {
        long before = db.count("brief", null);
        Response r = Api.as("committee").contentType(ContentType.JSON).body(body).post("/api/v1/briefs");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(db.count("brief", null)).as("nothing stored").isEqualTo(before);
        return r.jsonPath();
    }

    @Test
    void controlCharactersInATitleOrCodeAre422() {
        for (String title : List.of("Meeting\\u0001brief", "\\u0000", "Tab\\tin a title", "x\\ud800y", "DEL\\u007f")) {
            JsonPath p = refused("{\"title\": \"" + title + "\", \"meetingDate\": \"2032-04-15\", \"frameworkCode\": \""
                    + Fixture.FW + "\", \"period\": \"2031\", \"language\": \"en\"}");
            assertThat(p.getList("errors.pointer")).as(title).containsExactly("/title");
            assertThat(p.getList("errors.code")).containsExactly("INVALID_CHARACTER");
        }
        JsonPath p = refused("{\"title\": \"t\", \"meetingDate\": \"2032-04-15\", \"frameworkCode\": \"T\\u0000X\", "
                + "\"period\": \"20\\u000031\", \"comparePeriod\": \"\\u0000\", \"language\": \"e\\u0000n\"}");
        assertThat(p.getList("errors.pointer")).containsExactlyInAnyOrder("/frameworkCode", "/period", "/comparePeriod", "/language");
        assertThat(p.getList("errors.code")).containsOnly("INVALID_CHARACTER");
        // NUL in a filter of the list: 400, not a database error
        Response list = Api.as("reviewer").urlEncodingEnabled(false).get("/api/v1/briefs?frameworkCode=%00&period=%01");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(list.contentType()).startsWith("application/problem+json");
    }

    @Test
    void controlCharactersAlreadyStoredDoNotBreakAnyFormat() throws Exception {
        String location = Api.create(Api.request("Stored control characters", Fixture.FW, "2031", "2030", "vi")).header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        // as if an older version, or a unit event, had let them in: a title and a unit name with U+0001 and NUL
        assertThat(db.update("update brief set content = replace(replace(content, 'Stored control characters', "
                + "'Stored\\u0001control\\u0000characters'), 'Đà Nẵng', 'Đà\\u0001Nẵng') where id = '" + id + "'")).isEqualTo(1);
        assertThat(db.text("select content from brief where id = '" + id + "'")).contains("Đà\\u0001Nẵng");
        for (String type : List.of("application/json", "text/html", "text/markdown", "application/pdf")) {
            Response r = Api.read(location, type);
            assertThat(r.statusCode()).as(type + ": " + r.asString()).isEqualTo(200);
            assertThat(r.contentType()).startsWith(type);
            if (!type.equals("application/json") && !type.equals("application/pdf")) {
                assertThat(r.asString()).doesNotContain("\u0001").doesNotContain("\u0000").contains("Đà\uFFFDNẵng");
            }
        }
    }

    @Test
    void meetingDatesOutsideTheSupportedRangeAre422() {
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "1999-12-31", "2100-01-01")) {
            JsonPath p = refused("{\"title\": \"t\", \"meetingDate\": \"" + date + "\", \"frameworkCode\": \"" + Fixture.FW
                    + "\", \"period\": \"2031\", \"language\": \"en\"}");
            assertThat(p.getList("errors.pointer")).as(date).containsExactly("/meetingDate");
            assertThat(p.getList("errors.code")).as(date).containsExactly("OUT_OF_RANGE");
        }
    }

    @Test
    void aBriefWithoutContentTypeIs415() throws Exception {
        long before = db.count("brief", null);
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/v1/briefs"))
                .header("Authorization", "Bearer " + TestTokens.token("committee"))
                .POST(HttpRequest.BodyPublishers.ofString(Api.request("No content type", Fixture.FW, "2031", null, "en"))));
        assertProblem(r, 415);
        assertThat(db.count("brief", null)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void anEmptyAcceptHeaderGetsTheJson() throws Exception {
        String location = Api.create(Api.request("Empty Accept", Fixture.FW, "2031", null, "en")).header("Location");
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(location)).header("Accept", "")
                .header("Authorization", "Bearer " + TestTokens.token("reviewer")).GET());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JsonPath.from(r.body()).getString("title")).isEqualTo("Empty Accept");
    }

    @Test
    void htmlBriefsCarryAStrictContentSecurityPolicyAndEveryAnswerNosniff() throws Exception {
        String location = Api.create(Api.request("Policy", Fixture.FW, "2031", null, "en")).header("Location");
        Response html = Api.read(location, "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        String policy = html.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'none'", "style-src 'unsafe-inline'", "img-src data:", "frame-ancestors 'none'")
                .doesNotContain("script-src").doesNotContain("unsafe-eval");
        assertThat(html.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // every kind of answer: JSON, PDF, a problem (401, 404, 413), health, metrics, OpenAPI
        List<Response> answers = List.of(Api.read(location, "application/json"), Api.read(location, "application/pdf"),
                RestAssured.given().get(location), Api.as("reviewer").get("/api/v1/briefs/" + UUID.randomUUID()),
                RestAssured.given().get("/q/health/ready"), RestAssured.given().get("/q/metrics"), RestAssured.given().get("/q/openapi"));
        for (Response r : answers) {
            assertThat(r.header("X-Content-Type-Options")).as(r.statusLine()).isEqualTo("nosniff");
        }
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/api/v1/briefs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1_100_000])));
        assertThat(tooLarge.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void thePdfOfABriefIsRenderedOnceForParallelReaders() throws Exception {
        String location = Api.create(Api.request("Rendered once", Fixture.FW, "2031", "2030", "vi")).header("Location");
        String token = TestTokens.token("reviewer");
        long before = pdfRenderer.renderings();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<byte[]>> reads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                reads.add(() -> {
                    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri(location)).header("Accept", "application/pdf")
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120)).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertThat(r.statusCode()).isEqualTo(200);
                    return r.body();
                });
            }
            List<byte[]> pdfs = new ArrayList<>();
            for (Future<byte[]> f : pool.invokeAll(reads)) {
                pdfs.add(f.get());
            }
            assertThat(pdfRenderer.renderings() - before).as("renderings").isEqualTo(1);
            byte[] first = pdfs.get(0);
            assertThat(new String(first, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            for (byte[] pdf : pdfs) {
                assertThat(Arrays.equals(pdf, first)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        byte[] again = Api.read(location, "application/pdf").asByteArray();
        assertThat(pdfRenderer.renderings() - before).isEqualTo(1);
        assertThat(again).isEqualTo(Api.read(location, "application/pdf").asByteArray());
    }

    @Test
    void metricsAreTaggedByRouteNotByRawPath() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = "zz" + UUID.randomUUID().toString().replace("-", "");
            ids.add(id);
            RestAssured.given().delete("/api/v1/briefs/" + id);
            RestAssured.given().get("/api/v1/briefs/" + id);
            RestAssured.given().post("/api/v1/briefs/" + id + "/publish");
            RestAssured.given().get("/api/v1/" + id);
        }
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("http_server_requests_seconds_count");
        for (String id : ids) {
            assertThat(metrics).doesNotContain(id);
        }
    }

    @Test
    void aChunkedBodyOver1MiBAndAnOverlongUriAreProblems() throws Exception {
        long before = db.count("brief", null);
        byte[] big = ("{\"title\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        // no length known in advance: sent chunked
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(uri("/api/v1/briefs")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.token("committee"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertProblem(chunked, 413);
        HttpResponse<String> longUri = send(HttpRequest.newBuilder(uri("/api/v1/briefs?frameworkCode=" + "A".repeat(5_200)))
                .header("Authorization", "Bearer " + TestTokens.token("reviewer")).GET());
        assertProblem(longUri, 414);
        HttpResponse<String> longPath = send(HttpRequest.newBuilder(uri("/api/v1/briefs/" + "b".repeat(10_000))).GET());
        assertProblem(longPath, 414);
        assertThat(db.count("brief", null)).isEqualTo(before);
    }
}
