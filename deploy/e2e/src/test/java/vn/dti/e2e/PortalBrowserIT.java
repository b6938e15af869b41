package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.restassured.http.ContentType;

/**
 * The portal in a real browser (issue 14, item 3): headless Debian Chromium, driven by Selenium
 * through Debian's ChromeDriver, against the packaged services with a real Keycloak
 * ({@link KeycloakSuite}). Each person signs in through Keycloak's own login form, does their main
 * task end to end, and signs out; every page visited is checked for the portal's frame and
 * photographed into {@code deploy/e2e/target/portal-screenshots/<role>-<page>.png}.
 *
 * <p>Periods 2088 and 2089 are this class's. The data the pages show is loaded through the APIs
 * first, as the provinces would send it.
 */
// The committee reads the standings before the officer's upload makes a new version of them.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

    private static final String FW = Suite.FRAMEWORK;
    private static final String PERIOD = "2088";
    /** Units with a full submission; 48 sends only the first {@link #PARTIAL} indicators. */
    private static final List<String> FULL = List.of("01", "31", "79", "92");
    private static final int PARTIAL = 10;
    /** The period after, with the same units' values drawn again: its standings compared with {@link #PERIOD}'s. */
    private static final String NEXT = "2089";

    private static Suite suite;
    private static Client client;
    private static KeycloakSuite realm;
    private static List<Client.Indicator> indicators;
    /** What 48 sent through the API before its officer opens the portal: indicator → value. */
    private static Map<String, Double> sentBy48;

    @AfterAll
    static void stopTheReplicasTrustingKeycloak() {
        if (suite != null) {
            suite.doneWithKeycloak();
        }
    }

    @BeforeAll
    static void servicesKeycloakAndData() throws Exception {
        Browser.requireChromium(); // before the slow part: a missing browser is said at once
        Browser.clearScreenshots();
        suite = Suite.get();
        client = new Client(suite);
        realm = suite.keycloak();
        indicators = client.indicators();

        // the period is open: due at the end of September, closes at the end of January
        client.as("admin", null, suite.indicator).contentType(ContentType.JSON)
                .body("{\"dueAt\":\"2088-09-30T00:00:00Z\",\"closesAt\":\"2089-01-31T00:00:00Z\"}")
                .put("/api/v1/frameworks/" + FW + "/periods/" + PERIOD).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        SplittableRandom random = new SplittableRandom(2088);
        for (String unit : FULL) {
            client.submit(client.submission(unit, PERIOD, indicators.size(), random), null).then().statusCode(201);
        }
        Map<String, Object> partial = client.submission("48", PERIOD, PARTIAL, random);
        client.submit(partial, null).then().statusCode(201);
        sentBy48 = new LinkedHashMap<>();
        for (Object v : (List<?>) partial.get("values")) {
            Map<?, ?> value = (Map<?, ?>) v;
            sentBy48.put((String) value.get("indicatorCode"), ((Number) value.get("value")).doubleValue());
        }
        for (String unit : FULL) {
            client.submit(client.submission(unit, NEXT, indicators.size(), random), null).then().statusCode(201);
        }
        for (String period : List.of(PERIOD, NEXT)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> client.standings(suite.ranking, period),
                            s -> s != null && FULL.stream().allMatch(u -> SubmissionToBriefIT.entry(s, u) != null)
                                    && (period.equals(NEXT) || SubmissionToBriefIT.entry(s, "48") != null));
        }
    }

    @Test
    @Order(1)
    void aCommitteeMemberReadsTheStandingsPublishesAReleaseAndABriefAndOpensItsPdf() throws Exception {
        try (Browser b = new Browser("committee", "committee", realm.portal(), "vi")) {
            b.signIn("/portal/");
            b.shown("home");
            assertThat(b.lang()).isEqualTo("vi");

            // the ranked table: every unit with a submission, ranked as the ranking-service ranks it
            b.visit("standings", "/portal/standings/" + FW + "/" + PERIOD);
            JsonNode standings = client.standings(suite.ranking, PERIOD);
            for (String unit : concat(FULL, List.of("48"))) {
                WebElement row = b.driver.findElement(By.cssSelector("#standings tr[data-unit='" + unit + "']"));
                assertThat(row.findElement(By.cssSelector("td.rank")).getText().trim())
                        .isEqualTo(SubmissionToBriefIT.entry(standings, unit).get("rank").asText());
                assertThat(row.findElement(By.cssSelector("td.score")).getText()).isNotBlank();
            }

            // a release, published through the form, is the ranking-service's release by this person
            b.visit("releases", "/portal/releases");
            int releasesBefore = releases().size();
            WebElement publish = b.driver.findElement(By.id("publish-release"));
            b.fill(publish, "framework", FW);
            b.fill(publish, "period", PERIOD);
            b.fill(publish, "label", "Kết quả chính thức 2088 (thử)");
            b.submit(publish);
            b.awaitVisible(By.cssSelector("p.notice"));
            b.shown("releases-published");
            List<JsonNode> releases = releases();
            assertThat(releases).hasSize(releasesBefore + 1);
            JsonNode release = releases.stream().max(java.util.Comparator.comparingInt(r -> r.get("revision").asInt())).orElseThrow();
            assertThat(release.get("releasedBy").asText()).isEqualTo("committee");
            assertThat(b.driver.findElements(By.cssSelector("#releases tr[data-release='" + release.get("id").asText() + "']")))
                    .hasSize(1);

            // the official standings are the release's
            b.visit("standings-official", "/portal/standings/" + FW + "/" + PERIOD + "?official=true");
            JsonNode official = Client.JSON.readTree(client.official(suite.ranking, PERIOD));
            for (String unit : concat(FULL, List.of("48"))) {
                assertThat(b.driver.findElement(By.cssSelector("#standings tr[data-unit='" + unit + "'] td.rank")).getText().trim())
                        .isEqualTo(SubmissionToBriefIT.entry(official, unit).get("rank").asText());
            }

            // a unit's profile: every indicator's contribution
            b.visit("profile-79", "/portal/units/79?fw=" + FW + "&period=" + PERIOD);
            assertThat(b.driver.findElement(By.id("profile")).getAttribute("data-unit")).isEqualTo("79");
            assertThat(b.driver.findElements(By.cssSelector("#contributions tr[data-indicator]"))).hasSize(indicators.size());

            // the next period against this one: who moved up, who down
            b.visit("standings-compare", "/portal/standings/" + FW + "/" + NEXT + "?compare=" + PERIOD);
            JsonNode next = client.standings(suite.ranking, NEXT);
            for (String unit : FULL) {
                int was = SubmissionToBriefIT.entry(standings, unit).get("rank").asInt();
                int is = SubmissionToBriefIT.entry(next, unit).get("rank").asInt();
                WebElement change = b.driver.findElement(By.cssSelector("#standings tr[data-unit='" + unit + "'] td.change"));
                assertThat(change.findElements(By.cssSelector("span.up"))).as("%s %d → %d", unit, was, is).hasSize(is < was ? 1 : 0);
                assertThat(change.findElements(By.cssSelector("span.down"))).as("%s %d → %d", unit, was, is).hasSize(is > was ? 1 : 0);
            }

            // a brief: created as a draft, published, opened as HTML and as PDF
            b.visit("briefs", "/portal/briefs");
            Set<String> before = ids(b, "#briefs tr[data-brief]", "data-brief");
            WebElement create = b.driver.findElement(By.id("create-brief"));
            fillIfPresent(b, create, "title", "Phiên họp thử trình duyệt 2088");
            fillIfPresent(b, create, "meetingDate", "2088-12-01");
            fillIfPresent(b, create, "framework", FW);
            fillIfPresent(b, create, "frameworkCode", FW);
            fillIfPresent(b, create, "period", PERIOD);
            fillIfPresent(b, create, "language", "vi");
            b.submit(create);
            b.awaitVisible(By.cssSelector("p.notice"));
            Set<String> after = ids(b, "#briefs tr[data-brief]", "data-brief");
            after.removeAll(before);
            assertThat(after).as("one new brief").hasSize(1);
            String brief = after.iterator().next();
            By row = By.cssSelector("#briefs tr[data-brief='" + brief + "']");
            assertThat(b.driver.findElement(row).getAttribute("data-status")).isEqualTo("DRAFT");
            b.shown("briefs-draft");

            b.submit(b.driver.findElement(row).findElement(By.cssSelector("form.publish-brief")));
            b.awaitVisible(By.cssSelector("p.notice"));
            assertThat(b.driver.findElement(row).getAttribute("data-status")).isEqualTo("PUBLISHED");
            assertThat(b.driver.findElement(row).findElements(By.cssSelector("form.publish-brief"))).isEmpty();
            b.shown("briefs-published");
            // the report-service's brief, published by this person (the portal used the person's token)
            JsonNode listed = null;
            for (JsonNode item : Client.JSON.readTree(client.as("committee", null, suite.report).accept(ContentType.JSON)
                    .get("/api/v1/briefs?size=100").then().statusCode(200).extract().asString()).get("items")) {
                listed = brief.equals(item.get("id").asText()) ? item : listed;
            }
            assertThat(listed).as("brief %s in the API's list", brief).isNotNull();
            assertThat(listed.get("status").asText()).isEqualTo("PUBLISHED");
            assertThat(listed.get("publishedBy").asText()).isEqualTo("committee");

            String pdfHref = b.driver.findElement(row).findElement(By.cssSelector("a.brief-pdf")).getAttribute("href");
            assertThat(pdfHref).isEqualTo(realm.portal().resolve("/portal/briefs/" + brief + ".pdf").toString());
            HttpResponse<byte[]> pdf = b.fetch("/portal/briefs/" + brief + ".pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            // without the session the PDF is not handed out
            assertThat(java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(realm.portal().resolve("/portal/briefs/" + brief + ".pdf")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isNotEqualTo(200);

            // a share link: the published brief for someone without an account
            b.submit(b.driver.findElement(row).findElement(By.cssSelector("form.share-brief")));
            WebElement shared = b.awaitVisible(By.cssSelector("#shared[data-brief='" + brief + "'] #share-url a"));
            b.shown("briefs-shared");
            HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(shared.getAttribute("href"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Phiên họp thử trình duyệt 2088");

            String htmlHref = b.driver.findElement(row).findElement(By.cssSelector("a.brief-html")).getAttribute("href");
            b.driver.get(htmlHref);
            b.await(By.tagName("body"));
            assertThat(b.driver.getPageSource()).contains("Phiên họp thử trình duyệt 2088");
            b.screenshot("brief-html");

            signOutAndBack(b);
        }
    }

    @Test
    @Order(2)
    void anOfficerOf48SeesWhatIsMissingFilesADisputeAndCannotReach79() throws Exception {
        try (Browser b = new Browser("officer-48", "officer-48", realm.portal(), "en")) {
            b.signIn("/portal/");
            b.shown("home");
            assertThat(b.lang()).isEqualTo("en");

            // the to-do list: exactly the indicators 48 has not sent
            String todo = "/portal/todo?period=" + PERIOD;
            b.visit("todo", todo);
            assertThat(b.driver.findElement(By.id("todo")).getAttribute("data-unit")).isEqualTo("48");
            assertThat(missing(b)).containsExactlyInAnyOrderElementsOf(codesAfter(PARTIAL));
            assertThat(b.driver.findElement(By.id("review-status")).getText()).isNotBlank();

            // the language switch keeps the page
            b.driver.findElement(By.cssSelector("a[hreflang=vi]")).click();
            b.await(By.cssSelector("html[lang=vi]"));
            b.shown("todo-switched-to-vi");
            assertThat(b.driver.getCurrentUrl()).contains("/portal/todo");

            // a dispute on the period's release
            String release = releaseOfThePeriod();
            b.visit("todo-vi", todo);
            WebElement dispute = b.driver.findElement(By.id("file-dispute"));
            b.fill(dispute, "releaseId", release);
            b.fill(dispute, "indicatorCode", "DX_BUDGET_SHARE");
            String reason = "Chi cho chuyển đổi số của Đà Nẵng bị tính thiếu";
            b.fill(dispute, "reason", reason);
            b.submit(dispute);
            b.awaitVisible(By.cssSelector("p.notice"));
            b.shown("todo-disputed");
            JsonNode filed = null;
            for (JsonNode d : Client.JSON.readTree(client.as("submitter", "48", suite.indicator)
                    .get("/api/v1/disputes?frameworkCode=" + FW + "&period=" + PERIOD).then().statusCode(200).extract().asString())
                    .get("disputes")) {
                filed = reason.equals(d.get("reason").asText()) ? d : filed;
            }
            assertThat(filed).as("the dispute in the indicator-service").isNotNull();
            assertThat(filed.get("releaseId").asText()).isEqualTo(release);
            assertThat(filed.get("filedBy").asText()).isEqualTo("officer-48");
            assertThat(b.driver.findElement(By.cssSelector("#disputes tr[data-dispute='" + filed.get("id").asText() + "']"))
                    .getAttribute("data-status")).isEqualTo("OPEN");

            b.visit("profile", "/portal/units/48?fw=" + FW + "&period=" + PERIOD);
            assertThat(b.driver.findElement(By.id("profile")).getAttribute("data-unit")).isEqualTo("48");

            // another unit's pages: the 403 page, with status 403, and nothing of 79's
            for (String[] page : new String[][] {{"unit-79", "/portal/units/79?fw=" + FW + "&period=" + PERIOD},
                    {"todo-79", "/portal/todo?unit=79&period=" + PERIOD}}) {
                b.visitForbidden(page[0], page[1]);
                assertThat(b.driver.findElements(By.cssSelector("#profile, #todo"))).as(page[1]).isEmpty();
                assertThat(b.fetch(page[1]).statusCode()).as(page[1]).isEqualTo(403);
            }

            signOutAndBack(b);
        }
    }

    @Test
    @Order(3)
    void anOfficerOf48UploadsACsvAndSeesTheImportSummary() throws Exception {
        try (Browser b = new Browser("officer-48", "officer-48", realm.portal(), "en")) {
            String todo = "/portal/todo?period=" + PERIOD;
            b.signIn(todo);
            b.shown("todo-upload");

            // a CSV as a province exports it: 5 values as sent, 5 changed, 5 new
            Path csv = Files.createTempFile("officer-48-", ".csv");
            Files.writeString(csv, csvOf48(), StandardCharsets.UTF_8);
            WebElement upload = b.driver.findElement(By.id("upload"));
            assertThat(upload.getAttribute("enctype")).isEqualTo("multipart/form-data");
            upload.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(csv.toAbsolutePath().toString());
            b.submit(upload);
            WebElement summary = b.awaitVisible(By.id("import-summary"));
            assertThat(count(summary, "imported")).isEqualTo(5);
            assertThat(count(summary, "updated")).isEqualTo(5);
            assertThat(count(summary, "unchanged")).isEqualTo(5);
            assertThat(count(summary, "ignored")).isEqualTo(0);
            b.shown("todo-imported");
            Files.deleteIfExists(csv);

            b.visit("todo-after-import", todo);
            assertThat(missing(b)).containsExactlyInAnyOrderElementsOf(codesAfter(PARTIAL + 5));
        }
    }

    @Test
    @Order(4)
    void aReviewerApprovesOneUnitReturnsAnotherAndRejectsADispute() throws Exception {
        try (Browser b = new Browser("reviewer", "reviewer", realm.portal(), "vi")) {
            b.signIn("/portal/");
            b.shown("home");

            String queue = "/portal/reviews/" + FW + "/" + PERIOD;
            b.visit("reviews", queue);
            By row01 = By.cssSelector("#review-queue tr[data-unit='01']");
            By row79 = By.cssSelector("#review-queue tr[data-unit='79']");
            assertThat(b.driver.findElement(row01).getAttribute("data-status")).isEqualTo("SUBMITTED");
            assertThat(b.driver.findElement(row79).getAttribute("data-status")).isEqualTo("SUBMITTED");

            b.submit(b.driver.findElement(row01).findElement(By.cssSelector("form.approve")));
            b.awaitVisible(By.cssSelector("p.notice"));
            assertThat(b.driver.findElement(row01).getAttribute("data-status")).isEqualTo("APPROVED");
            b.shown("reviews-approved");

            String comment = "Số liệu DX_BUDGET_SHARE cần kiểm tra lại <b>ngay</b>";
            WebElement ret = b.driver.findElement(row79).findElement(By.cssSelector("form.return"));
            ret.findElement(By.cssSelector("textarea[name=comment]")).sendKeys(comment);
            b.submit(ret);
            b.awaitVisible(By.cssSelector("p.notice"));
            assertThat(b.driver.findElement(row79).getAttribute("data-status")).isEqualTo("RETURNED");
            assertThat(b.driver.findElements(By.cssSelector("#review-queue b"))).as("the comment is text, not markup").isEmpty();
            b.shown("reviews-returned");

            // the decisions are the indicator-service's, made with the reviewer's own token
            JsonNode reviews = Client.JSON.readTree(client.as("reviewer", null, suite.indicator)
                    .get("/api/v1/reviews/" + FW + "/" + PERIOD).then().statusCode(200).extract().asString());
            JsonNode r01 = review(reviews, "01");
            assertThat(r01.get("status").asText()).isEqualTo("APPROVED");
            assertThat(r01.get("reviewedBy").asText()).isEqualTo("reviewer");
            JsonNode r79 = review(reviews, "79");
            assertThat(r79.get("status").asText()).isEqualTo("RETURNED");
            assertThat(r79.get("comment").asText()).isEqualTo(comment);

            // a dispute to resolve (the officer's, or one filed now when this test runs alone)
            if (openDisputes().isEmpty()) {
                client.as("submitter", "48", suite.indicator).contentType(ContentType.JSON)
                        .body(Map.of("releaseId", releaseOfThePeriod(), "unitCode", "48", "reason", "Xin xem lại"))
                        .post("/api/v1/disputes").then().statusCode(201);
            }
            String dispute = openDisputes().get(0).get("id").asText();
            b.visit("reviews-dispute", queue);
            By disputeRow = By.cssSelector("#disputes tr[data-dispute='" + dispute + "']");
            assertThat(b.driver.findElement(disputeRow).getAttribute("data-status")).isEqualTo("OPEN");
            WebElement resolve = b.driver.findElement(disputeRow).findElement(By.cssSelector("form.resolve"));
            resolve.findElement(By.cssSelector("input[name=decision][value=REJECTED]")).click();
            resolve.findElement(By.cssSelector("textarea[name=comment]")).sendKeys("Số liệu đã được kiểm tra, giữ nguyên");
            b.submit(resolve);
            b.awaitVisible(By.cssSelector("p.notice"));
            assertThat(b.driver.findElement(disputeRow).getAttribute("data-status")).isEqualTo("REJECTED");
            b.shown("reviews-dispute-rejected");
            JsonNode resolved = Client.JSON.readTree(client.as("reviewer", null, suite.indicator)
                    .get("/api/v1/disputes/" + dispute).then().statusCode(200).extract().asString());
            assertThat(resolved.get("status").asText()).isEqualTo("REJECTED");
            assertThat(resolved.get("resolution").get("resolvedBy").asText()).isEqualTo("reviewer");

            signOutAndBack(b);
        }
    }

    @Test
    @Order(5)
    void anAdminSignsInWithASessionCookieScriptsCannotReadAndSignsOutOfBothSessions() throws Exception {
        try (Browser b = new Browser("admin", "admin", realm.portal(), "en")) {
            b.signIn("/portal/");
            b.shown("home");

            // the session is a cookie for the portal only, out of reach of scripts, not sent cross-site on POSTs
            List<org.openqa.selenium.Cookie> session = b.driver.manage().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).toList();
            assertThat(session).as("the portal's session cookie").isNotEmpty();
            assertThat(session).allSatisfy(c -> {
                assertThat(c.isHttpOnly()).isTrue();
                assertThat(c.getSameSite()).isEqualToIgnoringCase("Lax");
                assertThat(c.getPath()).isEqualTo("/portal");
            });
            // a strict policy: no script at all, style from the portal's own file
            HttpResponse<byte[]> home = b.fetch("/portal/");
            assertThat(home.statusCode()).isEqualTo(200);
            String policy = home.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).contains("script-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(b.driver.findElements(By.cssSelector("script, [style]"))).isEmpty();

            // a lost portal session (expired, cookie gone): the page asked for goes through the provider,
            // whose session still holds, and comes back to that page signed in
            session.forEach(c -> b.driver.manage().deleteCookieNamed(c.getName()));
            b.visit("releases-after-session-lost", "/portal/releases");
            assertThat(b.driver.getCurrentUrl()).isEqualTo(realm.portal().resolve("/portal/releases").toString());
            assertThat(b.driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))).isNotEmpty();

            // the language switch: the same page in the other language
            b.driver.findElement(By.cssSelector("a[hreflang=vi]")).click();
            b.await(By.cssSelector("html[lang=vi]"));
            b.shown("releases-vi");
            assertThat(b.driver.getCurrentUrl()).isEqualTo(realm.portal().resolve("/portal/releases").toString());

            signOutAndBack(b);
        }
    }

    /**
     * Sign-out ends both sessions: afterwards the portal sends the browser to the identity
     * provider, which asks for the password again (its session is gone too).
     */
    private static void signOutAndBack(Browser b) {
        b.visit("home-again", "/portal/");
        b.signOut();
        b.driver.get(realm.portal().resolve("/portal/").toString());
        b.await(By.id("password"));
        assertThat(b.driver.findElements(By.id("signed-in-as"))).isEmpty();
        assertThat(b.driver.getCurrentUrl()).startsWith(realm.keycloak.issuer());
        b.screenshot("signed-out");
        // and signing in again works
        b.fillLoginForm();
        b.await(By.id("signed-in-as"));
        b.checkFrame();
    }

    /** The latest release of the period: the committee's, or one made now through the API when a test runs alone. */
    private static String releaseOfThePeriod() throws Exception {
        if (releases().isEmpty()) {
            long version = client.standings(suite.ranking, PERIOD).get("version").asLong();
            client.release(suite.ranking, PERIOD, (int) version, "2088 (e2e)").then().statusCode(201);
            // the indicator-service learns of releases from their event; disputes name them
            Thread.sleep(3000);
        }
        return releases().stream().max(java.util.Comparator.comparingInt(r -> r.get("revision").asInt())).orElseThrow()
                .get("id").asText();
    }

    private static List<JsonNode> openDisputes() throws Exception {
        List<JsonNode> open = new ArrayList<>();
        Client.JSON.readTree(client.as("reviewer", null, suite.indicator)
                .get("/api/v1/disputes?frameworkCode=" + FW + "&period=" + PERIOD + "&status=OPEN").then().statusCode(200)
                .extract().asString()).get("disputes").forEach(open::add);
        return open;
    }

    private static List<JsonNode> releases() throws Exception {
        JsonNode body = Client.JSON.readTree(client.as("committee", null, suite.ranking)
                .get("/api/v1/releases?frameworkCode=" + FW + "&period=" + PERIOD).then().statusCode(200).extract().asString());
        List<JsonNode> list = new ArrayList<>();
        body.forEach(list::add);
        return list;
    }

    private static JsonNode review(JsonNode reviews, String unit) {
        for (JsonNode r : reviews.get("units")) {
            if (unit.equals(r.path("unitCode").asText())) {
                return r;
            }
        }
        throw new AssertionError("no review row for " + unit + " in " + reviews);
    }

    /** The CSV the officer uploads: the first 5 of its values unchanged, the next 5 changed, 5 new. */
    private static String csvOf48() {
        StringBuilder csv = new StringBuilder("unit_code,framework_code,period,indicator_code,value,note\n");
        SplittableRandom random = new SplittableRandom(4888);
        for (int i = 0; i < PARTIAL + 5; i++) {
            Client.Indicator ind = indicators.get(i);
            Double sent = sentBy48.get(ind.code());
            double value = i < 5 ? sent : i < PARTIAL ? other(ind, sent) : other(ind, null);
            csv.append("48,").append(FW).append(',').append(PERIOD).append(',').append(ind.code()).append(',')
                    .append(plain(value)).append(',').append(i == PARTIAL ? "\"số liệu, đã kiểm tra\"" : "").append('\n');
        }
        return csv.toString();
    }

    /** A valid value of {@code ind} different from {@code not}. */
    private static double other(Client.Indicator ind, Double not) {
        return switch (ind.unit()) {
            case "BOOLEAN" -> not == null ? 1 : 1 - not;
            case "COUNT" -> not == null ? 12 : not + 1;
            default -> {
                double lo = ind.min() != null ? ind.min() : 0;
                double hi = ind.max() != null ? ind.max() : 100;
                double v = Math.round((lo + (hi - lo) * 0.37) * 100) / 100.0;
                yield not != null && v == not ? Math.round((lo + (hi - lo) * 0.61) * 100) / 100.0 : v;
            }
        };
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static List<String> codesAfter(int sent) {
        return indicators.subList(sent, indicators.size()).stream().map(Client.Indicator::code).toList();
    }

    private static List<String> missing(Browser b) {
        return b.driver.findElements(By.cssSelector("#missing li[data-indicator]")).stream()
                .map(li -> li.getAttribute("data-indicator")).toList();
    }

    private static int count(WebElement summary, String what) {
        return Integer.parseInt(summary.findElement(By.cssSelector("dd[data-count='" + what + "']")).getText().trim());
    }

    private static Set<String> ids(Browser b, String css, String attribute) {
        Set<String> ids = new HashSet<>();
        b.driver.findElements(By.cssSelector(css)).forEach(e -> ids.add(e.getAttribute(attribute)));
        return ids;
    }

    private static void fillIfPresent(Browser b, WebElement form, String name, String value) {
        if (!form.findElements(By.name(name)).isEmpty()) {
            b.fill(form, name, value);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
