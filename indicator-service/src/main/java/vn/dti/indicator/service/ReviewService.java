package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.limits.Limits;
import vn.dti.indicator.mapping.ReviewDecided;
import vn.dti.indicator.mapping.ReviewOutcome;
import vn.dti.indicator.mapping.ReviewView;
import vn.dti.indicator.repository.ReviewRepository;
import vn.dti.indicator.repository.UnitRepository;
import vn.dti.indicator.security.Caller;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.Validation;
import vn.dti.plumbing.security.Roles;

/**
 * Review and approval of a series (unit, framework, period), DESIGN §11. A decision locks the
 * series row (as a submission does), checks that it names the latest submission, records the
 * decision with its reviewer and time, and writes {@code dti.review.decided.v1} to the outbox, all
 * in one transaction; a refused decision stores nothing.
 */
@ApplicationScoped
public class ReviewService {

    private static final Set<String> FIELDS = RequestFields.of(ReviewInput.class);
    private static final Set<String> COMMENT_FIELDS = RequestFields.of(ReviewInput.ValueCommentInput.class);

    @Inject
    FrameworkCatalog catalog;

    @Inject
    ReviewRepository reviews;

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /** The submission path's hook: a new submission of the (locked) series is the one to review now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(String unitCode, String frameworkCode, String period, UUID submissionId) {
        reviews.submitted(unitCode, frameworkCode, period, submissionId);
    }

    /** Reviewers and admins see every unit; a submitter its own unit only. */
    @Transactional
    public ReviewView list(String frameworkCode, String period) {
        FrameworkDocument doc = published(frameworkCode);
        PeriodCode p = period(doc, period);
        String only = null;
        if (!caller.is(Roles.ADMIN) && !caller.is(Roles.REVIEWER)) {
            only = caller.unit();
            if (only == null) {
                throw ProblemException.forbidden("Your token names no unit; a submitter sees the review of its own unit only.");
            }
        }
        return new ReviewView(frameworkCode, period, doc.approvalRequired(),
                reviews.list(frameworkCode, period, doc.unitType(), doc.unitGroup(), p.endsOn(), only));
    }

    /** APPROVE or RETURN the series' latest submission; 404 without one, 409 when it is not the latest. */
    @Transactional
    public ReviewOutcome decide(String frameworkCode, String period, String unitCode, JsonNode body) {
        FrameworkDocument doc = published(frameworkCode);
        period(doc, period);
        Decision d = parse(body, doc);
        if (units.validOn(unitCode, PeriodCode.parse(period, doc.periodType()).endsOn()).isEmpty()) {
            throw ProblemException.notFound("No unit " + unitCode + " in period " + period + ".");
        }
        ReviewRepository.Series series = reviews.lock(unitCode, frameworkCode, period)
                .filter(s -> s.latestSubmissionId() != null)
                .orElseThrow(() -> ProblemException.notFound("Unit " + unitCode + " has no submission for " + frameworkCode
                        + " " + period + "; there is nothing to review."));
        if (!series.latestSubmissionId().equals(d.submissionId())) {
            throw ProblemException.conflict("stale-review", "Stale review", "Submission " + d.submissionId()
                    + " is not the latest of unit " + unitCode + " for " + frameworkCode + " " + period + " (the latest is "
                    + series.latestSubmissionId() + "); look at the latest submission and decide again.");
        }
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        reviews.decide(unitCode, frameworkCode, period, d.submissionId(), d.decision(), d.comment(), d.valueComments(),
                caller.name(), at);
        outbox.append(EventTypes.REVIEW_DECIDED, d.submissionId().toString(), unitCode, new ReviewDecided(unitCode,
                frameworkCode, period, d.submissionId(), d.decision(), caller.name(), at, d.comment()));
        return new ReviewOutcome(unitCode, frameworkCode, period, "APPROVE".equals(d.decision()) ? "APPROVED" : "RETURNED",
                d.submissionId(), d.decision(), caller.name(), at, d.comment(),
                d.valueComments().isEmpty() ? null : d.valueComments());
    }

    private record Decision(String decision, UUID submissionId, String comment, List<ReviewView.ValueComment> valueComments) {
    }

