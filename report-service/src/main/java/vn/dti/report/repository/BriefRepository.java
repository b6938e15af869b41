package vn.dti.report.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dti.ranking.engine.Lineage;
import vn.dti.report.brief.Inputs;

/**
 * Reads the read model for a brief (a handful of queries per brief, none per unit) and stores and
 * reads briefs. Called inside the caller's transaction (the pooled connection is enlisted).
 */
@ApplicationScoped
public class BriefRepository {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** A stored brief's row, without its content; status DRAFT or PUBLISHED (publishedAt/By only when published). */
    public record BriefRow(UUID id, OffsetDateTime createdAt, String createdBy, String title, LocalDate meetingDate,
                           String frameworkCode, String period, String comparePeriod, String language,
                           int standingsVersion, Integer compareStandingsVersion, OffsetDateTime dataCutoff,
                           String status, OffsetDateTime publishedAt, String publishedBy) {
    }

    /**
     * Makes the caller's transaction REPEATABLE READ, so every read of a brief's inputs sees one
     * snapshot of the read model (the consumer may commit between two of them). Must be the
     * transaction's first statement: PostgreSQL refuses it after a query.
     */
    public void repeatableRead() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set transaction isolation level repeatable read");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<JsonNode> framework(String code) {
        return one("select document::text from framework where code = ?", ps -> ps.setString(1, code),
                rs -> readTree(rs.getString(1)));
    }

    /** The period type of the schedule's framework and the deadline of a period, if a schedule was received. */
    public Optional<OffsetDateTime> dueAt(String frameworkCode, String period) {
        return one("select due_at from reporting_period where framework_code = ? and period = ?", ps -> {
            ps.setString(1, frameworkCode);
            ps.setString(2, period);
        }, rs -> rs.getObject(1, OffsetDateTime.class));
    }

    public Optional<Inputs.Standings> standings(String frameworkCode, String period) {
        return one("select body::text from standings where framework_code = ? and period = ?", ps -> {
            ps.setString(1, frameworkCode);
            ps.setString(2, period);
        }, rs -> standingsOf(period, readTree(rs.getString(1))));
    }

    private Inputs.Standings standingsOf(String period, JsonNode body) {
        List<Inputs.Entry> entries = new ArrayList<>();
        for (JsonNode e : body.path("entries")) {
            List<Inputs.Child> children = new ArrayList<>();
            for (JsonNode c : e.path("children")) {
                children.add(new Inputs.Child(c.path("code").asText(), c.path("score").asDouble(), c.path("rank").asInt()));
            }
            entries.add(new Inputs.Entry(e.path("rank").asInt(), e.path("unitCode").asText(), e.path("unitName").asText(),
                    e.path("score").asDouble(), e.path("complete").asBoolean(), e.path("missing").asInt(), List.copyOf(children)));
        }
        return new Inputs.Standings(period, body.path("version").asInt(), OffsetDateTime.parse(body.path("computedAt").asText()),
                List.copyOf(entries));
    }

    /** A release as the read model holds it: its standings and, per unit, the submissions its values came from. */
    public record ReleaseRow(Inputs.Release release, String frameworkCode, String period, Inputs.Standings standings) {
    }

    public Optional<ReleaseRow> release(UUID id) {
        return one("select " + RELEASE_COLUMNS + " from release where id = ?", ps -> ps.setObject(1, id), this::releaseRow);
    }

    /** The latest revision released for a (framework, period), if any. */
    public Optional<ReleaseRow> latestRelease(String frameworkCode, String period) {
        return one("select " + RELEASE_COLUMNS + " from release where framework_code = ? and period = ? order by release.revision desc limit 1",
                ps -> {
                    ps.setString(1, frameworkCode);
                    ps.setString(2, period);
                }, this::releaseRow);
    }

    // the superseded revision's number and unit names (for a unit no longer ranked) come from the release it names
    private static final String RELEASE_COLUMNS =
            "id, revision, label, basis, released_at, provenance::text, framework_code, period, standings::text, changes::text,"
                    + " (select p.revision from release p where p.id = release.supersedes) as superseded_revision,"
                    + " (select jsonb_object_agg(e->>'unitCode', e->>'unitName') from release p"
                    + " cross join jsonb_array_elements(p.standings->'entries') e where p.id = release.supersedes)::text"
                    + " as superseded_unit_names";

    private ReleaseRow releaseRow(ResultSet rs) throws SQLException {
        Map<String, List<String>> provenance = new HashMap<>();
        for (JsonNode unit : readTree(rs.getString(6))) {
            List<String> ids = new ArrayList<>();
            unit.path("submissionIds").forEach(i -> ids.add(i.asText()));
            provenance.put(unit.path("unitCode").asText(), List.copyOf(ids));
        }
        String period = rs.getString(8);
        Inputs.Standings standings = standingsOf(period, readTree(rs.getString(9)));
        Integer supersededRevision = (Integer) rs.getObject(11);
        List<Inputs.ReleaseChange> changes = releaseChanges(readTree(rs.getString(10)), standings, rs.getString(12));
        return new ReleaseRow(new Inputs.Release(rs.getObject(1, UUID.class).toString(), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), Map.copyOf(provenance), supersededRevision, changes), rs.getString(7), period,
                standings);
    }

    /**
     * The release's changes against the revision it superseded, each with the unit's name in this release's standings,
     * else in the superseded one's (a unit no longer ranked), else its code.
     */
    private List<Inputs.ReleaseChange> releaseChanges(JsonNode changes, Inputs.Standings standings, String supersededNames) {
        Map<String, String> names = new HashMap<>();
        if (supersededNames != null) {
            readTree(supersededNames).fields().forEachRemaining(n -> names.put(n.getKey(), n.getValue().asText()));
        }
        standings.entries().forEach(e -> names.put(e.unitCode(), e.unitName()));
        List<Inputs.ReleaseChange> list = new ArrayList<>();
        for (JsonNode c : changes) {
            String unit = c.path("unitCode").asText();
            list.add(new Inputs.ReleaseChange(unit, names.getOrDefault(unit, unit), intOrNull(c.path("previousRank")),
                    intOrNull(c.path("rank")), doubleOrNull(c.path("previousScore")), doubleOrNull(c.path("score"))));
        }
        return List.copyOf(list);
    }

    private static Integer intOrNull(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

    private static Double doubleOrNull(JsonNode n) {
        return n.isNumber() ? n.asDouble() : null;
    }

    /**
     * The values of a release: per unit and indicator, the value of the latest received of the submissions the
     * release names for that unit (the one its standings counted), unit code -> indicator code -> value.
     */
    public Map<String, Map<String, Inputs.Value>> releaseValues(Inputs.Release release) {
        List<String> ids = release.provenance().values().stream().flatMap(List::stream).toList();
        return values("""
                select distinct on (unit_code, indicator_code) unit_code, indicator_code, value, received_at, late
                from submission_value where submission_id = any(?::uuid[])
                order by unit_code, indicator_code, received_at desc, submission_id desc""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", ids.toArray())));
    }

    /** Current values of a (framework, period): unit code -> indicator code -> value. */
    /**
     * For a framework with requireApproval, per unit that reported: the decision on its latest submission
     * (the one with the latest current value), or none yet; null for a framework without requireApproval.
     */
    public Map<String, Inputs.Review> reviews(String frameworkCode, String period) {
        Map<String, Inputs.Review> reviews = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "select coalesce((document ->> 'requireApproval')::boolean, false) from framework where code = ?")) {
                ps.setString(1, frameworkCode);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getBoolean(1)) {
                        return null;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    with latest as (
                        select distinct on (unit_code) unit_code, submission_id from current_value
                        where framework_code = ? and period = ? order by unit_code, received_at desc, submission_id desc)
                    select l.unit_code, d.decision, d.comment from latest l
                    left join review_decision d on d.submission_id = l.submission_id""")) {
                ps.setString(1, frameworkCode);
                ps.setString(2, period);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reviews.put(rs.getString(1), new Inputs.Review(rs.getString(2), rs.getString(3)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return reviews;
    }

    public Map<String, Map<String, Inputs.Value>> values(String frameworkCode, String period) {
        return values("""
                select unit_code, indicator_code, value, received_at, late from current_value
                where framework_code = ? and period = ?""", ps -> {
            ps.setString(1, frameworkCode);
            ps.setString(2, period);
        });
    }

    /** Values selected as (unit_code, indicator_code, value, received_at, late): unit code -> indicator code -> value. */
    private Map<String, Map<String, Inputs.Value>> values(String sql, Binder binder) {
        Map<String, Map<String, Inputs.Value>> values = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2),
                            new Inputs.Value(rs.getDouble(3), rs.getObject(4, OffsetDateTime.class), rs.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /**
     * The codes that name the same unit on both days: the unit version valid on {@code day} is the
     * one valid on {@code otherDay}. Codes unknown to the unit read model are judged by their
     * name in the two standings (the caller passes both names).
     */
    public Set<String> sameUnits(Map<String, String[]> namesByCode, LocalDate day, LocalDate otherDay) {
        Set<String> same = new HashSet<>();
        Map<String, LocalDate[]> versions = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select code,
                            max(valid_from) filter (where valid_from <= ? and (valid_to is null or valid_to >= ?)),
                            max(valid_from) filter (where valid_from <= ? and (valid_to is null or valid_to >= ?))
                     from unit where code = any(?) group by code""")) {
            ps.setObject(1, day);
            ps.setObject(2, day);
            ps.setObject(3, otherDay);
            ps.setObject(4, otherDay);
            ps.setArray(5, c.createArrayOf("varchar", namesByCode.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getString(1), new LocalDate[] {rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        namesByCode.forEach((code, names) -> {
            LocalDate[] v = versions.get(code);
            if (v != null && v[0] != null && v[1] != null) {
                if (v[0].equals(v[1])) {
                    same.add(code);
                }
            } else if (names[0] != null && names[0].equals(names[1])) {
                same.add(code);
            }
        });
        return same;
    }

    /** Every version of every unit of {@code type}, with its predecessors: the lineage of a comparison across a boundary. */
    public List<Lineage.Unit> unitVersions(String type) {
        List<Lineage.Unit> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select code, valid_from, valid_to, predecessors from unit where type = ?")) {
            ps.setString(1, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new Lineage.Unit(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            List.of((String[]) rs.getArray(4).getArray())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return units;
    }

    public void insert(BriefRow row, String content) {
        insert(row, content, null);
    }

    /** Inserts a brief; {@code release} names the release it was made from (null: the latest standings). */
    public void insert(BriefRow row, String content, Inputs.Release release) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into brief (id, created_at, created_by, title, meeting_date, framework_code, period, compare_period,
                                        language, standings_version, compare_standings_version, data_cutoff, content,
                                        release_id, release_revision, release_label)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(14, release == null ? null : UUID.fromString(release.id()));
            if (release == null) {
                ps.setNull(15, Types.INTEGER);
            } else {
                ps.setInt(15, release.revision());
            }
            ps.setString(16, release == null ? null : release.label());
            ps.setObject(1, row.id());
            ps.setObject(2, row.createdAt());
            ps.setString(3, row.createdBy());
            ps.setString(4, row.title());
            ps.setObject(5, row.meetingDate());
            ps.setString(6, row.frameworkCode());
            ps.setString(7, row.period());
            ps.setString(8, row.comparePeriod());
            ps.setString(9, row.language());
            ps.setInt(10, row.standingsVersion());
            if (row.compareStandingsVersion() == null) {
                ps.setNull(11, Types.INTEGER);
            } else {
                ps.setInt(11, row.compareStandingsVersion());
            }
            ps.setObject(12, row.dataCutoff());
            ps.setString(13, content);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stored content (the exact JSON text served), if the brief exists and the caller may see it:
     * a draft only when {@code drafts} (committee, admin); otherwise a draft is as absent as an unknown id.
     */
    public Optional<String> content(UUID id, boolean drafts) {
        return one("select content from brief where id = ? and (? or status = 'PUBLISHED')", ps -> {
            ps.setObject(1, id);
            ps.setBoolean(2, drafts);
        }, rs -> rs.getString(1));
    }

    /** A page of briefs, newest first, optionally of one framework and period (drafts only when {@code drafts}); and the total. */
    public Map.Entry<List<BriefRow>, Long> page(String frameworkCode, String period, boolean drafts, int page, int size) {
        String where = " where (?::varchar is null or framework_code = ?) and (?::varchar is null or period = ?)"
                + (drafts ? "" : " and status = 'PUBLISHED'");
        List<BriefRow> rows = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, created_at, created_by, title, meeting_date, framework_code, period, compare_period, language,
                           standings_version, compare_standings_version, data_cutoff, status, published_at, published_by
                    from brief""" + where
                    + " order by created_at desc, id desc limit ? offset ?")) {
                filters(ps, frameworkCode, period);
                ps.setInt(5, size);
                ps.setLong(6, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new BriefRow(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getInt(10), (Integer) rs.getObject(11),
                                rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getObject(14, OffsetDateTime.class),
                                rs.getString(15)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select count(*) from brief" + where)) {
                filters(ps, frameworkCode, period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.entry(rows, total);
    }

    private static void filters(PreparedStatement ps, String frameworkCode, String period) throws SQLException {
        ps.setString(1, frameworkCode);
        ps.setString(2, frameworkCode);
        ps.setString(3, period);
        ps.setString(4, period);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> one(String sql, Binder binder, Reader<T> reader) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(reader.read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("stored JSON cannot be read", e);
        }
    }
}
