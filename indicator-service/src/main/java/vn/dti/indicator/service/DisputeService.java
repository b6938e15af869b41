package vn.dti.indicator.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.indicator.limits.Limits;
import vn.dti.indicator.mapping.DisputeChanged;
import vn.dti.indicator.mapping.DisputeList;
import vn.dti.indicator.mapping.DisputeView;
import vn.dti.indicator.repository.DisputeRepository;
import vn.dti.indicator.repository.ReleaseRepository;
import vn.dti.indicator.security.Caller;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.RequestFields;
import vn.dti.plumbing.problem.Text;
import vn.dti.plumbing.problem.Validation;
import vn.dti.plumbing.security.Roles;

/**
 * Disputes of a published release (DESIGN §12): a unit (or an admin) contests its result, a
 * reviewer or admin upholds or rejects it, and an upheld dispute records the admin correction
 * (§11) and the release revision that follow. Every change writes {@code dti.dispute.changed.v1}
 * to the outbox in its own transaction; a refused request stores and emits nothing.
 */
@ApplicationScoped
public class DisputeService {

    public static final Set<String> STATUSES = Set.of("OPEN", "UPHELD", "REJECTED");
    private static final Set<String> DECISIONS = Set.of("UPHELD", "REJECTED");
    private static final Set<String> FIELDS = RequestFields.of(DisputeInput.class);
    private static final Set<String> RESOLUTION_FIELDS = RequestFields.of(ResolutionInput.class);

    @Inject
    DisputeRepository disputes;

    @Inject
    ReleaseRepository releases;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /** Files a dispute: 403 for a submitter naming another unit, 422 with every problem of the body. */
    @Transactional
    public DisputeView file(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the dispute must be a JSON object {releaseId, unitCode, indicatorCode?, reason}");
        }
        Validation v = new Validation();
        unknownFields(body, FIELDS, "a dispute (releaseId, unitCode, indicatorCode, reason)", v);
        String unitCode = code(body.get("unitCode"), "/unitCode", true, v);
        if (!caller.is(Roles.ADMIN)) {
            // who may file comes before what is wrong with the body: a province learns nothing of another's release
            if (caller.unit() == null) {
                throw ProblemException.forbidden("Your token names no unit; a submitter files disputes for its own unit only.");
            }
            if (unitCode != null && !unitCode.equals(caller.unit())) {
                throw ProblemException.forbidden("Your token is for unit " + caller.unit() + "; it cannot dispute the result of unit "
                        + unitCode + ".");
            }
        }
        Optional<ReleaseRepository.Release> release = Optional.empty();
        JsonNode rn = body.get("releaseId");
        if (rn == null || rn.isNull()) {
            v.add("/releaseId", "REQUIRED", "is required: the id of the contested release");
        } else {
            UUID releaseId = uuid(rn);
            if (releaseId == null) {
                v.add("/releaseId", "INVALID_FORMAT", "must be a release id (UUID)");
            } else {
                release = releases.find(releaseId);
                if (release.isEmpty()) {
                    v.add("/releaseId", "UNKNOWN_RELEASE", "no release " + releaseId + " has been published");
                }
            }
        }
        if (release.isPresent() && unitCode != null && !releases.ranks(release.get().id(), unitCode)) {
            v.add("/unitCode", "UNIT_NOT_IN_RELEASE", "unit " + unitCode + " is not ranked in release " + release.get().id()
                    + " (" + release.get().frameworkCode() + " " + release.get().period() + ")");
        }
        String indicatorCode = code(body.get("indicatorCode"), "/indicatorCode", false, v);
        if (indicatorCode != null && release.isPresent()) {
            String fw = release.get().frameworkCode();
            boolean known = catalog.published(fw).map(p -> p.indicators().containsKey(indicatorCode)).orElse(false);
            if (!known) {
                v.add("/indicatorCode", "UNKNOWN_INDICATOR", "framework " + fw + " has no indicator " + indicatorCode);
            }
        }
        String reason = text(body.get("reason"), "/reason", "why the released result is wrong", v);
        v.throwIfInvalid();

