package vn.dti.indicator.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import vn.dti.indicator.domain.ReportingPeriod;
import vn.dti.indicator.domain.Unit;
import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.mapping.ImportSummary;
import vn.dti.indicator.mapping.SubmissionAccepted;
import vn.dti.indicator.mapping.SubmissionBatch;
import vn.dti.indicator.mapping.SubmissionPage;
import vn.dti.indicator.mapping.SubmissionView;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
import vn.dti.plumbing.problem.FieldError;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Validation;
import vn.dti.indicator.repository.FrameworkRepository;
import vn.dti.indicator.repository.IdempotencyKeyRepository;
import vn.dti.indicator.repository.ReportingPeriodRepository;
import vn.dti.indicator.repository.SeriesRepository;
import vn.dti.indicator.repository.SubmissionRepository;
import vn.dti.indicator.repository.UnitRepository;
import vn.dti.indicator.repository.ValueRepository;
import vn.dti.indicator.security.Caller;
import vn.dti.indicator.service.rules.RuleCheck;
import vn.dti.plumbing.period.PeriodCode;

/**
 * Accepts submissions: validate everything first (nothing is written for a rejected request),
 * then one short transaction that locks the (unit, framework, period) series, supersedes the
 * current values, keeps the history, and writes the event to the outbox.
 */
@ApplicationScoped
public class SubmissionService {

    /** What to answer: the status, the body and the location, possibly replayed. */
    public record Outcome(int status, JsonNode body, String location, boolean replayed) {
    }

    /** Two requests with the same idempotency key raced; the loser replays the winner. */
    public static class KeyRaced extends RuntimeException {
        public KeyRaced() {
            super(null, null, false, false);
        }
    }

    /** A request validated against its framework, unit and period. */
    record Checked(SubmissionRequest request, ReportingPeriod schedule, FrameworkCatalog.Published framework,
                   List<FieldError> outliers, String correctionReason) {
    }

    /** The order in which series rows are locked: the same for every request. */
    static final java.util.Comparator<Checked> SERIES_ORDER = java.util.Comparator
            .comparing((Checked c) -> c.request().unitCode())
            .thenComparing(c -> c.request().frameworkCode())
            .thenComparing(c -> c.request().period());

    @Inject
    FrameworkCatalog catalog;

    @Inject
    FrameworkRepository frameworks;

    @Inject
    ReportingPeriodRepository schedules;

    @Inject
    UnitRepository units;

    @Inject
    SeriesRepository series;

    @Inject
    SubmissionRepository submissions;

    @Inject
    ValueRepository currentValues;

    @Inject
    IdempotencyKeyRepository idempotencyKeys;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    @Inject
    Caller caller;

    @Inject
    OutlierCheck outlierCheck;

    @Inject
    CorrectionPolicy corrections;

    @Inject
    ReviewService reviews;

    @Inject
    DisputeService disputes;

