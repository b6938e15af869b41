package vn.dti.indicator.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import vn.dti.indicator.mapping.SubmissionAccepted;
import vn.dti.indicator.mapping.SubmissionPage;
import vn.dti.indicator.mapping.SubmissionView;
import vn.dti.plumbing.events.EventTypes;
import vn.dti.plumbing.outbox.Outbox;
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
    record Checked(SubmissionRequest request, ReportingPeriod schedule, String correctionReason) {
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
    CorrectionPolicy corrections;

    @Inject
    ReviewService reviews;

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

    /** Validates every request; throws 422 with all problems, or 409 for a closed period. */
    public List<Checked> check(List<SubmissionRequest> requests) {
        return check(requests, null);
    }

    /** As {@link #check(List)}; {@code correctionReason} lets an admin correct a closed period ({@link CorrectionPolicy}). */
    public List<Checked> check(List<SubmissionRequest> requests, String correctionReason) {
        Validation v = new Validation();
        List<Checked> checked = new ArrayList<>();
        Set<String> seenSeries = new HashSet<>();
        for (SubmissionRequest r : requests) {
            Optional<FrameworkCatalog.Published> framework = catalog.published(r.frameworkCode());
            if (framework.isEmpty()) {
                boolean draft = frameworks.findByIdOptional(r.frameworkCode()).isPresent();
                v.add(r.frameworkPointer(), draft ? "FRAMEWORK_NOT_PUBLISHED" : "UNKNOWN_FRAMEWORK",
                        draft ? "framework " + r.frameworkCode() + " is a draft; submissions need a published framework"
                              : "no framework " + r.frameworkCode());
                continue;
            }
            FrameworkDocument doc = framework.get().document();
            PeriodCode period = PeriodCode.parse(r.period(), doc.periodType());
            if (period == null) {
                v.add(r.periodPointer(), "PERIOD_MISMATCH", "framework " + r.frameworkCode() + " is " + doc.periodType()
                        + ": periods look like " + PeriodCode.example(doc.periodType()));
            } else {
                checkUnit(r, doc, period, v);
            }
            if (!seenSeries.add(r.unitCode() + "/" + r.frameworkCode() + "/" + r.period())) {
                v.add(r.unitPointer(), "DUPLICATE_SUBMISSION", "the same (unit, framework, period) appears twice");
            }
            Set<String> seen = new HashSet<>();
            for (SubmissionRequest.ValueInput value : r.values()) {
                FrameworkDocument.Node node = framework.get().indicators().get(value.indicatorCode());
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
            ReportingPeriod schedule = period == null ? null
                    : schedules.find(r.frameworkCode(), r.period()).orElse(null);
            checked.add(new Checked(r, schedule, correctionReason));
        }
        v.throwIfInvalid();
        OffsetDateTime now = OffsetDateTime.now();
        for (Checked c : checked) {
            closedCheck(c, now);
        }
        return checked;
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
        }
    }

    /** True when the submission is an admin's correction of a closed period; refuses anyone else after closing. */
    private boolean closedCheck(Checked c, OffsetDateTime at) {
        return corrections.correction(c.schedule(), c.request().frameworkCode(), c.request().period(), at, c.correctionReason());
    }

    /** A dry run: what would be answered, computed from the current data, storing nothing. */
    @Transactional
    public List<SubmissionView> dryRun(List<Checked> checked) {
        List<SubmissionView> views = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Checked c : checked) {
            SubmissionRequest r = c.request();
            Map<String, SubmissionView.Superseded> previous = current(r);
            views.add(view(UUID.randomUUID(), r, now, late(c, now), previous, true));
        }
        return views;
    }

    /**
     * Stores the checked requests, their events and the idempotency record in one transaction, and
     * returns the answer: one submission, or {@code {submissions: [...]}} for a multi-unit CSV.
     */
    @Transactional
    public Outcome accept(List<Checked> checked, String caller, String mediaType, String key, String requestHash) {
        List<SubmissionView> views = store(checked, caller, mediaType);
        Object body = views.size() == 1 ? views.get(0) : Map.of("submissions", views);
        String location = "/api/v1/submissions/" + views.get(0).id();
        if (key != null) {
            remember(caller, key, requestHash, 201, body, location);
        }
        return new Outcome(201, json.valueToTree(body), location, false);
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
        Map<String, SubmissionView.Superseded> previous = current(r);
        UUID id = UUID.randomUUID();
        submissions.insert(id, r.unitCode(), r.frameworkCode(), r.period(), sequence, receivedAt, late, caller, mediaType);
        if (correction) {
            submissions.flagCorrection(id, c.correctionReason());
        }
        reviews.submitted(r.unitCode(), r.frameworkCode(), r.period(), id); // the series is back to SUBMITTED
        List<SubmissionView.Value> values = values(r);
        submissions.insertValues(id, values, previous);
        currentValues.upsert(r.unitCode(), r.frameworkCode(), r.period(), id, receivedAt, late, values);
        return view(id, r, receivedAt, late, previous, false).by(caller, correction ? c.correctionReason() : null);
    }

    private Map<String, SubmissionView.Superseded> current(SubmissionRequest r) {
        return currentValues.current(r.frameworkCode(), r.period(), r.unitCode(),
                r.values().stream().map(SubmissionRequest.ValueInput::indicatorCode).toList());
    }

    private static List<SubmissionView.Value> values(SubmissionRequest r) {
        return r.values().stream().map(v -> new SubmissionView.Value(v.indicatorCode(), v.value(), v.note())).toList();
    }

    private static SubmissionView view(UUID id, SubmissionRequest r, OffsetDateTime receivedAt, boolean late,
                                       Map<String, SubmissionView.Superseded> previous, boolean dryRun) {
        List<SubmissionView.Value> values = values(r);
        List<SubmissionView.Superseded> superseded = r.values().stream()
                .map(v -> previous.get(v.indicatorCode())).filter(java.util.Objects::nonNull).toList();
        return new SubmissionView(id, r.unitCode(), r.frameworkCode(), r.period(), receivedAt, late, values,
                superseded, dryRun ? Boolean.TRUE : null);
    }

    private static boolean late(Checked c, OffsetDateTime at) {
        return c.schedule() != null && c.schedule().dueAt != null && at.isAfter(c.schedule().dueAt);
    }
}