    private static Decision parse(JsonNode body, FrameworkDocument doc) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the decision must be a JSON object {decision, submissionId, comment?, valueComments?}");
        }
        Validation v = new Validation();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                v.add("/" + f, "UNKNOWN_FIELD", "is not a field of a decision (decision, submissionId, comment, valueComments)");
            }
        }
        String decision = null;
        JsonNode dn = body.get("decision");
        if (dn == null || dn.isNull()) {
            v.add("/decision", "REQUIRED", "is required: APPROVE or RETURN");
        } else if (!dn.isTextual() || !Set.of("APPROVE", "RETURN").contains(dn.asText())) {
            v.add("/decision", "INVALID_VALUE", "must be APPROVE or RETURN");
        } else {
            decision = dn.asText();
        }
        UUID submissionId = null;
        JsonNode sn = body.get("submissionId");
        if (sn == null || sn.isNull()) {
            v.add("/submissionId", "REQUIRED", "is required: the id of the submission you reviewed");
        } else {
            try {
                submissionId = sn.isTextual() && sn.asText().length() == 36 ? UUID.fromString(sn.asText()) : null;
            } catch (IllegalArgumentException e) {
                submissionId = null;
            }
            if (submissionId == null) {
                v.add("/submissionId", "INVALID_FORMAT", "must be a submission id (UUID)");
            }
        }
        int before = v.errors().size();
        String comment = comment(body.get("comment"), "/comment", v);
        if ("RETURN".equals(decision) && comment == null && v.errors().size() == before) {
            v.add("/comment", "REQUIRED", "a RETURN needs a comment telling the unit what to fix");
        }
        List<ReviewView.ValueComment> valueComments = new ArrayList<>();
        JsonNode vc = body.get("valueComments");
        if (vc != null && !vc.isNull()) {
            if (!vc.isArray()) {
                v.add("/valueComments", "INVALID_TYPE", "must be an array of {indicatorCode, comment}");
            } else if (vc.size() > Limits.VALUES_PER_SUBMISSION) {
                v.add("/valueComments", "TOO_MANY", "at most " + Limits.VALUES_PER_SUBMISSION + " comments");
            } else {
                for (int i = 0; i < vc.size(); i++) {
                    String at = "/valueComments/" + i;
                    JsonNode item = vc.get(i);
                    if (!item.isObject()) {
                        v.add(at, "INVALID_TYPE", "must be an object {indicatorCode, comment}");
                        continue;
                    }
                    for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                        String f = it.next();
                        if (!COMMENT_FIELDS.contains(f)) {
                            v.add(at + "/" + f, "UNKNOWN_FIELD", "is not a field of a value comment (indicatorCode, comment)");
                        }
                    }
                    JsonNode code = item.get("indicatorCode");
                    if (code == null || !code.isTextual()) {
                        v.add(at + "/indicatorCode", "REQUIRED", "is required: an indicator of the framework");
                    } else if (!doc.indicators().containsKey(code.asText())) {
                        v.add(at + "/indicatorCode", "UNKNOWN_INDICATOR", "framework " + doc.code() + " has no indicator " + code.asText());
                    }
                    int errors = v.errors().size();
                    String text = comment(item.get("comment"), at + "/comment", v);
                    if (text == null && v.errors().size() == errors) {
                        v.add(at + "/comment", "REQUIRED", "is required");
                    }
                    if (code != null && code.isTextual() && text != null) {
                        valueComments.add(new ReviewView.ValueComment(code.asText(), text));
                    }
                }
            }
        }
        v.throwIfInvalid();
        return new Decision(decision, submissionId, comment, valueComments);
    }

    private static String comment(JsonNode n, String at, Validation v) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            v.add(at, "INVALID_TYPE", "must be a string");
            return null;
        }
        String text = n.asText().strip();
        if (text.length() > Limits.NOTE) {
            v.add(at, "TOO_LONG", "at most " + Limits.NOTE + " characters");
            return null;
        }
        if (!Text.check(text, true, at, v)) {
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private FrameworkDocument published(String frameworkCode) {
        return catalog.published(frameworkCode)
                .orElseThrow(() -> ProblemException.notFound("No published framework " + frameworkCode + ".")).document();
    }

    private static PeriodCode period(FrameworkDocument doc, String period) {
        PeriodCode p = PeriodCode.parse(period, doc.periodType());
        if (p == null) {
            throw ProblemException.notFound("Framework " + doc.code() + " is " + doc.periodType() + "; there is no period " + period + ".");
        }
        return p;
    }
}
