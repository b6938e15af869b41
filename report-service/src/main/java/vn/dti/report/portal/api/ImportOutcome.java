package vn.dti.report.portal.api;

import java.util.List;

import vn.dti.report.portal.api.ApiProblem.FieldProblem;
import vn.dti.report.portal.api.IndicatorViews.Submission;
import vn.dti.report.portal.api.IndicatorViews.Summary;

/**
 * What a submission did, whatever its shape (one submission, a multi-group CSV batch, or a refusal):
 * the import summary the officer sees. {@code problems} are the errors of a refusal or the refused groups
 * ({@code conflicts}) of a partial import; each keeps the API's pointer.
 */
public record ImportOutcome(boolean stored, int status, Summary summary, List<Submission> submissions,
                            List<FieldProblem> warnings, List<FieldProblem> problems, String detail, ApiProblem refusal) {

    static ImportOutcome accepted(List<Submission> submissions, Summary summary, List<FieldProblem> warnings,
                                  List<FieldProblem> conflicts) {
        return new ImportOutcome(true, 200, summary == null ? new Summary(0, 0, 0, 0) : summary, submissions,
                warnings == null ? List.of() : warnings, conflicts == null ? List.of() : conflicts, null, null);
    }

    static ImportOutcome refused(ApiProblem refusal) {
        return new ImportOutcome(false, refusal.status(), new Summary(0, 0, 0, 0), List.of(), List.of(), refusal.errors(),
                refusal.detail(), refusal);
    }

}
