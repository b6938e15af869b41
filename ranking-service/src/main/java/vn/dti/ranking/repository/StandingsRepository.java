package vn.dti.ranking.repository;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads and writes of the standings and their inputs. The inputs of a recompute are loaded with
 * two set-based queries (the units of the period, then every current value of the (framework,
 * period)) straight into the engine's arrays: no entity graphs, no query per unit.
 */
@ApplicationScoped
public class StandingsRepository {

    /** A (framework, period). */
    public record Key(String frameworkCode, String period) {
        @Override
        public String toString() {
            return frameworkCode + "/" + period;
        }
    }

    public record State(long changeSeq, long computedSeq, LocalDate endsOn) {
    }

    /** {@code unitGroup}: null when the framework ranks every unit of its unitType. */
    public record FrameworkRow(int version, String unitType, String unitGroup, String periodType, String document,
                               boolean requireApproval) {
    }

    /** Every accepted value (provisional). */
    public static final String SUBMITTED = "submitted";
    /** Only values of approved submissions (frameworks with requireApproval). */
    public static final String APPROVED = "approved";

    /** The units of a period, by code: codes, Vietnamese names and the first day of each unit version. */
    public record Units(String[] codes, String[] names, LocalDate[] validFrom) {
    }

    /** A stored standings version and the inputs it was computed from. */
    public record Stored(int version, OffsetDateTime computedAt, String framework, String[] unitCodes, String[] unitNames,
                         LocalDate[] unitValidFrom, String[] indicatorCodes, double[][] values) {
    }

