package vn.dti.indicator.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.Session;

import io.micrometer.core.instrument.MeterRegistry;
import vn.dti.indicator.domain.ReportingPeriod;
import vn.dti.indicator.domain.Unit;
import vn.dti.indicator.framework.FrameworkDocument;
import vn.dti.indicator.mapping.SubmissionAccepted;
import vn.dti.indicator.mapping.SubmissionView;
import vn.dti.indicator.outbox.EventTypes;
import vn.dti.indicator.outbox.Outbox;
import vn.dti.indicator.repository.UnitRepository;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.plumbing.problem.Problem;
import vn.dti.plumbing.problem.ProblemException;
import vn.dti.plumbing.problem.Validation;

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
    record Checked(SubmissionRequest request, ReportingPeriod schedule) {
    }

    @Inject
    EntityManager em;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    UnitRepository units;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    /** The stored answer for this caller's key, if the key was used before. */
    @Transactional
    public Optional<Outcome> replay(String caller, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select request_hash, response_status, cast(response_body as varchar), location
                from idempotency_key where caller = ?1 and idem_key = ?2""")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw new ProblemException(new Problem("https://dti.gov.vn/problems/idempotency-key-reused",
                    "Idempotency key reused", 422,
                    "Idempotency-Key '" + key + "' was already used with a different request body; use a new key for a new submission.",
                    List.of(new vn.dti.plumbing.problem.FieldError("", "IDEMPOTENCY_KEY_REUSED",
                            "the key belongs to another request"))));
        }
        try {
            return Optional.of(new Outcome(((Number) row[1]).intValue(), json.readTree((String) row[2]), (String) row[3], true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates every request; throws 422 with all problems, or 409 for a closed period. */
    public List<Checked> check(List<SubmissionRequest> requests) {
        Validation v = new Validation();
        List<Checked> checked = new ArrayList<>();
        Set<String> seenSeries = new HashSet<>();
        for (SubmissionRequest r : requests) {
            Optional<FrameworkCatalog.Published> framework = catalog.published(r.frameworkCode());
            if (framework.isEmpty()) {
                boolean draft = vn.dti.indicator.domain.Framework.findById(r.frameworkCode()) != null;
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
                } else {
                    String range = IndicatorRange.check(node.indicator(), value.value());
                    if (range != null) {
                        v.add(value.valuePointer(), "OUT_OF_RANGE", range);
                    }
                }
            }
            ReportingPeriod schedule = period == null ? null
                    : ReportingPeriod.findById(new ReportingPeriod.Key(r.frameworkCode(), r.period()));
            checked.add(new Checked(r, schedule));
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
            boolean exists = units.count("code", r.unitCode()) > 0;
            v.add(r.unitPointer(), exists ? "UNIT_NOT_VALID_IN_PERIOD" : "UNKNOWN_UNIT", exists
                    ? "unit " + r.unitCode() + " is not valid on " + day + ", the last day of period " + r.period()
                    : "no unit " + r.unitCode());
        } else if (!unit.get().type.equals(doc.unitType())) {
            v.add(r.unitPointer(), "UNIT_TYPE_MISMATCH", "unit " + r.unitCode() + " is a " + unit.get().type
                    + "; framework " + doc.code() + " ranks " + doc.unitType());
        }
    }

    private static void closedCheck(Checked c, OffsetDateTime at) {
        if (c.schedule() != null && c.schedule().closesAt != null && at.isAfter(c.schedule().closesAt)) {
            throw ProblemException.conflict("period-closed", "Period closed", "Period " + c.request().period()
                    + " of " + c.request().frameworkCode() + " closed at " + c.schedule().closesAt
                    + "; submissions are no longer accepted.");
        }
    }

    /** A dry run: what would be answered, computed from the current data, storing nothing. */
    @Transactional
    public List<SubmissionView> dryRun(List<Checked> checked) {
        List<SubmissionView> views = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Checked c : checked) {
            SubmissionRequest r = c.request();
            Map<String, SubmissionView.Superseded> previous = em.unwrap(Session.class)
                    .doReturningWork(conn -> current(conn, r));
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
        List<SubmissionView> views = new ArrayList<>();
        for (Checked c : checked) {
            views.add(em.unwrap(Session.class).doReturningWork(conn -> write(conn, c, caller, mediaType)));
        }
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
        int inserted = em.createNativeQuery("""
                insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, location)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6) on conflict do nothing""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, status).setParameter(5, text).setParameter(6, location)
                .executeUpdate();
        if (inserted == 0) {
            throw new KeyRaced();
        }
    }

    private SubmissionView write(Connection conn, Checked c, String caller, String mediaType) throws SQLException {
        SubmissionRequest r = c.request();
        int sequence;
        // Lock the series: a racing submission of the same unit/framework/period waits here, then
        // sees this one's values as current and supersedes them. Nothing is lost.
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into submission_series (unit_code, framework_code, period, submissions) values (?, ?, ?, 1)
                on conflict (unit_code, framework_code, period)
                do update set submissions = submission_series.submissions + 1 returning submissions""")) {
            ps.setString(1, r.unitCode());
            ps.setString(2, r.frameworkCode());
            ps.setString(3, r.period());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                sequence = rs.getInt(1);
            }
        }
        OffsetDateTime receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        closedCheck(c, receivedAt);
        boolean late = late(c, receivedAt);
        Map<String, SubmissionView.Superseded> previous = current(conn, r);
        UUID id = UUID.randomUUID();
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, id);
            ps.setString(2, r.unitCode());
            ps.setString(3, r.frameworkCode());
            ps.setString(4, r.period());
            ps.setInt(5, sequence);
            ps.setObject(6, receivedAt);
            ps.setBoolean(7, late);
            ps.setString(8, caller);
            ps.setString(9, mediaType);
            ps.executeUpdate();
        }
        int n = r.values().size();
        Integer[] positions = new Integer[n];
        String[] codes = new String[n];
        Double[] values = new Double[n];
        String[] notes = new String[n];
        UUID[] supersededIds = new UUID[n];
        Double[] supersededValues = new Double[n];
        for (int i = 0; i < n; i++) {
            SubmissionRequest.ValueInput v = r.values().get(i);
            positions[i] = i;
            codes[i] = v.indicatorCode();
            values[i] = v.value();
            notes[i] = v.note();
            SubmissionView.Superseded old = previous.get(v.indicatorCode());
            supersededIds[i] = old == null ? null : old.submissionId();
            supersededValues[i] = old == null ? null : old.value();
        }
        // One statement for all values, one for the current-value upsert: no per-value round trips.
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into submission_value (submission_id, position, indicator_code, value, note, superseded_submission_id, superseded_value)
                select ?, t.* from unnest(?::int[], ?::varchar[], ?::float8[], ?::varchar[], ?::uuid[], ?::float8[]) as t""")) {
            ps.setObject(1, id);
            ps.setArray(2, array(conn, "int4", positions));
            ps.setArray(3, array(conn, "varchar", codes));
            ps.setArray(4, array(conn, "float8", values));
            ps.setArray(5, array(conn, "varchar", notes));
            ps.setArray(6, array(conn, "uuid", supersededIds));
            ps.setArray(7, array(conn, "float8", supersededValues));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into current_value (unit_code, framework_code, period, indicator_code, value, note, submission_id, received_at, late)
                select ?, ?, ?, t.c, t.v, t.n, ?, ?, ? from unnest(?::varchar[], ?::float8[], ?::varchar[]) as t(c, v, n)
                on conflict (framework_code, period, unit_code, indicator_code) do update
                set value = excluded.value, note = excluded.note, submission_id = excluded.submission_id,
                    received_at = excluded.received_at, late = excluded.late""")) {
            ps.setString(1, r.unitCode());
            ps.setString(2, r.frameworkCode());
            ps.setString(3, r.period());
            ps.setObject(4, id);
            ps.setObject(5, receivedAt);
            ps.setBoolean(6, late);
            ps.setArray(7, array(conn, "varchar", codes));
            ps.setArray(8, array(conn, "float8", values));
            ps.setArray(9, array(conn, "varchar", notes));
            ps.executeUpdate();
        }
        return view(id, r, receivedAt, late, previous, false);
    }

    private static Map<String, SubmissionView.Superseded> current(Connection conn, SubmissionRequest r) throws SQLException {
        Map<String, SubmissionView.Superseded> previous = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                select indicator_code, value, submission_id, received_at from current_value
                where framework_code = ? and period = ? and unit_code = ? and indicator_code = any(?)""")) {
            ps.setString(1, r.frameworkCode());
            ps.setString(2, r.period());
            ps.setString(3, r.unitCode());
            ps.setArray(4, array(conn, "varchar", r.values().stream().map(SubmissionRequest.ValueInput::indicatorCode).toArray(String[]::new)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    previous.put(rs.getString(1), new SubmissionView.Superseded(rs.getString(1), rs.getDouble(2),
                            rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class)));
                }
            }
        }
        return previous;
    }

    private static SubmissionView view(UUID id, SubmissionRequest r, OffsetDateTime receivedAt, boolean late,
                                       Map<String, SubmissionView.Superseded> previous, boolean dryRun) {
        List<SubmissionView.Value> values = r.values().stream()
                .map(v -> new SubmissionView.Value(v.indicatorCode(), v.value(), v.note())).toList();
        List<SubmissionView.Superseded> superseded = r.values().stream()
                .map(v -> previous.get(v.indicatorCode())).filter(java.util.Objects::nonNull).toList();
        return new SubmissionView(id, r.unitCode(), r.frameworkCode(), r.period(), receivedAt, late, values,
                superseded, dryRun ? Boolean.TRUE : null);
    }

    private static boolean late(Checked c, OffsetDateTime at) {
        return c.schedule() != null && c.schedule().dueAt != null && at.isAfter(c.schedule().dueAt);
    }

    private static Array array(Connection conn, String type, Object[] values) throws SQLException {
        return conn.createArrayOf(type, values);
    }
}
