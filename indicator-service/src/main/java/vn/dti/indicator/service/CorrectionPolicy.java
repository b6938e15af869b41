package vn.dti.indicator.service;

import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.domain.ReportingPeriod;
import vn.dti.indicator.limits.Limits;
import vn.dti.indicator.security.Caller;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.Validation;
import vn.dti.plumbing.security.Roles;

/**
 * Corrections after closing (DESIGN §11): after {@code closesAt} only an admin may submit, and only
 * with a reason ({@code correctionReason} in JSON, header {@code Correction-Reason} for CSV); the
 * submission is then flagged {@code correction: true}. Everyone else meets the closed period (409).
 */
@ApplicationScoped
public class CorrectionPolicy {

    public static final String HEADER = "Correction-Reason";

    @Inject
    Caller caller;

    /** The reason of a JSON body's {@code correctionReason} (null when absent); 422 when it is not acceptable text. */
    public static String reason(JsonNode body) {
        JsonNode n = body == null || !body.isObject() ? null : body.get("correctionReason");
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ProblemException.invalid("/correctionReason", "INVALID_TYPE", "must be a string");
        }
        return check(n.asText(), "/correctionReason");
    }

    /** The reason of a CSV request's {@code Correction-Reason} header (null when absent). */
    public static String header(String value) {
        return value == null ? null : check(value, "");
    }

    private static String check(String text, String pointer) {
        Validation v = new Validation();
        String reason = text.strip();
        if (reason.length() > Limits.NOTE) {
            v.add(pointer, "TOO_LONG", "correctionReason: at most " + Limits.NOTE + " characters");
        } else {
            Text.check(reason, true, pointer, v);
        }
        v.throwIfInvalid();
        return reason.isEmpty() ? null : reason;
    }

    /**
     * Whether a submission of a period with {@code schedule} at {@code at} is a correction: false while
     * the period is open; true for an admin with a reason after closing; otherwise refused (409 for
     * anyone but an admin, 422 for an admin without a reason).
     */
    public boolean correction(ReportingPeriod schedule, String frameworkCode, String period, OffsetDateTime at, String reason) {
        if (schedule == null || schedule.closesAt == null || !at.isAfter(schedule.closesAt)) {
            return false;
        }
        if (!caller.is(Roles.ADMIN)) {
            throw ProblemException.conflict("period-closed", "Period closed", "Period " + period + " of " + frameworkCode
                    + " closed at " + schedule.closesAt + "; submissions are no longer accepted.");
        }
        if (reason == null) {
            throw ProblemException.invalid("/correctionReason", "REQUIRED", "period " + period + " of " + frameworkCode
                    + " closed at " + schedule.closesAt + ": a correction needs a reason (correctionReason, or the "
                    + HEADER + " header for CSV)");
        }
        return true;
    }
}