        ReleaseRepository.Release r = release.orElseThrow();
        OffsetDateTime at = now();
        DisputeView d = new DisputeView(UUID.randomUUID(), r.id(), r.frameworkCode(), r.period(), r.revision(), unitCode, indicatorCode,
                reason, "OPEN", caller.name(), at, null, null, null);
        disputes.insert(d);
        emit(d, DisputeChanged.FILED, at);
        return d;
    }

    /** Reviewers, committee and admins see every dispute; a submitter those of its own unit. */
    @Transactional
    public DisputeList list(String frameworkCode, String period, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status must be OPEN, UPHELD or REJECTED.");
        }
        String only = null;
        if (!seesAllUnits()) {
            only = caller.unit();
            if (only == null) {
                throw ProblemException.forbidden("Your token names no unit; a submitter sees the disputes of its own unit only.");
            }
        }
        return new DisputeList(disputes.list(frameworkCode, period, status, only));
    }

    /** 404 for an unknown id, and for a dispute of another unit when a submitter asks (its existence does not leak). */
    @Transactional
    public DisputeView get(String id) {
        UUID uuid = uuidOr404(id);
        return disputes.find(uuid).filter(d -> seesAllUnits() || d.unitCode().equals(caller.unit()))
                .orElseThrow(() -> ProblemException.notFound("No dispute " + id + "."));
    }

    /** UPHELD or REJECTED, once: the dispute row is locked, so of two concurrent resolutions one wins and the other gets 409. */
    @Transactional
    public DisputeView resolve(String id, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("", "INVALID_TYPE", "the resolution must be a JSON object {decision, comment}");
        }
        Validation v = new Validation();
        unknownFields(body, RESOLUTION_FIELDS, "a resolution (decision, comment)", v);
        String decision = null;
        JsonNode dn = body.get("decision");
        if (dn == null || dn.isNull()) {
            v.add("/decision", "REQUIRED", "is required: UPHELD or REJECTED");
        } else if (!dn.isTextual() || !DECISIONS.contains(dn.asText())) {
            v.add("/decision", "INVALID_VALUE", "must be UPHELD or REJECTED");
        } else {
            decision = dn.asText();
        }
        String comment = text(body.get("comment"), "/comment", "the reasons of the decision, for the unit", v);
        v.throwIfInvalid();

        UUID uuid = uuidOr404(id);
        DisputeView d = disputes.lock(uuid).orElseThrow(() -> ProblemException.notFound("No dispute " + id + "."));
        if (!"OPEN".equals(d.status())) {
            throw ProblemException.conflict("dispute-resolved", "Dispute already resolved", "Dispute " + id + " was already "
                    + d.status() + " by " + d.resolution().resolvedBy() + " at " + d.resolution().resolvedAt()
                    + "; a decision is not changed.");
        }
        OffsetDateTime at = now();
        disputes.resolve(uuid, decision, comment, caller.name(), at);
        DisputeView resolved = disputes.find(uuid).orElseThrow();
        emit(resolved, DisputeChanged.RESOLVED, at);
        return resolved;
    }

    /**
     * The submission path's hook, in its transaction and under its series lock: an admin's correction
     * of (framework, period, unit) was accepted; the upheld disputes awaiting it name it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void corrected(String frameworkCode, String period, String unitCode, UUID submissionId) {
        OffsetDateTime at = now();
        for (DisputeView d : disputes.corrected(frameworkCode, period, unitCode, submissionId)) {
            emit(d, DisputeChanged.CORRECTED, at);
        }
    }

    /** The release consumer's hook, in its batch transaction: the disputes a new revision answers, each emitted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revised(List<DisputeView> changed) {
        OffsetDateTime at = now();
        for (DisputeView d : changed) {
            emit(d, DisputeChanged.REVISED, at);
        }
    }

    private void emit(DisputeView d, String change, OffsetDateTime at) {
        outbox.append(EventTypes.DISPUTE_CHANGED, d.id().toString(), d.unitCode(), DisputeChanged.of(d, change, at));
    }

    /** UNKNOWN_FIELD for every field of {@code body} that its request record does not have. */
    private static void unknownFields(JsonNode body, Set<String> fields, String what, Validation v) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                v.add("/" + f, "UNKNOWN_FIELD", "is not a field of " + what);
            }
        }
    }

    private boolean seesAllUnits() {
        return caller.is(Roles.ADMIN) || caller.is(Roles.REVIEWER) || caller.is(Roles.COMMITTEE);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static UUID uuidOr404(String id) {
        UUID uuid = id == null || id.length() != 36 ? null : parse(id);
        if (uuid == null) {
            throw ProblemException.notFound("No dispute " + id + ".");
        }
        return uuid;
    }

    private static UUID uuid(JsonNode n) {
        return n.isTextual() && n.asText().length() == 36 ? parse(n.asText()) : null;
    }

    private static UUID parse(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A unit or indicator code: a string of 1 to 64 characters, or null (absent, or reported in {@code v}). */
    private static String code(JsonNode n, String at, boolean required, Validation v) {
        if (n == null || n.isNull()) {
            if (required) {
                v.add(at, "REQUIRED", "is required");
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isEmpty() || n.asText().length() > Limits.CODE_IN_REQUEST) {
            v.add(at, "INVALID_TYPE", "must be a code of 1 to " + Limits.CODE_IN_REQUEST + " characters");
            return null;
        }
        return Text.check(n.asText(), false, at, v) ? n.asText() : null;
    }

    /** Required text of 1 to {@link Limits#NOTE} characters after trimming; null when reported in {@code v}. */
    private static String text(JsonNode n, String at, String what, Validation v) {
        if (n == null || n.isNull()) {
            v.add(at, "REQUIRED", "is required: " + what);
            return null;
        }
        if (!n.isTextual()) {
            v.add(at, "INVALID_TYPE", "must be a string");
            return null;
        }
        String text = n.asText().strip();
        if (text.isEmpty()) {
            v.add(at, "REQUIRED", "must not be blank: " + what);
            return null;
        }
        if (text.length() > Limits.NOTE) {
            v.add(at, "TOO_LONG", "at most " + Limits.NOTE + " characters");
            return null;
        }
        return Text.check(text, true, at, v) ? text : null;
    }
}
