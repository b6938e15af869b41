package vn.dti.ranking.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.plumbing.events.Latest;
import vn.dti.plumbing.period.PeriodCode;
import vn.dti.ranking.mapping.IncomingEvents.PeriodChanged;
import vn.dti.ranking.mapping.IncomingEvents.ReviewDecided;
import vn.dti.ranking.mapping.IncomingEvents.SubmissionAccepted;
import vn.dti.ranking.mapping.IncomingEvents.UnitChanged;
import vn.dti.ranking.mapping.IncomingEvents.Value;
import vn.dti.plumbing.outbox.TraceContext;

/**
 * The read model's writes, in bulk: every method is one or two statements for a whole batch of
 * events (arrays through {@code unnest}), never one round trip per event or value. Each change
 * that can move standings increments the change counter of the (framework, period)s it affects,
 * in the caller's transaction.
 */
@ApplicationScoped
public class ReadModelRepository {

    /**
     * Upserts unit versions on (code, validFrom); an older state never overwrites a newer one.
     * Dirties the standings of the frameworks the unit version counts in, before or after the
     * change (same unitType, and same group when the framework has a unitGroup), whose last day
     * falls in the unit's validity, old or new.
     */
    public void upsertUnits(Connection conn, List<UnitChanged> changes) throws SQLException {
        Map<String, UnitChanged> latest = new LinkedHashMap<>();
        for (UnitChanged u : changes) {
            // per unit version the latest changedAt wins, also within a batch (an older state
            // delivered after a newer one must not overwrite it; the upsert below guards the table)
            latest.merge(u.code() + "/" + u.validFrom(), u, (a, b) -> b.changedAt().isBefore(a.changedAt()) ? a : b);
        }
        List<UnitChanged> units = new ArrayList<>(latest.values());
        Array codes = strings(conn, units.stream().map(UnitChanged::code).toList());
        Array from = strings(conn, units.stream().map(u -> u.validFrom().toString()).toList());
        Array to = strings(conn, units.stream().map(u -> u.validTo() == null ? null : u.validTo().toString()).toList());
        Array types = strings(conn, units.stream().map(UnitChanged::type).toList());
        Array groups = strings(conn, units.stream().map(UnitChanged::group).toList());
        // Before the upsert, so the standings the unit leaves (a shortened validity, another
        // group or type) are dirtied as well as those it joins.
        try (PreparedStatement ps = conn.prepareStatement("""
                with u(code, valid_from, valid_to, type, grp) as (
                    select * from unnest(?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[])),
                w(type, grp, w_from, w_to) as (
                    select u.type, u.grp, u.valid_from, coalesce(u.valid_to, 'infinity'::date) from u
                    union all
                    select o.type, o.unit_group, o.valid_from, coalesce(o.valid_to, 'infinity'::date)
                    from u join unit o on o.code = u.code and o.valid_from = u.valid_from)
                update standings_state s set change_seq = s.change_seq + 1
                from framework f
                where f.code = s.framework_code
                  and exists (select 1 from w where w.type = f.unit_type
                                                and (f.unit_group is null or w.grp = f.unit_group)
                                                and s.ends_on between w.w_from and w.w_to)""")) {
            ps.setArray(1, codes);
            ps.setArray(2, from);
            ps.setArray(3, to);
            ps.setArray(4, types);
            ps.setArray(5, groups);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into unit (code, valid_from, valid_to, name, name_en, type, unit_group, predecessors, changed_at)
                select t.code, t.valid_from, t.valid_to, t.name, t.name_en, t.type, t.grp,
                       case when t.preds = '' then '{}'::varchar[] else string_to_array(t.preds, ' ')::varchar[] end, t.changed_at
                from unnest(?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::timestamptz[])
                     as t(code, valid_from, valid_to, name, name_en, type, grp, preds, changed_at)
                on conflict (code, valid_from) do update
                set valid_to = excluded.valid_to, name = excluded.name, name_en = excluded.name_en, type = excluded.type,
                    unit_group = excluded.unit_group, predecessors = excluded.predecessors, changed_at = excluded.changed_at
                where excluded.changed_at >= unit.changed_at""")) {
            ps.setArray(1, codes);
            ps.setArray(2, from);
            ps.setArray(3, to);
            ps.setArray(4, strings(conn, units.stream().map(UnitChanged::name).toList()));
            ps.setArray(5, strings(conn, units.stream().map(UnitChanged::nameEn).toList()));
            ps.setArray(6, types);
            ps.setArray(7, groups);
            ps.setArray(8, strings(conn, units.stream()
                    .map(u -> u.predecessors() == null ? "" : String.join(" ", u.predecessors())).toList()));
            ps.setArray(9, strings(conn, units.stream().map(u -> u.changedAt().toString()).toList()));
            ps.executeUpdate();
        }
    }

    /** Stores published frameworks (a later version replaces an earlier one) and dirties their standings. */
    public void upsertFrameworks(Connection conn, List<JsonNode> documents) throws SQLException {
        List<JsonNode> docs = Latest.highestVersion(documents, "code", "version");
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into framework (code, version, unit_type, unit_group, period_type, document, published_at, require_approval)
                select t.code, t.version, t.unit_type, t.unit_group, t.period_type, t.document::jsonb, t.published_at,
                       coalesce((t.document::jsonb ->> 'requireApproval')::boolean, false)
                from unnest(?::varchar[], ?::int[], ?::varchar[], ?::varchar[], ?::varchar[], ?::text[], ?::timestamptz[])
                     as t(code, version, unit_type, unit_group, period_type, document, published_at)
                on conflict (code) do update
                set version = excluded.version, unit_type = excluded.unit_type, unit_group = excluded.unit_group,
                    period_type = excluded.period_type, document = excluded.document, published_at = excluded.published_at,
                    require_approval = excluded.require_approval
                where excluded.version >= framework.version""")) {
            ps.setArray(1, strings(conn, docs.stream().map(d -> d.path("code").asText()).toList()));
            ps.setArray(2, conn.createArrayOf("int4", docs.stream().map(d -> d.path("version").asInt()).toArray()));
            ps.setArray(3, strings(conn, docs.stream().map(d -> d.path("unitType").asText()).toList()));
            // optional: absent means every unit of the unitType
            ps.setArray(4, strings(conn, docs.stream().map(d -> d.hasNonNull("unitGroup") ? d.get("unitGroup").asText() : null)
                    .toList()));
            ps.setArray(5, strings(conn, docs.stream().map(d -> d.path("periodType").asText()).toList()));
            ps.setArray(6, strings(conn, docs.stream().map(JsonNode::toString).toList()));
            ps.setArray(7, strings(conn, docs.stream().map(d -> d.path("publishedAt").asText()).toList()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "update standings_state set change_seq = change_seq + 1 where framework_code = any(?::varchar[])")) {
            ps.setArray(1, strings(conn, docs.stream().map(d -> d.path("code").asText()).toList()));
            ps.executeUpdate();
        }
    }