    /** The (framework, period)s with changes not yet covered by standings, whose framework is known. */
    public List<Key> dirty(Connection conn) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                select s.framework_code, s.period from standings_state s join framework f on f.code = s.framework_code
                where s.change_seq > s.computed_seq order by s.framework_code, s.period""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(new Key(rs.getString(1), rs.getString(2)));
            }
        }
        return keys;
    }

    /**
     * Serialises the recomputes of one (framework, period) across threads and replicas for the rest
     * of the transaction, without blocking the consumers that dirty it meanwhile.
     */
    public void lock(Connection conn, Key key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "standings/" + key);
            ps.execute();
        }
    }

    public Optional<State> state(Connection conn, Key key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "select change_seq, computed_seq, ends_on from standings_state where framework_code = ? and period = ?")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new State(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)))
                        : Optional.empty();
            }
        }
    }

    /** The traceparent of the latest traced change of {@code key}, or null. */
    public String traceparent(Connection conn, Key key) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "select traceparent from standings_state where framework_code = ? and period = ?")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public void markComputed(Connection conn, Key key, long changeSeq) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                update standings_state set computed_seq = greatest(computed_seq, ?) where framework_code = ? and period = ?""")) {
            ps.setLong(1, changeSeq);
            ps.setString(2, key.frameworkCode());
            ps.setString(3, key.period());
            ps.executeUpdate();
        }
    }

    public Optional<FrameworkRow> framework(Connection conn, String code) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "select version, unit_type, unit_group, period_type, cast(document as varchar), require_approval from framework where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new FrameworkRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6))) : Optional.empty();
            }
        }
    }

    /**
     * Every unit of {@code type} valid on {@code day} (the period's last day), by code; only those
     * of {@code group} when it is not null (a framework with a unitGroup).
     */
    public Units units(Connection conn, String type, String group, LocalDate day) throws SQLException {
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<LocalDate> from = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                select distinct on (code) code, name, valid_from from unit
                where type = ? and (cast(? as varchar) is null or unit_group = ?)
                  and valid_from <= ? and (valid_to is null or valid_to >= ?)
                order by code, valid_from desc""")) {
            ps.setString(1, type);
            ps.setString(2, group);
            ps.setString(3, group);
            ps.setObject(4, day);
            ps.setObject(5, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                    names.add(rs.getString(2));
                    from.add(rs.getObject(3, LocalDate.class));
                }
            }
        }
        return new Units(codes.toArray(String[]::new), names.toArray(String[]::new), from.toArray(LocalDate[]::new));
    }

    /**
     * Fills {@code values[indicator][unit]} with the current values of the (framework, period);
     * values of units outside the period and of indicators outside the framework are ignored.
     */
    public void fillValues(Connection conn, Key key, Map<String, Integer> units, Map<String, Integer> indicators,
                           double[][] values) throws SQLException {
        fillValues(conn, key, SUBMITTED, units, indicators, values);
    }

    /**
     * As above on a basis: {@code submitted} reads the current values; {@code approved} reads, per unit,
     * the values as of its latest approved submission (per indicator the value of the latest submission
     * received up to and including the approved one; a unit without an approved submission has none).
     */
    public void fillValues(Connection conn, Key key, String basis, Map<String, Integer> units, Map<String, Integer> indicators,
                           double[][] values) throws SQLException {
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        String sql = APPROVED.equals(basis) ? """
                with approved as (
                    select distinct on (s.unit_code) s.unit_code, s.received_at, s.submission_id
                    from received_submission s
                    join review_decision d on d.submission_id = s.submission_id and d.decision = 'APPROVE'
                    where s.framework_code = ? and s.period = ?
                    order by s.unit_code, s.received_at desc, s.submission_id desc)
                select distinct on (s.unit_code, v.indicator_code) s.unit_code, v.indicator_code, v.value
                from approved a
                join received_submission s on s.framework_code = ? and s.period = ? and s.unit_code = a.unit_code
                     and (s.received_at, s.submission_id) <= (a.received_at, a.submission_id)
                join received_value v on v.submission_id = s.submission_id
                order by s.unit_code, v.indicator_code, s.received_at desc, s.submission_id desc"""
                : "select unit_code, indicator_code, value from current_value where framework_code = ? and period = ?";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            if (APPROVED.equals(basis)) {
                ps.setString(3, key.frameworkCode());
                ps.setString(4, key.period());
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer u = units.get(rs.getString(1));
                    Integer i = indicators.get(rs.getString(2));
                    if (u != null && i != null) {
                        values[i][u] = rs.getDouble(3);
                    }
                }
            }
        }
    }

    public int version(Connection conn, Key key) throws SQLException {
        return version(conn, key, SUBMITTED);
    }

    /** The latest version on {@code basis} (versions are numbered per basis); 0 when there is none. */
    public int version(Connection conn, Key key, String basis) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "select version from standings where framework_code = ? and period = ? and basis = ?")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setString(3, basis);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Writes a new version; refuses (returns false) to overwrite a version that is not older. */
    public boolean save(Connection conn, Key key, int version, OffsetDateTime computedAt, int frameworkVersion,
                        String framework, Units units, String[] indicators, double[][] values, String body) throws SQLException {
        return save(conn, key, SUBMITTED, version, computedAt, frameworkVersion, framework, units, indicators, values, body);
    }

    public boolean save(Connection conn, Key key, String basis, int version, OffsetDateTime computedAt, int frameworkVersion,
                        String framework, Units units, String[] indicators, double[][] values, String body) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into standings (framework_code, period, version, computed_at, framework_version, framework,
                                       unit_codes, unit_names, unit_valid_from, indicator_codes, raw_values, body, basis)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?, cast(? as json), ?)
                on conflict (framework_code, period, basis) do update
                set version = excluded.version, computed_at = excluded.computed_at, framework_version = excluded.framework_version,
                    framework = excluded.framework, unit_codes = excluded.unit_codes, unit_names = excluded.unit_names,
                    unit_valid_from = excluded.unit_valid_from, indicator_codes = excluded.indicator_codes,
                    raw_values = excluded.raw_values, body = excluded.body
                where excluded.version > standings.version""")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setInt(3, version);
            ps.setObject(4, computedAt);
            ps.setInt(5, frameworkVersion);
            ps.setString(6, framework);
            ps.setArray(7, conn.createArrayOf("varchar", units.codes()));
            ps.setArray(8, conn.createArrayOf("varchar", units.names()));
            ps.setArray(9, conn.createArrayOf("varchar", Arrays.stream(units.validFrom()).map(LocalDate::toString).toArray()));
            ps.setArray(10, conn.createArrayOf("varchar", indicators));
            ps.setBytes(11, encode(values));
            ps.setString(12, body);
            ps.setString(13, basis);
            return ps.executeUpdate() == 1;
        }
    }

    /** The stored body (ranked by the root), or empty when no standings exist yet. */
    public Optional<String> body(Connection conn, Key key) throws SQLException {
        return body(conn, key, SUBMITTED);
    }

    public Optional<String> body(Connection conn, Key key, String basis) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "select cast(body as varchar) from standings where framework_code = ? and period = ? and basis = ?")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setString(3, basis);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public Optional<Stored> load(Connection conn, Key key) throws SQLException {
        return load(conn, key, SUBMITTED);
    }

    public Optional<Stored> load(Connection conn, Key key, String basis) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                select version, computed_at, cast(framework as varchar), unit_codes, unit_names, unit_valid_from,
                       indicator_codes, raw_values
                from standings where framework_code = ? and period = ? and basis = ?""")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setString(3, basis);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] units = (String[]) rs.getArray(4).getArray();
                String[] indicators = (String[]) rs.getArray(7).getArray();
                Object[] from = (Object[]) rs.getArray(6).getArray();
                LocalDate[] validFrom = new LocalDate[from.length];
                for (int i = 0; i < from.length; i++) {
                    validFrom[i] = from[i] instanceof Date d ? d.toLocalDate() : LocalDate.parse(from[i].toString());
                }
                return Optional.of(new Stored(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), units,
                        (String[]) rs.getArray(5).getArray(), validFrom, indicators,
                        decode(rs.getBytes(8), indicators.length, units.length)));
            }
        }
    }

    /**
     * The basis a (framework, period) is served on by default: {@code approved} when its framework
     * requires approval, else {@code submitted}; empty for an unknown framework.
     */
    public Optional<String> defaultBasis(Connection conn, String frameworkCode) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select require_approval from framework where code = ?")) {
            ps.setString(1, frameworkCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBoolean(1) ? APPROVED : SUBMITTED) : Optional.empty();
            }
        }
    }

    /** One unit version as the lineage needs it, with its Vietnamese name and group. */
    public record UnitVersion(String code, LocalDate validFrom, LocalDate validTo, String name, String group,
                              List<String> predecessors) {
    }

    /** Every version of every unit of {@code type} (all dates): the lineage of restated standings is drawn from them. */
    public List<UnitVersion> unitVersions(Connection conn, String type) throws SQLException {
        List<UnitVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                select code, valid_from, valid_to, name, unit_group, predecessors from unit where type = ?
                order by code, valid_from""")) {
            ps.setString(1, type);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(new UnitVersion(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            rs.getString(4), rs.getString(5), List.of((String[]) rs.getArray(6).getArray())));
                }
            }
        }
        return versions;
    }

    static byte[] encode(double[][] values) {
        int units = values.length == 0 ? 0 : values[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(values.length * units * Double.BYTES);
        for (double[] row : values) {
            for (double v : row) {
                buffer.putDouble(v);
            }
        }
        return buffer.array();
    }

    static double[][] decode(byte[] bytes, int indicators, int units) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        double[][] values = new double[indicators][units];
        for (double[] row : values) {
            for (int u = 0; u < units; u++) {
                row[u] = buffer.getDouble();
            }
        }
        return values;
    }
}
