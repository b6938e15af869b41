package vn.dti.report.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dti.plumbing.events.Latest;
import vn.dti.report.mapping.IncomingEvents.PeriodChanged;
import vn.dti.report.mapping.IncomingEvents.SubmissionAccepted;
import vn.dti.report.mapping.IncomingEvents.UnitChanged;
import vn.dti.report.mapping.IncomingEvents.Value;

/**
 * The read model's writes, in bulk: every method is one statement for a whole batch of events
 * (arrays through {@code unnest}), never one round trip per event or value. Every upsert keeps
 * the newer state, whatever order the events arrive in.
 */
@ApplicationScoped
public class ReadModelRepository {

    /** Upserts unit versions on (code, validFrom); an older state never overwrites a newer one. */
    public void upsertUnits(Connection conn, List<UnitChanged> changes) throws SQLException {
        Map<String, UnitChanged> latest = new LinkedHashMap<>();
        for (UnitChanged u : changes) {
            latest.merge(u.code() + "/" + u.validFrom(), u, (a, b) -> b.changedAt().isBefore(a.changedAt()) ? a : b);
        }
        List<UnitChanged> units = new ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into unit (code, valid_from, valid_to, name, name_en, type, region, predecessors, changed_at)
                select t.code, t.valid_from, t.valid_to, t.name, t.name_en, t.type, t.region,
                       case when t.preds = '' then '{}'::varchar[] else string_to_array(t.preds, ' ')::varchar[] end, t.changed_at
                from unnest(?::varchar[], ?::date[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
                     as t(code, valid_from, valid_to, name, name_en, type, region, preds, changed_at)
                on conflict (code, valid_from) do update
                set valid_to = excluded.valid_to, name = excluded.name, name_en = excluded.name_en, type = excluded.type,
                    region = excluded.region, predecessors = excluded.predecessors, changed_at = excluded.changed_at
                where excluded.changed_at >= unit.changed_at""")) {
            ps.setArray(1, strings(conn, units.stream().map(UnitChanged::code).toList()));
            ps.setArray(2, strings(conn, units.stream().map(u -> u.validFrom().toString()).toList()));
            ps.setArray(3, strings(conn, units.stream().map(u -> u.validTo() == null ? null : u.validTo().toString()).toList()));
            ps.setArray(4, strings(conn, units.stream().map(UnitChanged::name).toList()));
            ps.setArray(5, strings(conn, units.stream().map(UnitChanged::nameEn).toList()));
            ps.setArray(6, strings(conn, units.stream().map(UnitChanged::type).toList()));
            ps.setArray(7, strings(conn, units.stream().map(UnitChanged::region).toList()));
            ps.setArray(8, strings(conn, units.stream()
                    .map(u -> u.predecessors() == null ? "" : String.join(" ", u.predecessors())).toList()));
            ps.setArray(9, strings(conn, units.stream().map(u -> u.changedAt().toString()).toList()));
            ps.executeUpdate();
        }
    }

    /** Stores published frameworks; a later version of a code replaces an earlier one. */
    public void upsertFrameworks(Connection conn, List<JsonNode> documents) throws SQLException {
        List<JsonNode> docs = Latest.highestVersion(documents, "code", "version");
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into framework (code, version, document, published_at)
                select t.code, t.version, t.document::jsonb, t.published_at
                from unnest(?::varchar[], ?::int[], ?::text[], ?::timestamptz[]) as t(code, version, document, published_at)
                on conflict (code) do update
                set version = excluded.version, document = excluded.document, published_at = excluded.published_at
                where excluded.version >= framework.version""")) {
            ps.setArray(1, strings(conn, docs.stream().map(d -> d.path("code").asText()).toList()));
            ps.setArray(2, conn.createArrayOf("int4", docs.stream().map(d -> d.path("version").asInt()).toArray()));
            ps.setArray(3, strings(conn, docs.stream().map(JsonNode::toString).toList()));
            ps.setArray(4, strings(conn, docs.stream().map(d -> d.path("publishedAt").asText()).toList()));
            ps.executeUpdate();
        }
    }