    /** Stores period schedules; a period new to the service gets standings (every unit, reported or not). */
    public void upsertPeriods(Connection conn, List<PeriodChanged> changes) throws SQLException {
        Map<String, PeriodChanged> latest = new LinkedHashMap<>();
        for (PeriodChanged p : changes) {
            latest.put(p.frameworkCode() + "/" + p.period(), p);
        }
        List<PeriodChanged> periods = new ArrayList<>(latest.values());
        Array fw = strings(conn, periods.stream().map(PeriodChanged::frameworkCode).toList());
        Array period = strings(conn, periods.stream().map(PeriodChanged::period).toList());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into reporting_period (framework_code, period, period_type, starts_on, ends_on, due_at, closes_at, changed_at)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                on conflict (framework_code, period) do update
                set period_type = excluded.period_type, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    due_at = excluded.due_at, closes_at = excluded.closes_at, changed_at = excluded.changed_at
                where excluded.changed_at >= reporting_period.changed_at""")) {
            ps.setArray(1, fw);
            ps.setArray(2, period);
            ps.setArray(3, strings(conn, periods.stream().map(PeriodChanged::periodType).toList()));
            ps.setArray(4, strings(conn, periods.stream().map(p -> p.startsOn().toString()).toList()));
            ps.setArray(5, strings(conn, periods.stream().map(p -> p.endsOn().toString()).toList()));
            ps.setArray(6, strings(conn, periods.stream().map(p -> p.dueAt().toString()).toList()));
            ps.setArray(7, strings(conn, periods.stream().map(p -> p.closesAt().toString()).toList()));
            ps.setArray(8, strings(conn, periods.stream().map(p -> p.changedAt().toString()).toList()));
            ps.executeUpdate();
        }
        // A schedule does not move scores: only a period new to the service needs (first) standings.
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into standings_state (framework_code, period, ends_on, change_seq)
                select t.fw, t.period, t.ends_on, 1 from unnest(?::varchar[], ?::varchar[], ?::date[]) as t(fw, period, ends_on)
                on conflict (framework_code, period) do nothing""")) {
            ps.setArray(1, fw);
            ps.setArray(2, period);
            ps.setArray(3, strings(conn, periods.stream().map(p -> endsOn(p.period())).toList()));
            ps.executeUpdate();
        }
    }

    /**
     * Applies submissions to the current values: per (framework, period, unit, indicator) the value
     * with the latest receivedAt wins, whatever order the events arrive in (ties: the larger
     * submission id, so every replica agrees). Dirties the submissions' standings.
     */
    public void upsertValues(Connection conn, List<SubmissionAccepted> submissions) throws SQLException {
        record Row(SubmissionAccepted s, Value v) {
        }
        Map<String, Row> latest = new LinkedHashMap<>();
        // sorted: concurrent consumers (replicas) lock the change counters in the same order
        Map<String, String[]> pairs = new java.util.TreeMap<>();
        for (SubmissionAccepted s : submissions) {
            pairs.putIfAbsent(s.frameworkCode() + "/" + s.period(), new String[] {s.frameworkCode(), s.period()});
            for (Value v : s.values()) {
                Row row = new Row(s, v);
                latest.merge(s.frameworkCode() + "/" + s.period() + "/" + s.unitCode() + "/" + v.indicatorCode(), row,
                        (a, b) -> newer(b.s(), a.s()) ? b : a);
            }
        }
        List<Row> rows = new ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into current_value (framework_code, period, unit_code, indicator_code, value, submission_id, received_at)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::float8[], ?::uuid[], ?::timestamptz[])
                on conflict (framework_code, period, unit_code, indicator_code) do update
                set value = excluded.value, submission_id = excluded.submission_id, received_at = excluded.received_at
                where excluded.received_at > current_value.received_at
                   or (excluded.received_at = current_value.received_at and excluded.submission_id > current_value.submission_id)""")) {
            ps.setArray(1, strings(conn, rows.stream().map(r -> r.s().frameworkCode()).toList()));
            ps.setArray(2, strings(conn, rows.stream().map(r -> r.s().period()).toList()));
            ps.setArray(3, strings(conn, rows.stream().map(r -> r.s().unitCode()).toList()));
            ps.setArray(4, strings(conn, rows.stream().map(r -> r.v().indicatorCode()).toList()));
            ps.setArray(5, conn.createArrayOf("float8", rows.stream().map(r -> (Object) r.v().value()).toArray()));
            ps.setArray(6, strings(conn, rows.stream().map(r -> r.s().submissionId().toString()).toList()));
            ps.setArray(7, strings(conn, rows.stream().map(r -> r.s().receivedAt().toString()).toList()));
            ps.executeUpdate();
        }
        // Every submission's values, keyed by submission id, for the approved basis (a redelivery adds nothing).
        List<SubmissionAccepted> distinct = new ArrayList<>(submissions.stream()
                .collect(java.util.stream.Collectors.toMap(SubmissionAccepted::submissionId, s -> s, (a, b) -> a, LinkedHashMap::new))
                .values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into received_submission (submission_id, framework_code, period, unit_code, received_at)
                select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
                on conflict (submission_id) do nothing""")) {
            ps.setArray(1, strings(conn, distinct.stream().map(s -> s.submissionId().toString()).toList()));
            ps.setArray(2, strings(conn, distinct.stream().map(SubmissionAccepted::frameworkCode).toList()));
            ps.setArray(3, strings(conn, distinct.stream().map(SubmissionAccepted::period).toList()));
            ps.setArray(4, strings(conn, distinct.stream().map(SubmissionAccepted::unitCode).toList()));
            ps.setArray(5, strings(conn, distinct.stream().map(s -> s.receivedAt().toString()).toList()));
            ps.executeUpdate();
        }
        List<Row> all = distinct.stream().flatMap(s -> s.values().stream().map(v -> new Row(s, v))).toList();
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into received_value (submission_id, indicator_code, value)
                select * from unnest(?::uuid[], ?::varchar[], ?::float8[])
                on conflict (submission_id, indicator_code) do nothing""")) {
            ps.setArray(1, strings(conn, all.stream().map(r -> r.s().submissionId().toString()).toList()));
            ps.setArray(2, strings(conn, all.stream().map(r -> r.v().indicatorCode()).toList()));
            ps.setArray(3, conn.createArrayOf("float8", all.stream().map(r -> (Object) r.v().value()).toArray()));
            ps.executeUpdate();
        }
        dirty(conn, pairs);
    }

    /**
     * Applies review decisions: per submission the decision with the latest decidedAt holds, whatever
     * order they arrive in. Dirties the standings of their (framework, period)s.
     */
    public void upsertDecisions(Connection conn, List<ReviewDecided> decisions) throws SQLException {
        Map<java.util.UUID, ReviewDecided> latest = new LinkedHashMap<>();
        Map<String, String[]> pairs = new java.util.TreeMap<>();
        for (ReviewDecided d : decisions) {
            latest.merge(d.submissionId(), d, (a, b) -> b.decidedAt().isAfter(a.decidedAt()) ? b : a);
            pairs.putIfAbsent(d.frameworkCode() + "/" + d.period(), new String[] {d.frameworkCode(), d.period()});
        }
        List<ReviewDecided> rows = new ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into review_decision (submission_id, framework_code, period, unit_code, decision, decided_at)
                select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
                on conflict (submission_id) do update
                set decision = excluded.decision, decided_at = excluded.decided_at
                where excluded.decided_at > review_decision.decided_at""")) {
            ps.setArray(1, strings(conn, rows.stream().map(d -> d.submissionId().toString()).toList()));
            ps.setArray(2, strings(conn, rows.stream().map(ReviewDecided::frameworkCode).toList()));
            ps.setArray(3, strings(conn, rows.stream().map(ReviewDecided::period).toList()));
            ps.setArray(4, strings(conn, rows.stream().map(ReviewDecided::unitCode).toList()));
            ps.setArray(5, strings(conn, rows.stream().map(ReviewDecided::decision).toList()));
            ps.setArray(6, strings(conn, rows.stream().map(d -> d.decidedAt().toString()).toList()));
            ps.executeUpdate();
        }
        dirty(conn, pairs);
    }

    /** Increments the change counters of (framework, period)s, in sorted order (replicas lock them in the same order). */
    private void dirty(Connection conn, Map<String, String[]> pairs) throws SQLException {
        List<String[]> keys = new ArrayList<>(pairs.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into standings_state (framework_code, period, ends_on, change_seq, traceparent)
                select t.fw, t.period, t.ends_on, 1, ? from unnest(?::varchar[], ?::varchar[], ?::date[]) as t(fw, period, ends_on)
                on conflict (framework_code, period) do update set change_seq = standings_state.change_seq + 1,
                                                                   traceparent = excluded.traceparent""")) {
            // the consumed submission's trace (null for a batch of several: each has its own)
            ps.setString(1, TraceContext.current());
            ps.setArray(2, strings(conn, keys.stream().map(k -> k[0]).toList()));
            ps.setArray(3, strings(conn, keys.stream().map(k -> k[1]).toList()));
            ps.setArray(4, strings(conn, keys.stream().map(k -> endsOn(k[1])).toList()));
            ps.executeUpdate();
        }
    }

    private static boolean newer(SubmissionAccepted a, SubmissionAccepted than) {
        return Latest.laterSubmission(a.receivedAt(), a.submissionId(), than.receivedAt(), than.submissionId());
    }

    private static String endsOn(String period) {
        return Objects.requireNonNull(PeriodCode.parse(period), "period " + period).endsOn().toString();
    }

    private static Array strings(Connection conn, List<String> values) throws SQLException {
        return conn.createArrayOf("varchar", values.toArray());
    }
}
