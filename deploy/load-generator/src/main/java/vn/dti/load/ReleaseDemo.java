package vn.dti.load;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The demo's official results (issue 11): the 2023 release, the 2024 release (revision 1), two
 * disputes on it from two provinces — one upheld, one rejected — the admin correction of the
 * upheld one after the 2024 round closed, its review approval, and 2024 revision 2.
 *
 * <p>What is left to do is decided from what the API answers ({@link #observe}), never from local
 * files, so a run killed midway finishes on the next and a finished demo is left as it is: every
 * step is taken only while its result is missing ({@link #next}).
 */
final class ReleaseDemo {

    static final String RELEASED_PERIOD = "2023";
    static final String DISPUTED_PERIOD = "2024";

    /**
     * The 2024 round's schedule once it is over: due 31 March 2025 as the demo loads it, closed
     * 30 April 2025. A correction after closing needs a closed period (DESIGN §11).
     */
    static final OffsetDateTime DUE_2024 = OffsetDateTime.of(LocalDate.of(2025, 3, 31).atTime(23, 59, 59), ZoneOffset.ofHours(7));
    static final OffsetDateTime CLOSED_2024 = OffsetDateTime.of(LocalDate.of(2025, 4, 30).atTime(23, 59, 59), ZoneOffset.ofHours(7));

    /**
     * The upheld dispute: Hậu Giang (93) typed its 2024 share of online public services processed on
     * time with two digits swapped, 89,38 % for 98,38 % (with the default seed). Hậu Giang is approved
     * in 2024 and ranked in the crowded middle of the table, so the correction moves it up a few
     * ranks and the provinces it passes down one: visible, and believable.
     */
    static final String UPHELD_UNIT = "93";
    static final String UPHELD_UNIT_NAME = "Hậu Giang";
    static final String UPHELD_INDICATOR = "OPS_TIMELY_RATE";

    /**
     * The rejected dispute: Thái Bình (34), which reported 2024 after the due date (with the default
     * seed), asks for its report to count as on time.
     */
    static final String REJECTED_UNIT = "34";

    /** A demo dispute as the API shows it; {@code null} when not filed yet. */
    record Dispute(String id, String status, String correctionSubmissionId) {
    }

    /** What the demo finds in the suite. */
    record Progress(boolean released2023, String revision1Id, boolean revision2, Dispute upheld, Dispute rejected,
                    boolean periodClosed, String upheldReviewStatus, String upheldLatestSubmissionId) {
    }

    /** The steps of the act, in order. */
    enum Step {
        RELEASE_2023, RELEASE_2024, FILE_UPHELD, FILE_REJECTED, RESOLVE_UPHELD, RESOLVE_REJECTED, CLOSE_PERIOD, CORRECT,
        APPROVE_CORRECTION, RELEASE_REVISION_2, DONE
    }

    private final Api api;
    private final Connection connection;
    private final String framework;
    private final Duration timeout;
    private final Correction correction;

    /** {@code released}: the upheld unit's value of the upheld indicator as the demo loaded it. */
    ReleaseDemo(Api api, Connection connection, String framework, Duration timeout, double released) {
        this.api = api;
        this.connection = connection;
        this.framework = framework;
        this.timeout = timeout;
        this.correction = correction(released);
    }

    /** Takes the steps left; returns the id of 2024 revision 2, or null when there is none. */
    String run() throws Exception {
        for (int taken = 0; taken < 2 * Step.values().length; taken++) {
            Progress p = progress();
            Step step = next(p);
            if (step == Step.DONE) {
                return revision2Id();
            }
            take(step, p);
        }
        throw new IOException("the release demo did not finish in " + 2 * Step.values().length + " steps");
    }

    private Progress progress() throws Exception {
        return observe(get(connection.ranking, "/api/v1/releases?frameworkCode=" + framework + "&period=" + RELEASED_PERIOD),
                get(connection.ranking, "/api/v1/releases?frameworkCode=" + framework + "&period=" + DISPUTED_PERIOD),
                get(connection.indicator, "/api/v1/disputes?frameworkCode=" + framework + "&period=" + DISPUTED_PERIOD),
                get(connection.indicator, "/api/v1/frameworks/" + framework + "/periods/" + DISPUTED_PERIOD),
                get(connection.indicator, "/api/v1/reviews/" + framework + "/" + DISPUTED_PERIOD),
                OffsetDateTime.now());
    }

    private void take(Step step, Progress p) throws Exception {
        switch (step) {
            case RELEASE_2023 -> release(RELEASED_PERIOD, releaseLabel(RELEASED_PERIOD), null);
            case RELEASE_2024 -> release(DISPUTED_PERIOD, releaseLabel(DISPUTED_PERIOD), null);
            case FILE_UPHELD -> file(UPHELD_UNIT, upheldDispute(p.revision1Id(), correction));
            case FILE_REJECTED -> file(REJECTED_UNIT, rejectedDispute(p.revision1Id()));
            case RESOLVE_UPHELD -> resolve(p.upheld(), "UPHELD", upheldResolution(correction));
            case RESOLVE_REJECTED -> resolve(p.rejected(), "REJECTED", REJECTED_RESOLUTION);
            case CLOSE_PERIOD -> {
                // the 2024 round is over: closed 30 April 2025, so only an admin correction changes it now
                check(api.send("PUT", connection.indicator, "/api/v1/frameworks/" + framework + "/periods/" + DISPUTED_PERIOD,
                        api.tokens.admin(), Map.of("dueAt", DUE_2024.toString(), "closesAt", CLOSED_2024.toString()), Map.of()),
                        "close the " + DISPUTED_PERIOD + " round");
                System.out.printf("  %s %s: round closed on %s%n", framework, DISPUTED_PERIOD, CLOSED_2024);
            }
            case CORRECT -> correct(p.upheld());
            case APPROVE_CORRECTION -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("decision", "APPROVE");
                body.put("submissionId", p.upheld().correctionSubmissionId());
                check(api.send("POST", connection.indicator, "/api/v1/reviews/" + framework + "/" + DISPUTED_PERIOD + "/" + UPHELD_UNIT,
                        api.tokens.reviewer(), body, Map.of()), "approve the correction of " + UPHELD_UNIT);
                System.out.printf("  correction of %s approved%n", UPHELD_UNIT);
            }
            case RELEASE_REVISION_2 -> release(DISPUTED_PERIOD, revision2Label(), revision2Note(p.upheld().id(), correction));
            case DONE -> {
            }
        }
    }

    /**
     * Releases the period's approved standings once they reflect every review decision: the
     * ranking-service has applied every event and the standings, computed after the latest decision,
     * keep their version for two seconds.
     */
    private void release(String period, String label, String note) throws Exception {
        long version = settledVersion(period);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("frameworkCode", framework);
        body.put("period", period);
        body.put("version", version);
        body.put("basis", "approved");
        body.put("label", label);
        if (note != null) {
            body.put("note", note);
        }
        Api.Response r = api.send("POST", connection.ranking, "/api/v1/releases", api.tokens.committee(), body, Map.of());
        check(r, "release " + period);
        System.out.printf("  release %s %s revision %d: version %d, %d units changed%n", framework, period,
                r.body().path("revision").asInt(), version, r.body().path("changes").size());
        for (JsonNode c : r.body().path("changes")) {
            System.out.printf("    %s: rank %s -> %s, score %s -> %s%n", c.path("unitCode").asText(), c.path("previousRank"),
                    c.path("rank"), c.path("previousScore"), c.path("score"));
        }
    }

    private long settledVersion(String period) throws Exception {
        OffsetDateTime decided = null;
        for (JsonNode u : get(connection.indicator, "/api/v1/reviews/" + framework + "/" + period).path("units")) {
            if (u.hasNonNull("reviewedAt")) {
                OffsetDateTime at = OffsetDateTime.parse(u.path("reviewedAt").asText());
                decided = decided == null || at.isAfter(decided) ? at : decided;
            }
        }
        String path = "/api/v1/standings/" + framework + "/" + period + "?basis=approved";
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        int stableFor = 0;
        while (System.nanoTime() < deadline) {
            Api.Response r = api.get(connection.ranking, path, api.tokens.committee());
            boolean caughtUp = ConsumerLag.of(connection.kafka, "ranking-service", java.util.List.of("dti.submissions")) == 0;
            if (r.status() == 200 && caughtUp) {
                long version = r.body().path("version").asLong();
                boolean after = decided == null || !OffsetDateTime.parse(r.body().path("computedAt").asText()).isBefore(decided);
                stableFor = after && version == seen ? stableFor + 1 : 0;
                seen = version;
                if (stableFor >= 4) {
                    return version;
                }
            }
            Thread.sleep(500);
        }
        throw new IOException("the approved standings of " + period + " did not settle within " + timeout);
    }

    private void file(String unit, Map<String, Object> body) throws Exception {
        // the indicator-service learns of a release from dti.standings: until then it is UNKNOWN_RELEASE
        Api.Response r = awaitKnownRelease(() -> api.send("POST", connection.indicator, "/api/v1/disputes",
                api.tokens.submitter(unit), body, Map.of()));
        check(r, "file the dispute of " + unit);
        System.out.printf("  dispute %s filed by %s: %s%n", r.body().path("id").asText(), r.body().path("filedBy").asText(),
                r.body().path("reason").asText());
    }

    private void resolve(Dispute dispute, String decision, String comment) throws Exception {
        check(api.send("POST", connection.indicator, "/api/v1/disputes/" + dispute.id() + "/resolution", api.tokens.admin(),
                Map.of("decision", decision, "comment", comment), Map.of()), "resolve dispute " + dispute.id());
        System.out.printf("  dispute %s %s: %s%n", dispute.id(), decision, comment);
    }

    private void correct(Dispute dispute) throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("indicatorCode", UPHELD_INDICATOR);
        value.put("value", correction.corrected());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", UPHELD_UNIT);
        body.put("frameworkCode", framework);
        body.put("period", DISPUTED_PERIOD);
        body.put("correctionReason", correctionReason(dispute.id()));
        body.put("values", java.util.List.of(value));
        Api.Response r = api.send("POST", connection.indicator, "/api/v1/submissions", api.tokens.admin(), body,
                Map.of("Idempotency-Key", "demo-correction-" + framework + "-" + DISPUTED_PERIOD + "-" + UPHELD_UNIT + "-" + dispute.id()));
        check(r, "correct " + UPHELD_UNIT + " " + DISPUTED_PERIOD);
        System.out.printf("  correction %s of %s %s: %s %s -> %s%n", r.body().path("id").asText(), UPHELD_UNIT, DISPUTED_PERIOD,
                UPHELD_INDICATOR, correction.released(), correction.corrected());
    }

    /** The id of 2024 revision 2, or null. */
    String revision2Id() throws Exception {
        for (JsonNode r : get(connection.ranking, "/api/v1/releases?frameworkCode=" + framework + "&period=" + DISPUTED_PERIOD)) {
            if (r.path("revision").asInt() == 2) {
                return r.path("id").asText();
            }
        }
        return null;
    }

    /** Sends until the answer is not "unknown release" (422 UNKNOWN_RELEASE) or the timeout passes. */
    Api.Response awaitKnownRelease(Callable<Api.Response> send) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Api.Response r = send.call();
            if (!unknownRelease(r) || System.nanoTime() > deadline) {
                return r;
            }
            Thread.sleep(500);
        }
    }

    static boolean unknownRelease(Api.Response r) {
        if (r.status() != 422 || r.body() == null) {
            return false;
        }
        for (JsonNode e : r.body().path("errors")) {
            if ("UNKNOWN_RELEASE".equals(e.path("code").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode get(java.net.URI base, String path) throws Exception {
        Api.Response r = api.get(base, path, api.tokens.admin());
        check(r, "read " + path);
        return r.body();
    }

    private static void check(Api.Response r, String what) throws IOException {
        if (!r.ok()) {
            throw new IOException("could not " + what + ": " + r.describe());
        }
    }

    /** The next step from what exists; {@link Step#DONE} when nothing is left (or the story cannot go on). */
    static Step next(Progress p) {
        if (!p.released2023()) {
            return Step.RELEASE_2023;
        }
        if (p.revision1Id() == null) {
            return Step.RELEASE_2024;
        }
        if (p.upheld() == null) {
            return Step.FILE_UPHELD;
        }
        if (p.rejected() == null) {
            return Step.FILE_REJECTED;
        }
        if ("OPEN".equals(p.upheld().status())) {
            return Step.RESOLVE_UPHELD;
        }
        if ("OPEN".equals(p.rejected().status())) {
            return Step.RESOLVE_REJECTED;
        }
        if (p.revision2() || !"UPHELD".equals(p.upheld().status())) {
            // revision 2 is out, or somebody decided the demo's dispute otherwise: nothing to correct
            return Step.DONE;
        }
        if (p.upheld().correctionSubmissionId() == null) {
            return p.periodClosed() ? Step.CORRECT : Step.CLOSE_PERIOD;
        }
        if ("SUBMITTED".equals(p.upheldReviewStatus()) && p.upheld().correctionSubmissionId().equals(p.upheldLatestSubmissionId())) {
            return Step.APPROVE_CORRECTION;
        }
        return Step.RELEASE_REVISION_2;
    }

    /**
     * Reads the progress from the API's answers: the releases of 2023 and 2024 ({@code GET
     * /releases?period=}, newest first), the disputes of 2024 ({@code GET /disputes}, as an admin
     * sees them), the 2024 schedule ({@code GET /frameworks/{code}/periods/2024}) and its reviews
     * ({@code GET /reviews/{code}/2024}). Only the demo's own disputes count: those of its two units
     * on revision 1.
     */
    static Progress observe(JsonNode releases2023, JsonNode releases2024, JsonNode disputes2024, JsonNode period2024,
                            JsonNode reviews2024, OffsetDateTime now) {
        String revision1 = null;
        boolean revision2 = false;
        for (JsonNode r : releases2024) {
            if (r.path("revision").asInt() == 1) {
                revision1 = r.path("id").asText();
            } else if (r.path("revision").asInt() >= 2) {
                revision2 = true;
            }
        }
        Dispute upheld = null;
        Dispute rejected = null;
        if (revision1 != null) {
            for (JsonNode d : disputes2024.path("disputes")) {
                if (!revision1.equals(d.path("releaseId").asText())) {
                    continue;
                }
                Dispute dispute = new Dispute(d.path("id").asText(), d.path("status").asText(),
                        d.path("correctionSubmissionId").isTextual() ? d.path("correctionSubmissionId").asText() : null);
                // newest first: the oldest of a unit is the demo's (a person may have filed more by hand)
                if (UPHELD_UNIT.equals(d.path("unitCode").asText())) {
                    upheld = dispute;
                } else if (REJECTED_UNIT.equals(d.path("unitCode").asText())) {
                    rejected = dispute;
                }
            }
        }
        boolean closed = period2024.hasNonNull("closesAt") && OffsetDateTime.parse(period2024.path("closesAt").asText()).isBefore(now);
        String status = null;
        String latest = null;
        for (JsonNode u : reviews2024.path("units")) {
            if (UPHELD_UNIT.equals(u.path("unitCode").asText())) {
                status = u.path("status").asText(null);
                latest = u.path("submissionId").asText(null);
            }
        }
        return new Progress(releases2023.size() > 0, revision1, revision2, upheld, rejected, closed, status, latest);
    }

    /** The released value of the upheld indicator for the upheld unit, and what it becomes. */
    record Correction(double released, double corrected) {
    }

    /** The value with its tens and units digits swapped back: 89.38 becomes 98.38 (the typing error of the story). */
    static Correction correction(double released) {
        long hundredths = Math.round(released * 100);
        long tens = hundredths / 1000 % 10;
        long units = hundredths / 100 % 10;
        long swapped = hundredths - tens * 1000 - units * 100 + units * 1000 + tens * 100;
        return new Correction(released, swapped / 100.0);
    }

    static String releaseLabel(String period) {
        return "DTI cấp tỉnh " + period + " — kết quả chính thức";
    }

    static String revision2Label() {
        return "DTI cấp tỉnh 2024 — kết quả chính thức, bản 2 (sửa số liệu của tỉnh " + UPHELD_UNIT_NAME + " sau khiếu nại)";
    }

    static String revision2Note(String disputeId, Correction c) {
        return "Khiếu nại " + disputeId + " của tỉnh " + UPHELD_UNIT_NAME + " được chấp nhận: tỷ lệ hồ sơ trực tuyến được giải quyết "
                + "đúng hạn năm 2024 sửa từ " + percent(c.released()) + " thành " + percent(c.corrected()) + ".";
    }

    /** The upheld dispute as Hậu Giang's submitter writes it (Vietnamese). */
    static Map<String, Object> upheldDispute(String releaseId, Correction c) {
        return dispute(releaseId, UPHELD_UNIT, UPHELD_INDICATOR,
                "Tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn năm 2024 của tỉnh là " + percent(c.corrected()) + ", không phải "
                        + percent(c.released()) + " như trong kết quả công bố: khi nhập vào biểu mẫu, cán bộ đã gõ đảo hai chữ số. "
                        + "Số liệu đúng có trong báo cáo của Cổng dịch vụ công tỉnh ngày 31/12/2024, xin gửi kèm để Ủy ban xem xét.");
    }

    static String upheldResolution(Correction c) {
        return "Đã đối chiếu báo cáo ngày 31/12/2024 của Cổng dịch vụ công tỉnh " + UPHELD_UNIT_NAME + ": tỷ lệ giải quyết đúng hạn là "
                + percent(c.corrected()) + ", số đã gửi bị gõ đảo chữ số. Chấp nhận khiếu nại; quản trị viên cập nhật số liệu và "
                + "Ủy ban công bố lại kết quả năm 2024.";
    }

    /** The rejected dispute as Thái Bình's submitter writes it (English). */
    static Map<String, Object> rejectedDispute(String releaseId) {
        return dispute(releaseId, REJECTED_UNIT, null,
                "Our 2024 report reached the portal after the due date because of a power cut at the provincial data centre. "
                        + "We ask that it be counted as on time and that our rank be reviewed.");
    }

    static final String REJECTED_RESOLUTION = "Rejected. Lateness does not change the score or the rank: every value the province "
            + "reported is counted in the release, so there is nothing to correct. The late mark stays, as for every other province "
            + "that reported after 31 March 2025.";

    static String correctionReason(String disputeId) {
        return "Khiếu nại " + disputeId + " được chấp nhận: tỷ lệ giải quyết đúng hạn bị gõ đảo chữ số (Cổng dịch vụ công tỉnh, 31/12/2024).";
    }

    private static Map<String, Object> dispute(String releaseId, String unit, String indicator, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("releaseId", releaseId);
        body.put("unitCode", unit);
        if (indicator != null) {
            body.put("indicatorCode", indicator);
        }
        body.put("reason", reason);
        return body;
    }

    static String percent(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", v).replace('.', ',');
    }
}
