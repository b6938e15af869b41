package vn.dti.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import vn.dti.client.indicator.api.FrameworksApi;
import vn.dti.client.indicator.api.SubmissionsApi;
import vn.dti.client.indicator.api.UnitsApi;
import vn.dti.client.indicator.api.ValuesApi;
import vn.dti.client.indicator.model.Framework;
import vn.dti.client.indicator.model.FrameworkNode;
import vn.dti.client.indicator.model.IndicatorSpec;
import vn.dti.client.indicator.model.Submission;
import vn.dti.client.indicator.model.SubmissionBatch;
import vn.dti.client.indicator.model.SubmissionRequest;
import vn.dti.client.indicator.model.SubmissionValueRequest;
import vn.dti.client.indicator.model.SubmissionValueRequestValue;
import vn.dti.client.indicator.model.Unit;
import vn.dti.client.ranking.api.StandingsApi;
import vn.dti.client.ranking.model.Comparison;
import vn.dti.client.ranking.model.Sensitivity;
import vn.dti.client.ranking.model.Standings;
import vn.dti.client.ranking.model.StandingsEntry;
import vn.dti.client.ranking.model.StandingsVersion;
import vn.dti.client.ranking.model.StandingsVersionPage;
import vn.dti.client.ranking.model.UnitProfile;
import vn.dti.client.report.api.BriefsApi;
import vn.dti.client.report.model.BriefContent;
import vn.dti.client.report.model.BriefRequest;