    /** Stores period schedules (the later change wins). */
    public void upsertPeriods(Connection conn, List<PeriodChanged> changes) throws SQLException {
        Map<String, PeriodChanged> latest = new LinkedHashMap<>();
        for (PeriodChanged p : changes) {
            latest.merge(p.frameworkCode() + "/" + p.period(), p, (a, b) -> b.changedAt().isBefore(a.changedAt()) ? a : b);
        }
        List<PeriodChanged> periods = new ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into reporting_period (framework_code, period, starts_on, ends_on, due_at, closes_at, changed_at)
                select * from unnest(?::varchar[], ?::varchar[], ?::date[], ?::date[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
                on conflict (framework_code, period) do update
                set starts_on = excluded.starts_on, ends_on = excluded.ends_on, due_at = excluded.due_at,
                    closes_at = excluded.closes_at, changed_at = excluded.changed_at
                where excluded.changed_at >= reporting_period.changed_at""")) {
            ps.setArray(1, strings(conn, periods.stream().map(PeriodChanged::frameworkCode).toList()));
            ps.setArray(2, strings(conn, periods.stream().map(PeriodChanged::period).toList()));
            ps.setArray(3, strings(conn, periods.stream().map(p -> p.startsOn().toString()).toList()));
            ps.setArray(4, strings(conn, periods.stream().map(p -> p.endsOn().toString()).toList()));
            ps.setArray(5, strings(conn, periods.stream().map(p -> p.dueAt().toString()).toList()));
            ps.setArray(6, strings(conn, periods.stream().map(p -> p.closesAt().toString()).toList()));
            ps.setArray(7, strings(conn, periods.stream().map(p -> p.changedAt().toString()).toList()));
            ps.executeUpdate();
        }
    }

    /**
     * Applies submissions to the current values: per (framework, period, unit, indicator) the value
     * with the latest receivedAt wins, whatever order the events arrive in (ties: the larger
     * submission id, the same rule as ranking-service).
     */
    public void upsertValues(Connection conn, List<SubmissionAccepted> submissions) throws SQLException {
        record Row(SubmissionAccepted s, Value v) {
        }
        Map<String, Row> latest = new LinkedHashMap<>();
        for (SubmissionAccepted s : submissions) {
            for (Value v : s.values()) {
                latest.merge(s.frameworkCode() + "/" + s.period() + "/" + s.unitCode() + "/" + v.indicatorCode(),
                        new Row(s, v), (a, b) -> newer(b.s(), a.s()) ? b : a);
            }
        }
        List<Row> rows = new ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into current_value (framework_code, period, unit_code, indicator_code, value, submission_id, received_at, late)
                select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::float8[], ?::uuid[], ?::timestamptz[], ?::boolean[])
                on conflict (framework_code, period, unit_code, indicator_code) do update
                set value = excluded.value, submission_id = excluded.submission_id, received_at = excluded.received_at,
                    late = excluded.late
                where excluded.received_at > current_value.received_at
                   or (excluded.received_at = current_value.received_at and excluded.submission_id > current_value.submission_id)""")) {
            ps.setArray(1, strings(conn, rows.stream().map(r -> r.s().frameworkCode()).toList()));
            ps.setArray(2, strings(conn, rows.stream().map(r -> r.s().period()).toList()));
            ps.setArray(3, strings(conn, rows.stream().map(r -> r.s().unitCode()).toList()));
            ps.setArray(4, strings(conn, rows.stream().map(r -> r.v().indicatorCode()).toList()));
            ps.setArray(5, conn.createArrayOf("float8", rows.stream().map(r -> (Object) r.v().value()).toArray()));
            ps.setArray(6, strings(conn, rows.stream().map(r -> r.s().submissionId().toString()).toList()));
            ps.setArray(7, strings(conn, rows.stream().map(r -> r.s().receivedAt().toString()).toList()));
            ps.setArray(8, conn.createArrayOf("bool", rows.stream().map(r -> (Object) r.s().late()).toArray()));
            ps.executeUpdate();
        }
        // every submission's own values, for the briefs made from a release (which names submissions)
        List<Row> all = submissions.stream().flatMap(s -> s.values().stream().map(v -> new Row(s, v))).toList();
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into submission_value (submission_id, indicator_code, framework_code, period, unit_code, value, received_at, late)
                select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::float8[], ?::timestamptz[], ?::boolean[])
                on conflict do nothing""")) {
            ps.setArray(1, strings(conn, all.stream().map(r -> r.s().submissionId().toString()).toList()));
            ps.setArray(2, strings(conn, all.stream().map(r -> r.v().indicatorCode()).toList()));
            ps.setArray(3, strings(conn, all.stream().map(r -> r.s().frameworkCode()).toList()));
            ps.setArray(4, strings(conn, all.stream().map(r -> r.s().period()).toList()));
            ps.setArray(5, strings(conn, all.stream().map(r -> r.s().unitCode()).toList()));
            ps.setArray(6, conn.createArrayOf("float8", all.stream().map(r -> (Object) r.v().value()).toArray()));
            ps.setArray(7, strings(conn, all.stream().map(r -> r.s().receivedAt().toString()).toList()));
            ps.setArray(8, conn.createArrayOf("bool", all.stream().map(r -> (Object) r.s().late()).toArray()));
            ps.executeUpdate();
        }
    }

    /** Stores releases as published; a release already held (by releaseId) is left as it is. */
    public void insertReleases(Connection conn, List<JsonNode> releases) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into release (id, framework_code, period, basis, revision, version, label, note, released_by, released_at,
                                     supersedes, standings, provenance, changes)
                select t.id, t.fw, t.period, t.basis, t.revision, t.version, t.label, t.note, t.released_by, t.released_at,
                       t.supersedes, t.standings::jsonb, t.provenance::jsonb, t.changes::jsonb
                from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::int[], ?::int[], ?::varchar[], ?::varchar[],
                            ?::varchar[], ?::timestamptz[], ?::uuid[], ?::text[], ?::text[], ?::text[])
                     as t(id, fw, period, basis, revision, version, label, note, released_by, released_at, supersedes,
                          standings, provenance, changes)
                on conflict (id) do nothing""")) {
            ps.setArray(1, strings(conn, releases.stream().map(r -> r.path("releaseId").asText()).toList()));
            ps.setArray(2, strings(conn, releases.stream().map(r -> r.path("frameworkCode").asText()).toList()));
            ps.setArray(3, strings(conn, releases.stream().map(r -> r.path("period").asText()).toList()));
            ps.setArray(4, strings(conn, releases.stream().map(r -> r.path("basis").asText()).toList()));
            ps.setArray(5, conn.createArrayOf("int4", releases.stream().map(r -> (Object) r.path("revision").asInt()).toArray()));
            ps.setArray(6, conn.createArrayOf("int4", releases.stream().map(r -> (Object) r.path("version").asInt()).toArray()));
            ps.setArray(7, strings(conn, releases.stream().map(r -> r.path("label").asText()).toList()));
            ps.setArray(8, strings(conn, releases.stream().map(r -> r.path("note").isTextual() ? r.path("note").asText() : null).toList()));
            ps.setArray(9, strings(conn, releases.stream().map(r -> r.path("releasedBy").asText()).toList()));
            ps.setArray(10, strings(conn, releases.stream().map(r -> r.path("releasedAt").asText()).toList()));
            ps.setArray(11, strings(conn, releases.stream()
                    .map(r -> r.path("supersedes").isTextual() ? r.path("supersedes").asText() : null).toList()));
            ps.setArray(12, strings(conn, releases.stream().map(r -> r.path("standings").toString()).toList()));
            ps.setArray(13, strings(conn, releases.stream().map(r -> r.path("provenance").toString()).toList()));
            ps.setArray(14, strings(conn, releases.stream().map(r -> r.path("changes").toString()).toList()));
            ps.executeUpdate();
        }
    }

    /** Keeps the latest standings of each (framework, period): a version applies only if greater than the one held. */
    public void upsertStandings(Connection conn, List<JsonNode> bodies) throws SQLException {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (JsonNode b : bodies) {
            latest.merge(b.path("frameworkCode").asText() + "/" + b.path("period").asText(), b,
                    (a, c) -> c.path("version").asLong() > a.path("version").asLong() ? c : a);
        }
        List<JsonNode> list = new ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into standings (framework_code, period, version, computed_at, body)
                select t.fw, t.period, t.version, t.computed_at, t.body::jsonb
                from unnest(?::varchar[], ?::varchar[], ?::int[], ?::timestamptz[], ?::text[]) as t(fw, period, version, computed_at, body)
                on conflict (framework_code, period) do update
                set version = excluded.version, computed_at = excluded.computed_at, body = excluded.body
                where excluded.version > standings.version""")) {
            ps.setArray(1, strings(conn, list.stream().map(b -> b.path("frameworkCode").asText()).toList()));
            ps.setArray(2, strings(conn, list.stream().map(b -> b.path("period").asText()).toList()));
            ps.setArray(3, conn.createArrayOf("int4", list.stream().map(b -> (Object) b.path("version").asInt()).toArray()));
            ps.setArray(4, strings(conn, list.stream().map(b -> b.path("computedAt").asText()).toList()));
            ps.setArray(5, strings(conn, list.stream().map(JsonNode::toString).toList()));
            ps.executeUpdate();
        }
    }

    private static boolean newer(SubmissionAccepted a, SubmissionAccepted than) {
        return Latest.laterSubmission(a.receivedAt(), a.submissionId(), than.receivedAt(), than.submissionId());
    }

    /** Review decisions: per submission the decision with the latest decidedAt holds, whatever the order of arrival. */
    public void upsertDecisions(Connection conn, List<vn.dti.report.mapping.IncomingEvents.ReviewDecided> decisions) throws SQLException {
        Map<java.util.UUID, vn.dti.report.mapping.IncomingEvents.ReviewDecided> latest = new java.util.LinkedHashMap<>();
        for (var d : decisions) {
            latest.merge(d.submissionId(), d, (a, b) -> b.decidedAt().isAfter(a.decidedAt()) ? b : a);
        }
        List<vn.dti.report.mapping.IncomingEvents.ReviewDecided> rows = new java.util.ArrayList<>(latest.values());
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into review_decision (submission_id, framework_code, period, unit_code, decision, comment, decided_at)
                select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[])
                on conflict (submission_id) do update
                set decision = excluded.decision, comment = excluded.comment, decided_at = excluded.decided_at
                where excluded.decided_at > review_decision.decided_at""")) {
            ps.setArray(1, strings(conn, rows.stream().map(d -> d.submissionId().toString()).toList()));
            ps.setArray(2, strings(conn, rows.stream().map(d -> d.frameworkCode()).toList()));
            ps.setArray(3, strings(conn, rows.stream().map(d -> d.period()).toList()));
            ps.setArray(4, strings(conn, rows.stream().map(d -> d.unitCode()).toList()));
            ps.setArray(5, strings(conn, rows.stream().map(d -> d.decision()).toList()));
            ps.setArray(6, strings(conn, rows.stream().map(d -> d.comment()).toList()));
            ps.setArray(7, strings(conn, rows.stream().map(d -> d.decidedAt().toString()).toList()));
            ps.executeUpdate();
        }
    }

    private static Array strings(Connection conn, List<String> values) throws SQLException {
        return conn.createArrayOf("varchar", values.toArray());
    }
}