    /** A submission the caller may read; 404 for an unknown or malformed id. */
    public SubmissionView find(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No submission " + id + ".");
        }
        SubmissionView s = submissions.find(uuid).orElseThrow(() -> ProblemException.notFound("No submission " + id + "."));
        caller.requireUnit(s.unitCode(), false);
        return s;
    }

    /** Newest first; submitters see their own unit only ({@code unitCode} defaults to it). */
    public SubmissionPage search(String unitCode, String frameworkCode, String period, int page, int size) {
        if (page < 0 || size < 1 || size > vn.dti.indicator.limits.Limits.PAGE_SIZE_MAX) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and " + vn.dti.indicator.limits.Limits.PAGE_SIZE_MAX + ".");
        }
        if (!caller.seesAllUnits()) {
            if (unitCode == null) {
                unitCode = caller.unit();
            }
            caller.requireUnit(unitCode, false);
        }
        return submissions.search(unitCode, frameworkCode, period, page, size);
    }

    /** The stored answer for this caller's key, if the key was used before. */
    @Transactional
    public Optional<Outcome> replay(String caller, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<IdempotencyKeyRepository.StoredAnswer> stored = idempotencyKeys.find(caller, key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyKeyRepository.StoredAnswer answer = stored.get();
        if (!requestHash.equals(answer.requestHash())) {
            throw new ProblemException(new Problem("https://dti.gov.vn/problems/idempotency-key-reused",
                    "Idempotency key reused", 422,
                    "Idempotency-Key '" + key + "' was already used with a different request body; use a new key for a new submission.",
                    List.of(new vn.dti.plumbing.problem.FieldError("", "IDEMPOTENCY_KEY_REUSED",
                            "the key belongs to another request"))));
        }
        try {
            return Optional.of(new Outcome(answer.status(), json.readTree(answer.body()), answer.location(), true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a request will do: the groups to store, and with {@code atomicMode=NONE} the refused
     * groups' problems ({@code conflicts}) and the number of values they ignore.
     */
    public record Plan(List<Checked> accepted, List<FieldError> conflicts, int ignored) {
    }

    /**
     * Checks every group of a parsed request against its framework, unit and period, then its
     * validation rules (on the unit's current values overlaid with the group's) and outliers. With
     * ALL, any problem of any group is a 422 listing every problem of the request (the parser's
     * included), a closed period a 409; with NONE, the refused groups become conflicts, and only a
     * request with no valid group at all is refused as with ALL.
     */
    @Transactional
    public Plan check(SubmissionParser.Parsed parsed, AtomicMode mode) {
        return check(parsed, mode, null);
    }

    /** As above; {@code correctionReason} lets an admin correct a closed period ({@link CorrectionPolicy}). */
    @Transactional
    public Plan check(SubmissionParser.Parsed parsed, AtomicMode mode, String correctionReason) {
        List<FieldError> problems = new ArrayList<>(parsed.orphans());
        List<FieldError> conflicts = new ArrayList<>(parsed.orphans());
        int ignored = parsed.orphanRows();
        List<Checked> checked = new ArrayList<>();
        ProblemException closed = null;
        Set<String> seenSeries = new HashSet<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (SubmissionParser.Group g : parsed.groups()) {
            SubmissionRequest r = g.request();
            Validation v = new Validation();
            v.errors().addAll(g.problems());
            Optional<FrameworkCatalog.Published> framework = r.frameworkCode() == null ? Optional.empty()
                    : catalog.published(r.frameworkCode());
            ReportingPeriod schedule = null;
            if (framework.isEmpty() && r.frameworkCode() != null) {
                boolean draft = frameworks.find(r.frameworkCode()).isPresent();
                v.add(r.frameworkPointer(), draft ? "FRAMEWORK_NOT_PUBLISHED" : "UNKNOWN_FRAMEWORK",
                        draft ? "framework " + r.frameworkCode() + " is a draft; submissions need a published framework"
                              : "no framework " + r.frameworkCode());
            }
            if (framework.isPresent()) {
                FrameworkDocument doc = framework.get().document();
                PeriodCode period = r.period() == null ? null : PeriodCode.parse(r.period(), doc.periodType());
                if (period == null && r.period() != null) {
                    v.add(r.periodPointer(), "PERIOD_MISMATCH", "framework " + r.frameworkCode() + " is " + doc.periodType()
                            + ": periods look like " + PeriodCode.example(doc.periodType()));
                } else if (period != null && r.unitCode() != null) {
                    checkUnit(r, doc, period, v);
                }
                if (r.unitCode() != null && r.period() != null
                        && !seenSeries.add(r.unitCode() + "/" + r.frameworkCode() + "/" + r.period())) {
                    v.add(r.unitPointer(), "DUPLICATE_SUBMISSION", "the same (unit, framework, period) appears twice");
                }
                checkValues(r, framework.get(), v);
                schedule = period == null ? null : schedules.find(r.frameworkCode(), r.period()).orElse(null);
            }
            List<FieldError> outliers = List.of();
            if (v.ok() && framework.isPresent()) {
                Map<String, SubmissionView.Superseded> current = current(r, framework.get());
                for (RuleCheck.Violation violation : violations(r, framework.get(), current)) {
                    if (violation.isError()) {
                        v.add(pointer(r, violation), violation.rule().code(), violation.detail());
                    }
                }
                if (v.ok()) {
                    outliers = outlierCheck.check(r, framework.get());
                }
            }
            if (!v.ok()) {
                problems.addAll(v.errors());
                conflicts.addAll(v.errors());
                ignored += g.sent();
                continue;
            }
            Checked c = new Checked(r, schedule, framework.get(), outliers, correctionReason);
            ProblemException refusal = closedRefusal(c, now);
            if (refusal != null) {
                if (closed == null) {
                    closed = refusal;
                }
                conflicts.add(new FieldError(r.periodPointer(), "PERIOD_CLOSED", "period " + r.period() + " of "
                        + r.frameworkCode() + " closed at " + c.schedule().closesAt + "; submissions are no longer accepted"));
                ignored += g.sent();
                continue;
            }
            checked.add(c);
        }
        if (mode == AtomicMode.ALL || checked.isEmpty()) {
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(inRequestOrder(problems));
            }
            if (closed != null) {
                throw closed;
            }
        }
        return new Plan(checked, inRequestOrder(conflicts), ignored);
    }

    private void checkValues(SubmissionRequest r, FrameworkCatalog.Published framework, Validation v) {
        Set<String> seen = new HashSet<>();
        for (SubmissionRequest.ValueInput value : r.values()) {
            FrameworkDocument.Node node = framework.indicators().get(value.indicatorCode());
            if (node == null) {
                v.add(value.indicatorPointer(), "UNKNOWN_INDICATOR", "framework " + r.frameworkCode()
                        + " has no indicator " + value.indicatorCode());
            } else if (!seen.add(value.indicatorCode())) {
                v.add(value.indicatorPointer(), "DUPLICATE_INDICATOR", value.indicatorCode()
                        + " appears more than once in this submission");
            } else if (value.fromBoolean() && (node.indicator() == null || !"BOOLEAN".equals(node.indicator().unit()))) {
                v.add(value.valuePointer(), "NOT_A_NUMBER", value.indicatorCode() + " is not a yes/no indicator: send a number, not true/false");
            } else {
                String range = IndicatorRange.check(node.indicator(), value.value());
                if (range != null) {
                    v.add(value.valuePointer(), "OUT_OF_RANGE", range);
                }
            }
        }
    }

    /** The framework's rules broken by the unit's current values overlaid with the submission's. */
    private static List<RuleCheck.Violation> violations(SubmissionRequest r, FrameworkCatalog.Published framework,
                                                        Map<String, SubmissionView.Superseded> current) {
        if (framework.rules().rules().isEmpty()) {
            return List.of();
        }
        Map<String, Double> merged = new HashMap<>();
        current.forEach((code, old) -> merged.put(code, old.value()));
        List<String> submitted = new ArrayList<>();
        for (SubmissionRequest.ValueInput v : r.values()) {
            merged.put(v.indicatorCode(), v.value());
            submitted.add(v.indicatorCode());
        }
        return framework.rules().check(merged, submitted);
    }

    private static String pointer(SubmissionRequest r, RuleCheck.Violation violation) {
        return r.values().stream().filter(v -> v.indicatorCode().equals(violation.indicatorCode()))
                .map(SubmissionRequest.ValueInput::valuePointer).findFirst().orElse(r.unitPointer());
    }

    private static List<FieldError> warnings(SubmissionRequest r, List<RuleCheck.Violation> violations, List<FieldError> outliers) {
        List<FieldError> out = new ArrayList<>();
        for (RuleCheck.Violation violation : violations) {
            if (!violation.isError()) {
                out.add(new FieldError(pointer(r, violation), violation.rule().code(), violation.detail()));
            }
        }
        out.addAll(outliers);
        return out;
    }

    /** Problems sorted by CSV row (pointers /rows/n/...), in the order found within a row; JSON pointers keep their order. */
    private static List<FieldError> inRequestOrder(List<FieldError> problems) {
        List<FieldError> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingLong(SubmissionService::rowOf));
        return sorted;
    }

    private static long rowOf(FieldError e) {
        String p = e.pointer();
        if (p == null || !p.startsWith("/rows/")) {
            return -1;
        }
        int end = p.indexOf('/', 6);
        try {
            return Long.parseLong(end < 0 ? p.substring(6) : p.substring(6, end));
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    private void checkUnit(SubmissionRequest r, FrameworkDocument doc, PeriodCode period, Validation v) {
        // A unit belongs to a period when it is valid on the period's last day (so 2025 is ranked
        // on the 34 units of 1 July 2025, 2024 on the 63 provinces).
        LocalDate day = period.endsOn();
        Optional<Unit> unit = units.validOn(r.unitCode(), day);
        if (unit.isEmpty()) {
            boolean exists = units.exists(r.unitCode());
            v.add(r.unitPointer(), exists ? "UNIT_NOT_VALID_IN_PERIOD" : "UNKNOWN_UNIT", exists
                    ? "unit " + r.unitCode() + " is not valid on " + day + ", the last day of period " + r.period()
                    : "no unit " + r.unitCode());
        } else if (!unit.get().type.equals(doc.unitType())) {
            v.add(r.unitPointer(), "UNIT_TYPE_MISMATCH", "unit " + r.unitCode() + " is a " + unit.get().type
                    + "; framework " + doc.code() + " ranks " + doc.unitType());
        } else if (doc.unitGroup() != null && !doc.unitGroup().equals(unit.get().group)) {
            v.add(r.unitPointer(), "UNIT_GROUP_MISMATCH", "unit " + r.unitCode() + " is in group " + unit.get().group
                    + "; framework " + doc.code() + " ranks only the " + doc.unitType() + " units of group " + doc.unitGroup());
        }
    }

    private static boolean isClosed(Checked c, OffsetDateTime at) {
        return c.schedule() != null && c.schedule().closesAt != null && at.isAfter(c.schedule().closesAt);
    }

    /** Null when the group may be stored at {@code at} (open period, or an admin's correction with a reason); else the refusal. */
    private ProblemException closedRefusal(Checked c, OffsetDateTime at) {
        if (!isClosed(c, at)) {
            return null;
        }
        try {
            closedCheck(c, at);
            return null;
        } catch (ProblemException refused) {
            return refused;
        }
    }

    /** True when the submission is an admin's correction of a closed period; refuses anyone else after closing. */
    private boolean closedCheck(Checked c, OffsetDateTime at) {
        return corrections.correction(c.schedule(), c.request().frameworkCode(), c.request().period(), at, c.correctionReason());
    }

    /** A dry run: what would be answered, computed from the current data, storing nothing. */
    @Transactional
    public Outcome dryRun(Plan plan, AtomicMode mode) {
        List<SubmissionView> views = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Checked c : plan.accepted()) {
            SubmissionRequest r = c.request();
            Map<String, SubmissionView.Superseded> previous = current(r, c.framework());
            List<FieldError> warnings = warnings(r, violations(r, c.framework(), previous), c.outliers());
            views.add(view(UUID.randomUUID(), r, now, late(c, now), previous, true, warnings));
        }
        return new Outcome(200, json.valueToTree(answer(views, plan, mode)), null, false);
    }

    /**
     * Stores the checked requests, their events and the idempotency record in one transaction, and
     * returns the answer: one submission, or a {@link SubmissionBatch} for a multi-unit CSV or
     * {@code atomicMode=NONE}. 201, or 200 when groups were refused (a partial import).
     */
    @Transactional
    public Outcome accept(Plan plan, AtomicMode mode, String caller, String mediaType, String key, String requestHash) {
        List<SubmissionView> views = store(plan.accepted(), caller, mediaType);
        Object body = answer(views, plan, mode);
        String location = "/api/v1/submissions/" + views.get(0).id();
        int status = plan.conflicts().isEmpty() ? 201 : 200;
        if (key != null) {
            remember(caller, key, requestHash, status, body, location);
        }
        return new Outcome(status, json.valueToTree(body), location, false);
    }

    private static Object answer(List<SubmissionView> views, Plan plan, AtomicMode mode) {
        if (mode == AtomicMode.ALL && views.size() == 1) {
            return views.get(0);
        }
        ImportSummary total = ImportSummary.ignored(plan.ignored());
        List<FieldError> warnings = new ArrayList<>();
        for (SubmissionView v : views) {
            total = total.plus(v.summary());
            warnings.addAll(v.warnings());
        }
        return new SubmissionBatch(views, total, warnings, plan.conflicts());
    }

    List<SubmissionView> store(List<Checked> checked, String caller, String mediaType) {
        // Lock the series in one canonical order, (unit, framework, period), whatever the order of the
        // request: two multi-series requests that hold the same series in opposite orders would
        // otherwise each wait for the other's lock (a PostgreSQL deadlock). The answer keeps the
        // request's order.
        Map<Checked, SubmissionView> written = new java.util.IdentityHashMap<>();
        checked.stream().sorted(SERIES_ORDER).forEach(c -> written.put(c, write(c, caller, mediaType)));
        List<SubmissionView> views = checked.stream().map(written::get).toList();
        for (SubmissionView view : views) {
            outbox.append(EventTypes.SUBMISSION_ACCEPTED, view.id().toString(), view.unitCode(), SubmissionAccepted.of(view));
            if (Boolean.TRUE.equals(view.correction())) {
                // after the accepted event on the unit's key, so a consumer sees the correction before the dispute naming it
                disputes.corrected(view.frameworkCode(), view.period(), view.unitCode(), view.id());
            }
        }
        metrics.counter("dti.submissions.accepted").increment(views.size());
        return views;
    }

    /** Records the answer under the idempotency key in the same transaction as the submission. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String caller, String key, String requestHash, int status, Object body, String location) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (!idempotencyKeys.insertIfAbsent(caller, key, requestHash, status, text, location)) {
            throw new KeyRaced();
        }
    }

    private SubmissionView write(Checked c, String caller, String mediaType) {
        SubmissionRequest r = c.request();
        // Lock the series first: a racing submission of the same unit/framework/period waits here,
        // then sees this one's values as current and supersedes them. Nothing is lost.
        int sequence = series.lockNext(r.unitCode(), r.frameworkCode(), r.period());
        OffsetDateTime receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        boolean correction = closedCheck(c, receivedAt);
        boolean late = late(c, receivedAt);
        Map<String, SubmissionView.Superseded> previous = current(r, c.framework());
        // The rules again, under the series lock: a racing submission may have changed the values they read.
        List<RuleCheck.Violation> violations = violations(r, c.framework(), previous);
        List<FieldError> errors = violations.stream().filter(RuleCheck.Violation::isError)
                .map(x -> new FieldError(pointer(r, x), x.rule().code(), x.detail())).toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<FieldError> warnings = warnings(r, violations, c.outliers());
        UUID id = UUID.randomUUID();
        submissions.insert(id, r.unitCode(), r.frameworkCode(), r.period(), sequence, receivedAt, late, caller, mediaType, warnings);
        if (correction) {
            submissions.flagCorrection(id, c.correctionReason());
        }
        reviews.submitted(r.unitCode(), r.frameworkCode(), r.period(), id); // the series is back to SUBMITTED
        List<SubmissionView.Value> values = values(r);
        submissions.insertValues(id, values, previous);
        currentValues.upsert(r.unitCode(), r.frameworkCode(), r.period(), id, receivedAt, late, values);
        return view(id, r, receivedAt, late, previous, false, warnings).by(caller, correction ? c.correctionReason() : null);
    }

    /** The current values of the submitted indicators and of those the framework's rules read. */
    private Map<String, SubmissionView.Superseded> current(SubmissionRequest r, FrameworkCatalog.Published framework) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        r.values().forEach(v -> codes.add(v.indicatorCode()));
        codes.addAll(framework.rules().codes());
        return currentValues.current(r.frameworkCode(), r.period(), r.unitCode(), List.copyOf(codes));
    }

    private static List<SubmissionView.Value> values(SubmissionRequest r) {
        return r.values().stream().map(v -> new SubmissionView.Value(v.indicatorCode(), v.value(), v.note())).toList();
    }

    private static SubmissionView view(UUID id, SubmissionRequest r, OffsetDateTime receivedAt, boolean late,
                                       Map<String, SubmissionView.Superseded> previous, boolean dryRun, List<FieldError> warnings) {
        List<SubmissionView.Value> values = values(r);
        List<SubmissionView.Superseded> superseded = r.values().stream()
                .map(v -> previous.get(v.indicatorCode())).filter(java.util.Objects::nonNull).toList();
        return new SubmissionView(id, r.unitCode(), r.frameworkCode(), r.period(), receivedAt, late, values,
                superseded, dryRun ? Boolean.TRUE : null, ImportSummary.of(values, previous), warnings);
    }

    private static boolean late(Checked c, OffsetDateTime at) {
        return c.schedule() != null && c.schedule().dueAt != null && at.isAfter(c.schedule().dueAt);
    }
}