/**
 * An integrator's jobs done with the Java clients generated from the services' own documents
 * during this build (deploy/e2e/pom.xml), unchanged: the only set-up is the base URL and the
 * bearer token. No hand-written HTTP. Periods 2018 and 2023 are this class's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientIT {

    static final String FW = Suite.FRAMEWORK;
    static final String PERIOD = "2023";
    static final String EARLIER = "2018";

    private final Suite suite = Suite.get();

    /** The indicator-service client as a unit's system (role submitter, its unit) or another role. */
    vn.dti.client.indicator.ApiClient indicator(String role, String unit) {
        vn.dti.client.indicator.ApiClient client = new vn.dti.client.indicator.ApiClient();
        client.updateBaseUri(suite.indicator.uri().toString());
        String token = suite.token(role, unit);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    vn.dti.client.ranking.ApiClient ranking(String role, String unit) {
        vn.dti.client.ranking.ApiClient client = new vn.dti.client.ranking.ApiClient();
        client.updateBaseUri(suite.ranking.uri().toString());
        String token = suite.token(role, unit);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    vn.dti.client.report.ApiClient report(String role) {
        vn.dti.client.report.ApiClient client = new vn.dti.client.report.ApiClient();
        client.setBasePath(suite.report.uri().toString());
        client.setBearerToken(suite.token(role, null));
        return client;
    }

    /** The default framework's leaf indicators, in framework order. */
    List<FrameworkNode> indicators(Framework framework) {
        List<FrameworkNode> leaves = new ArrayList<>();
        collect(framework.getRoot(), leaves);
        return leaves;
    }

    private static void collect(FrameworkNode node, List<FrameworkNode> into) {
        if (node.getIndicator() != null) {
            into.add(node);
        } else {
            node.getChildren().forEach(c -> collect(c, into));
        }
    }

    /** A value within the indicator's range: yes/no indicators get a boolean, as a province's system sends it. */
    static SubmissionValueRequestValue value(IndicatorSpec spec, int unitSeed, int i) {
        if (spec.getUnit() == IndicatorSpec.UnitEnum.BOOLEAN) {
            return new SubmissionValueRequestValue((unitSeed + i) % 2 == 0);
        }
        double lo = spec.getMin() != null ? spec.getMin() : 0;
        double hi = spec.getMax() != null ? spec.getMax() : 100;
        double share = ((unitSeed * 37 + i * 11) % 100) / 100.0;
        return new SubmissionValueRequestValue(Math.round((lo + (hi - lo) * share) * 100) / 100.0);
    }

    SubmissionRequest submission(List<FrameworkNode> indicators, String unit, String period, int seed) {
        SubmissionRequest request = new SubmissionRequest().unitCode(unit).frameworkCode(FW).period(period);
        for (int i = 0; i < indicators.size(); i++) {
            FrameworkNode n = indicators.get(i);
            request.addValuesItem(new SubmissionValueRequest().indicatorCode(n.getCode()).value(value(n.getIndicator(), seed, i)));
        }
        return request;
    }

    @Test
    @Order(1)
    void indicatorFlow() throws Exception {
        var admin = indicator("admin", null);
        List<Unit> provinces = new UnitsApi(admin).listUnits(LocalDate.of(2023, 12, 31), "PROVINCE");
        assertThat(provinces).hasSize(63);
        assertThat(provinces).anySatisfy(u -> {
            assertThat(u.getCode()).isEqualTo("48");
            assertThat(u.getValidFrom()).isBeforeOrEqualTo(LocalDate.of(2023, 12, 31));
        });
        Framework framework = new FrameworksApi(admin).getFramework(FW);
        assertThat(framework.getStatus()).isEqualTo(Framework.StatusEnum.PUBLISHED);
        List<FrameworkNode> indicators = indicators(framework);
        assertThat(indicators).isNotEmpty();

        // JSON with an Idempotency-Key: 201, Location names the new submission
        var daNang = new SubmissionsApi(indicator("submitter", "48"));
        SubmissionRequest request = submission(indicators, "48", PERIOD, 48);
        var created = daNang.createSubmissionWithHttpInfo(request, null, null, "client-48-" + PERIOD);
        assertThat(created.getStatusCode()).isEqualTo(201);
        String location = created.getHeaders().get("location").get(0);
        Submission submission = created.getData();
        assertThat(location).endsWith("/api/v1/submissions/" + submission.getId());
        assertThat(created.getHeaders()).doesNotContainKey("idempotent-replayed");
        assertThat(submission.getValues()).hasSize(indicators.size());

        // the same request again: the original answer, marked as a replay
        var replay = daNang.createSubmissionWithHttpInfo(request, null, null, "client-48-" + PERIOD);
        assertThat(replay.getStatusCode()).isEqualTo(201);
        assertThat(replay.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(replay.getData().getId()).isEqualTo(submission.getId());

        // a dry run: what would be stored, nothing stored
        Submission dry = daNang.createSubmission(submission(indicators, "48", PERIOD, 7), null, true, null);
        assertThat(dry.getDryRun()).isTrue();

        // read back by the id of the Location
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Submission read = daNang.getSubmission(id);
        assertThat(read.getId()).isEqualTo(submission.getId());
        assertThat(read.getValues()).extracting(v -> v.getIndicatorCode())
                .containsExactlyElementsOf(indicators.stream().map(FrameworkNode::getCode).toList());
        assertThat(daNang.listSubmissions(FW, 0, PERIOD, 20, "48").getTotal()).isEqualTo(1L);

        // CSV with its own operation, also with a key and a Location
        StringBuilder csv = new StringBuilder("unit_code,framework_code,period,indicator_code,value,note\n");
        for (int i = 0; i < indicators.size(); i++) {
            FrameworkNode n = indicators.get(i);
            var v = value(n.getIndicator(), 1, i).getActualInstance();
            csv.append("01,").append(FW).append(',').append(PERIOD).append(',').append(n.getCode()).append(',')
                    .append(v).append(",from the generated client\n");
        }
        var haNoi = new SubmissionsApi(indicator("submitter", "01"));
        var csvCreated = haNoi.createSubmissionCsvWithHttpInfo(csv.toString(), null, null, null, "client-01-" + PERIOD);
        assertThat(csvCreated.getStatusCode()).isEqualTo(201);
        SubmissionBatch batch = csvCreated.getData();
        assertThat(batch.getSubmissions()).singleElement().satisfies(s -> assertThat(s.getUnitCode()).isEqualTo("01"));
        assertThat(csvCreated.getHeaders().get("location")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("/api/v1/submissions/" + batch.getSubmissions().get(0).getId()));
        var csvReplay = haNoi.createSubmissionCsvWithHttpInfo(csv.toString(), null, null, null, "client-01-" + PERIOD);
        assertThat(csvReplay.getHeaders().get("idempotent-replayed")).containsExactly("true");

        // an earlier period for the comparison of the ranking flow
        daNang.createSubmission(submission(indicators, "48", EARLIER, 3), null, null, null);
        new SubmissionsApi(indicator("submitter", "01")).createSubmission(submission(indicators, "01", EARLIER, 5), null, null, null);

        // completeness: Đà Nẵng and Hà Nội reported in full
        var completeness = new ValuesApi(indicator("committee", null)).getCompleteness(FW, PERIOD, null);
        assertThat(completeness.getUnits()).hasSize(63);
        assertThat(completeness.getUnits()).filteredOn(u -> u.getUnitCode().equals("48")).singleElement()
                .satisfies(u -> assertThat(u.getComplete()).isTrue());
        assertThat(completeness.getTotals().getComplete()).isEqualTo(2);

        // a problem+json answer, read as the generated Problem type
        assertThatThrownBy(() -> daNang.createSubmission(submission(indicators, "49", PERIOD, 1), null, null, null))
                .isInstanceOfSatisfying(vn.dti.client.indicator.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    vn.dti.client.indicator.model.Problem problem = problem(admin, e.getResponseBody());
                    assertThat(problem.getStatus()).isEqualTo(403);
                    assertThat(problem.getType()).isEqualTo("https://dti.gov.vn/problems/forbidden");
                });
        SubmissionRequest unknown = submission(indicators, "48", PERIOD, 2);
        unknown.getValues().get(0).setIndicatorCode("NO_SUCH_INDICATOR");
        assertThatThrownBy(() -> daNang.createSubmission(unknown, null, true, null))
                .isInstanceOfSatisfying(vn.dti.client.indicator.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    vn.dti.client.indicator.model.Problem problem = problem(admin, e.getResponseBody());
                    assertThat(problem.getErrors()).anySatisfy(f -> assertThat(f.getPointer()).isEqualTo("/values/0/indicatorCode"));
                });
    }

    static vn.dti.client.indicator.model.Problem problem(vn.dti.client.indicator.ApiClient client, String body) {
        try {
            return client.getObjectMapper().readValue(body, vn.dti.client.indicator.model.Problem.class);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    @Test
    @Order(2)
    void rankingFlow() throws Exception {
        var standingsApi = new StandingsApi(ranking("committee", null));
        Standings standings = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> standingsApi.getStandings(FW, PERIOD, null, null, null), s -> s.getEntries().stream()
                        .filter(e -> e.getUnitCode().equals("48") || e.getUnitCode().equals("01"))
                        .filter(StandingsEntry::getComplete).count() == 2);
        assertThat(standings.getUnitCount()).isEqualTo(63);
        assertThat(standings.getEntries()).hasSize(63);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> standingsApi.getStandings(FW, EARLIER, null, null, null).getEntries().stream()
                        .filter(e -> e.getUnitCode().equals("48")).anyMatch(StandingsEntry::getComplete));

        // a unit's own profile, compared with the earlier period
        var daNang = new StandingsApi(ranking("submitter", "48"));
        UnitProfile profile = daNang.getUnitProfile(FW, PERIOD, "48", null, EARLIER, null);
        assertThat(profile.getUnitCode()).isEqualTo("48");
        assertThat(profile.getVersion()).isEqualTo(standings.getVersion());
        Comparison comparison = profile.getComparison();
        assertThat(comparison.getPeriod()).isEqualTo(EARLIER);
        assertThat(comparison.getBasis()).isEqualTo(Comparison.BasisEnum.SAME_UNIT);
        assertThat(comparison.getScoreChange()).isCloseTo(profile.getScore() - comparison.getPreviousScore(),
                org.assertj.core.data.Offset.offset(1e-9));

        // provenance: every reported value names its submission
        assertThat(profile.getIndicators()).filteredOn(i -> i.getRaw() != null).isNotEmpty()
                .allSatisfy(i -> assertThat(i.getSubmissionId()).isNotNull());
        // the version just read stays readable by number, and is listed
        assertThat(standingsApi.getStandings(FW, PERIOD, null, null, standings.getVersion()).getVersion()).isEqualTo(standings.getVersion());
        StandingsVersionPage versions = standingsApi.listStandingsVersions(FW, PERIOD, null, 0, 200);
        assertThat(versions.getItems()).extracting(StandingsVersion::getVersion).contains(standings.getVersion());

        Sensitivity sensitivity = standingsApi.getSensitivity(FW, PERIOD, null, 50, 7L, 0.2);
        assertThat(sensitivity.getRuns()).isEqualTo(50);
        assertThat(sensitivity.getUnits()).hasSize(63);

        // problem+json as the generated Problem: another unit's profile, and an out-of-range weightNoise
        assertThatThrownBy(() -> daNang.getUnitProfile(FW, PERIOD, "01", null, null, null))
                .isInstanceOfSatisfying(vn.dti.client.ranking.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(rankingProblem(e.getResponseBody()).getStatus()).isEqualTo(403);
                });
        assertThatThrownBy(() -> standingsApi.getSensitivity(FW, PERIOD, null, 10, 1L, 1.0))
                .isInstanceOfSatisfying(vn.dti.client.ranking.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(rankingProblem(e.getResponseBody()).getDetail()).contains("weightNoise");
                });
    }

    static vn.dti.client.ranking.model.Problem rankingProblem(String body) {
        try {
            return vn.dti.client.ranking.ApiClient.createDefaultObjectMapper().readValue(body, vn.dti.client.ranking.model.Problem.class);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    @Test
    @Order(3)
    void reportFlow() throws Exception {
        // the report-service has the standings once its consumer caught up
        var committee = new BriefsApi(report("committee"));
        BriefRequest request = new BriefRequest().title("Phiên họp (client)").meetingDate(LocalDate.of(2026, 12, 1))
                .frameworkCode(FW).period(PERIOD).comparePeriod(EARLIER).language(BriefRequest.LanguageEnum.VI);
        BriefContent brief = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> committee.createBrief(request), b -> b.getRanking().stream()
                        .anyMatch(r -> r.getUnitCode().equals("48") && r.getComplete() && r.getPreviousRank() != null));
        UUID id = UUID.fromString(brief.getId().toString());
        assertThat(brief.getComparePeriod()).isEqualTo(EARLIER);

        // a draft until the committee publishes it: a reviewer does not see it yet
        assertThatThrownBy(() -> new BriefsApi(report("reviewer")).getBrief(id))
                .isInstanceOfSatisfying(vn.dti.client.report.ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(String.valueOf(committee.publishBrief(id.toString()).getStatus())).isEqualTo("PUBLISHED");

        // any authenticated caller reads it in every format
        var reader = new BriefsApi(report("reviewer"));
        assertThat(reader.getBrief(id).getTitle()).isEqualTo("Phiên họp (client)");
        assertThat(reader.getBriefHtml(id)).containsIgnoringCase("<html").contains("Đà Nẵng");
        assertThat(reader.getBriefMarkdown(id)).contains("# ").contains("Đà Nẵng");
        java.io.File pdf = reader.getBriefPdf(id);
        byte[] bytes = Files.readAllBytes(pdf.toPath());
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(reader.listBriefs(FW, 0, PERIOD, 20).getItems()).anySatisfy(s -> assertThat(s.getId()).isEqualTo(brief.getId()));

        // problem+json as the generated Problem
        UUID none = UUID.fromString("00000000-0000-4000-8000-000000000000");
        assertThatThrownBy(() -> reader.getBrief(none))
                .isInstanceOfSatisfying(vn.dti.client.report.ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    try {
                        vn.dti.client.report.model.Problem problem = report("reviewer").getObjectMapper()
                                .readValue(e.getResponseBody(), vn.dti.client.report.model.Problem.class);
                        assertThat(problem.getType()).isEqualTo("https://dti.gov.vn/problems/not-found");
                    } catch (Exception x) {
                        throw new AssertionError(x);
                    }
                });
    }
}
