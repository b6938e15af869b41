package vn.dti.report.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the officer and reviewer pages ({@code {work:…}} in the templates): English in
 * {@code messages/work_en.properties} (the default), Vietnamese in {@code messages/work_vi.properties}.
 * The page's language picks the file (the template's {@code locale} attribute). Keys {@code status_},
 * {@code problem_} and {@code notice_} are the text of an API code or an outcome.
 */
@MessageBundle(value = "work", locale = "en")
public interface WorkMessages {

    // the officer's to-do page
    @Message String todoTitle();
    @Message String todoFor(String unitName, String unitCode);
    @Message String periods();
    @Message String period();
    @Message String periodOpen();
    @Message String periodClosed();
    @Message String noPeriods();
    @Message String dueAt();
    @Message String closesAt();
    @Message String notScheduled();
    @Message String progress(int reported, int expected);
    @Message String missingHeading();
    @Message String nothingMissing();
    @Message String reviewStatus();
    @Message String reviewerComment();
    @Message String uploadHeading();
    @Message String uploadHelp();
    @Message String file();
    @Message String uploadButton();
    @Message String valueHeading();
    @Message String indicator();
    @Message String value();
    @Message String note();
    @Message String optional();
    @Message String sendButton();
    @Message String importSummary();
    @Message String imported();
    @Message String updated();
    @Message String unchanged();
    @Message String ignored();
    @Message String importStored();
    @Message String importRefused(int count);
    @Message String warnings();
    @Message String problems();
    @Message String where();
    @Message String historyHeading();
    @Message String receivedAt();
    @Message String submittedBy();
    @Message String values();
    @Message String late();
    @Message String correction();
    @Message String noHistory();
    @Message String disputeHeading();
    @Message String release();
    @Message String reason();
    @Message String fileDispute();
    @Message String noReleases();
    @Message String disputesHeading();
    @Message String noDisputes();
    @Message String filedAt();
    @Message String filedBy();
    @Message String unit();
    @Message String status();
    @Message String resolution();
    @Message String formProblems();

    // the reviewer's pages
    @Message String reviewsTitle(String framework, String period);
    @Message String reviewUnitTitle(String unitName, String unitCode, String period);
    @Message String requireApproval();
    @Message String provisional();
    @Message String outliers();
    @Message String lastDecision();
    @Message String decide();
    @Message String approve();
    @Message String returnIt();
    @Message String comment();
    @Message String open();
    @Message String backToQueue();
    @Message String submissionHeading();
    @Message String noSubmission();
    @Message String resolve();
    @Message String uphold();
    @Message String reject();
    @Message String openDisputes();

    // codes of the APIs
    @Message String status_NOT_SUBMITTED();
    @Message String status_SUBMITTED();
    @Message String status_APPROVED();
    @Message String status_RETURNED();
    @Message String status_OPEN();
    @Message String status_UPHELD();
    @Message String status_REJECTED();
    @Message String problem_REQUIRED();
    @Message String problem_NOT_A_NUMBER();
    @Message String problem_OUT_OF_RANGE();
    @Message String problem_UNKNOWN_INDICATOR();
    @Message String problem_TOO_LONG();
    @Message String problem_OUTLIER();
    @Message String problem_SUDDEN_CHANGE();
    @Message String problem_UNKNOWN_RELEASE();
    @Message String problem_UNIT_NOT_IN_RELEASE();

    // outcomes shown after a form (p.notice)
    @Message String notice_stored();
    @Message String notice_approved();
    @Message String notice_returned();
    @Message String notice_stale();
    @Message String notice_filed();
    @Message String notice_resolved();
    @Message String notice_alreadyResolved();
    @Message String notice_noFile();
}
