package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import vn.dti.load.ReleaseDemo.Step;

/**
 * What the release demo does next is decided from the API's answers only: a fresh suite takes
 * every step in order, a finished one none, and one interrupted anywhere continues where it stopped.
 */
class ReleaseDemoTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T10:00:00Z");
    private static final String REV1 = "5a1d2c3b-4e5f-4a6b-9c8d-7e6f5a4b3c2d";
    private static final String UPHELD = "11111111-1111-4111-8111-111111111111";
    private static final String REJECTED = "22222222-2222-4222-8222-222222222222";
    private static final String CORRECTION = "33333333-3333-4333-8333-333333333333";
    private static final String ORIGINAL = "44444444-4444-4444-8444-444444444444";

    /** The suite's answers, as a fresh demo changes them step by step. */
    private static final class Suite {
        List<String> releases2023 = new ArrayList<>();
        List<String> releases2024 = new ArrayList<>();
        List<String> disputes = new ArrayList<>();
        String closesAt = "2030-12-31T23:59:59+07:00";
        String status = "APPROVED";
        String latest = ORIGINAL;

        ReleaseDemo.Progress progress() throws Exception {
            return ReleaseDemo.observe(json("[" + String.join(",", releases2023) + "]"),
                    json("[" + String.join(",", releases2024) + "]"),
                    json("{\"disputes\": [" + String.join(",", disputes) + "]}"),
                    json("{\"period\": \"2024\", \"dueAt\": \"2025-03-31T23:59:59+07:00\", \"closesAt\": \"" + closesAt + "\"}"),
                    json("{\"units\": [{\"unitCode\": \"01\", \"status\": \"APPROVED\", \"submissionId\": \"" + ORIGINAL + "\"},"
                            + "{\"unitCode\": \"" + ReleaseDemo.UPHELD_UNIT + "\", \"status\": \"" + status + "\", \"submissionId\": \""
                            + latest + "\"}]}"),
                    NOW);
        }

        /** What the service would answer after the step. */
        void apply(Step step) {
            switch (step) {
                case RELEASE_2023 -> releases2023.add(release("9b2f6c1e-0000-4f5b-8c7d-1e2f3a4b5c6d", "2023", 1));
                case RELEASE_2024 -> releases2024.add(release(REV1, "2024", 1));
                case FILE_UPHELD -> disputes.add(0, dispute(UPHELD, ReleaseDemo.UPHELD_UNIT, "OPEN", null));
                case FILE_REJECTED -> disputes.add(0, dispute(REJECTED, ReleaseDemo.REJECTED_UNIT, "OPEN", null));
                case RESOLVE_UPHELD -> disputes.replaceAll(d -> d.contains(UPHELD) ? d.replace("OPEN", "UPHELD") : d);
                case RESOLVE_REJECTED -> disputes.replaceAll(d -> d.contains(REJECTED) ? d.replace("OPEN", "REJECTED") : d);
                case CLOSE_PERIOD -> closesAt = "2025-04-30T23:59:59+07:00";
                case CORRECT -> {
                    disputes.replaceAll(d -> d.contains(UPHELD) ? d.replace("\"correctionSubmissionId\": null",
                            "\"correctionSubmissionId\": \"" + CORRECTION + "\"") : d);
                    status = "SUBMITTED";
                    latest = CORRECTION;
                }
                case APPROVE_CORRECTION -> status = "APPROVED";
                case RELEASE_REVISION_2 -> releases2024.add(0, release("9b2f6c1e-3d4a-4f5b-8c7d-1e2f3a4b5c6d", "2024", 2));
                case DONE -> {
                }
            }
        }
    }

    @Test
    void aFreshSuiteTakesEveryStepOnceInStoryOrder() throws Exception {
        Suite suite = new Suite();
        List<Step> taken = new ArrayList<>();
        for (Step step = ReleaseDemo.next(suite.progress()); step != Step.DONE; step = ReleaseDemo.next(suite.progress())) {
            taken.add(step);
            suite.apply(step);
            assertThat(taken).hasSizeLessThan(20);
        }
        assertThat(taken).containsExactly(Step.RELEASE_2023, Step.RELEASE_2024, Step.FILE_UPHELD, Step.FILE_REJECTED,
                Step.RESOLVE_UPHELD, Step.RESOLVE_REJECTED, Step.CLOSE_PERIOD, Step.CORRECT, Step.APPROVE_CORRECTION,
                Step.RELEASE_REVISION_2);
        // a second run finds everything and does nothing
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.DONE);
    }

    @Test
    void anInterruptedRunContinuesWhereItStopped() throws Exception {
        Suite suite = new Suite();
        for (Step step : List.of(Step.RELEASE_2023, Step.RELEASE_2024, Step.FILE_UPHELD)) {
            suite.apply(step);
        }
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.FILE_REJECTED);

        // closed already (by hand, or by a run killed after closing): straight to the correction
        suite.apply(Step.FILE_REJECTED);
        suite.apply(Step.RESOLVE_UPHELD);
        suite.apply(Step.RESOLVE_REJECTED);
        suite.closesAt = "2025-04-30T23:59:59+07:00";
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.CORRECT);

        // the correction was approved by the loader's review of the round: release at once
        suite.apply(Step.CORRECT);
        suite.status = "APPROVED";
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.RELEASE_REVISION_2);
    }

    @Test
    void onlyTheDemosDisputesOnRevisionOneCountAndTheOldestOfAUnitIsTheDemos() throws Exception {
        Suite suite = new Suite();
        suite.apply(Step.RELEASE_2023);
        suite.apply(Step.RELEASE_2024);
        // another unit's dispute, and one of the demo's unit on another release, are not the demo's
        suite.disputes.add(dispute("55555555-5555-4555-8555-555555555555", "01", "OPEN", null));
        suite.disputes.add(dispute("66666666-6666-4666-8666-666666666666", ReleaseDemo.UPHELD_UNIT, "OPEN", null)
                .replace(REV1, "77777777-7777-4777-8777-777777777777"));
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.FILE_UPHELD);

        suite.apply(Step.FILE_UPHELD);
        // a newer dispute of the same unit filed by hand, rejected: the demo goes on with its own
        suite.disputes.add(0, dispute("88888888-8888-4888-8888-888888888888", ReleaseDemo.UPHELD_UNIT, "REJECTED", null));
        ReleaseDemo.Progress p = suite.progress();
        assertThat(p.upheld().id()).isEqualTo(UPHELD);
        assertThat(ReleaseDemo.next(p)).isEqualTo(Step.FILE_REJECTED);
    }

    @Test
    void aDisputeDecidedOtherwiseByHandEndsTheStoryWithoutACorrection() throws Exception {
        Suite suite = new Suite();
        for (Step step : List.of(Step.RELEASE_2023, Step.RELEASE_2024, Step.FILE_UPHELD, Step.FILE_REJECTED)) {
            suite.apply(step);
        }
        suite.disputes.replaceAll(d -> d.replace("OPEN", "REJECTED"));
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.DONE);
    }

    @Test
    void aCorrectionIsApprovedOnlyWhileItIsTheUnitsLatestSubmission() throws Exception {
        Suite suite = new Suite();
        for (Step step : List.of(Step.RELEASE_2023, Step.RELEASE_2024, Step.FILE_UPHELD, Step.FILE_REJECTED, Step.RESOLVE_UPHELD,
                Step.RESOLVE_REJECTED, Step.CLOSE_PERIOD, Step.CORRECT)) {
            suite.apply(step);
        }
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.APPROVE_CORRECTION);
        // the unit submitted again since: a reviewer must look at that one, the demo does not approve it
        suite.latest = "99999999-9999-4999-8999-999999999999";
        assertThat(ReleaseDemo.next(suite.progress())).isEqualTo(Step.RELEASE_REVISION_2);
    }

    @Test
    void theCorrectionSwapsTheTwoDigitsTheProvinceTypedTheWrongWayRound() {
        ReleaseDemo.Correction c = ReleaseDemo.correction(89.38);
        assertThat(c.released()).isEqualTo(89.38);
        assertThat(c.corrected()).isEqualTo(98.38);
        assertThat(ReleaseDemo.correction(56.05).corrected()).isEqualTo(65.05);
        assertThat(ReleaseDemo.percent(98.38)).isEqualTo("98,38 %");
    }

    @Test
    void onlyAnUnknownReleaseIsWaitedFor() throws Exception {
        assertThat(ReleaseDemo.unknownRelease(new Api.Response(422, json(
                "{\"status\": 422, \"errors\": [{\"pointer\": \"/releaseId\", \"code\": \"UNKNOWN_RELEASE\"}]}"), new byte[0], null)))
                .isTrue();
        assertThat(ReleaseDemo.unknownRelease(new Api.Response(422, json(
                "{\"status\": 422, \"errors\": [{\"pointer\": \"/unitCode\", \"code\": \"UNIT_NOT_IN_RELEASE\"}]}"), new byte[0], null)))
                .isFalse();
        assertThat(ReleaseDemo.unknownRelease(new Api.Response(201, json("{}"), new byte[0], null))).isFalse();
    }

    private static String release(String id, String period, int revision) {
        return "{\"id\": \"" + id + "\", \"frameworkCode\": \"DTI-PROVINCE\", \"period\": \"" + period + "\", \"revision\": " + revision + "}";
    }

    private static String dispute(String id, String unit, String status, String correction) {
        return "{\"id\": \"" + id + "\", \"releaseId\": \"" + REV1 + "\", \"unitCode\": \"" + unit + "\", \"status\": \"" + status
                + "\", \"correctionSubmissionId\": " + (correction == null ? "null" : "\"" + correction + "\"") + "}";
    }

    private static JsonNode json(String s) throws Exception {
        return Api.JSON.readTree(s);
    }
}
