package vn.dti.report.portal.api;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.report.portal.api.ApiClient.Service;
import vn.dti.report.portal.api.IndicatorViews.Batch;
import vn.dti.report.portal.api.IndicatorViews.Completeness;
import vn.dti.report.portal.api.IndicatorViews.Dispute;
import vn.dti.report.portal.api.IndicatorViews.DisputeList;
import vn.dti.report.portal.api.IndicatorViews.Period;
import vn.dti.report.portal.api.IndicatorViews.Release;
import vn.dti.report.portal.api.IndicatorViews.Reviews;
import vn.dti.report.portal.api.IndicatorViews.Submission;
import vn.dti.report.portal.api.IndicatorViews.SubmissionPage;

/**
 * The indicator-service calls of the officer and reviewer pages (and the ranking-service's release list
 * an officer disputes), through {@link ApiClient}, so with the signed-in person's token: a refusal is an
 * {@link ApiProblem} for the page to show. The shapes are those of docs/api.md ({@link IndicatorViews}).
 */
@ApplicationScoped
public class IndicatorApi {

    private static final TypeReference<List<Period>> PERIODS = new TypeReference<>() { };
    private static final TypeReference<List<Release>> RELEASES = new TypeReference<>() { };

    @Inject
    ApiClient client;

    @Inject
    ObjectMapper json;

    public List<Period> periods(String framework) {
        return json.convertValue(get("/api/v1/frameworks/" + seg(framework) + "/periods", Map.of()), PERIODS);
    }

    /** A unit's to-do list; {@code unit} null = the officer's own unit (the API's default for a submitter). */
    public Completeness todo(String framework, String period, String unit) {
        return json.convertValue(get("/api/v1/completeness/" + seg(framework) + "/" + seg(period),
                unit == null ? Map.of() : Map.of("unitCode", unit)), Completeness.class);
    }

    /** Submissions of a unit, newest first; {@code period} null = every period of the framework. */
    public List<Submission> submissions(String unit, String framework, String period, int size) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("unitCode", unit);
        q.put("frameworkCode", framework);
        if (period != null) {
            q.put("period", period);
        }
        q.put("size", String.valueOf(size));
        List<Submission> items = json.convertValue(get("/api/v1/submissions", q), SubmissionPage.class).items();
        return items == null ? List.of() : items;
    }

    /** Posts the uploaded file as it is: the API reads its dialect and charset (docs/api.md, CSV dialects). */
    public ImportOutcome submitCsv(byte[] csv) {
        try {
            return accepted(client.post(Service.INDICATOR, "/api/v1/submissions", "text/csv",
                    HttpRequest.BodyPublishers.ofByteArray(csv)).json());
        } catch (ApiProblem p) {
            return refusedOrThrow(p);
        }
    }

    /** Posts one value as a JSON submission of {@code unit}. */
    public ImportOutcome submitValue(String unit, String framework, String period, String indicator, Object value, String note) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("indicatorCode", indicator);
        v.put("value", value);
        if (note != null && !note.isBlank()) {
            v.put("note", note);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unit);
        body.put("frameworkCode", framework);
        body.put("period", period);
        body.put("values", List.of(v));
        try {
            return accepted(client.postJson(Service.INDICATOR, "/api/v1/submissions", body).json());
        } catch (ApiProblem p) {
            return refusedOrThrow(p);
        }
    }

    public Reviews reviews(String framework, String period) {
        return json.convertValue(get("/api/v1/reviews/" + seg(framework) + "/" + seg(period), Map.of()), Reviews.class);
    }

    /** APPROVE or RETURN the submission the reviewer saw; a newer one since is the API's 409. */
    public void decide(String framework, String period, String unit, String decision, String submissionId, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("submissionId", submissionId);
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment);
        }
        client.postJson(Service.INDICATOR, "/api/v1/reviews/" + seg(framework) + "/" + seg(period) + "/" + seg(unit), body);
    }

    /** Disputes newest first; {@code period}/{@code status} null = any. */
    public List<Dispute> disputes(String framework, String period, String status) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("frameworkCode", framework);
        if (period != null) {
            q.put("period", period);
        }
        if (status != null) {
            q.put("status", status);
        }
        List<Dispute> list = json.convertValue(get("/api/v1/disputes", q), DisputeList.class).disputes();
        return list == null ? List.of() : list;
    }

    public void fileDispute(String releaseId, String unit, String indicator, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("releaseId", releaseId);
        body.put("unitCode", unit);
        if (indicator != null && !indicator.isBlank()) {
            body.put("indicatorCode", indicator);
        }
        body.put("reason", reason);
        client.postJson(Service.INDICATOR, "/api/v1/disputes", body);
    }

    public void resolveDispute(String id, String decision, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        client.postJson(Service.INDICATOR, "/api/v1/disputes/" + seg(id) + "/resolution", body);
    }

    /** The releases of a framework (ranking-service), newest first: what an officer may contest. */
    public List<Release> releases(String framework) {
        return json.convertValue(client.getJson(Service.RANKING, "/api/v1/releases" + query(Map.of("frameworkCode", framework))),
                RELEASES);
    }

    private JsonNode get(String path, Map<String, String> query) {
        return client.getJson(Service.INDICATOR, path + query(query));
    }

    /** One submission or a multi-group CSV batch, as one summary. */
    private ImportOutcome accepted(JsonNode answer) {
        if (answer != null && answer.has("submissions")) {
            Batch b = json.convertValue(answer, Batch.class);
            return ImportOutcome.accepted(b.submissions(), b.summary(), b.warnings(), b.conflicts());
        }
        Submission s = json.convertValue(answer, Submission.class);
        return ImportOutcome.accepted(List.of(s), s.summary(), s.warnings(), List.of());
    }

    /**
     * A refusal of what was sent (400, 409 closed period, 413, 415, 422) is the officer's to correct and is
     * shown as the summary; any other (403 another unit, the API away) is the page of its status.
     */
    private static ImportOutcome refusedOrThrow(ApiProblem p) {
        if (p.status() == 400 || p.status() == 409 || p.status() == 413 || p.status() == 415 || p.status() == 422) {
            return ImportOutcome.refused(p);
        }
        throw p;
    }

    private static String query(Map<String, String> query) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> q.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }

    /** A path segment: codes and ids come from the URL the person typed, so they are encoded, never trusted. */
    public static String seg(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
