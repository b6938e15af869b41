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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads and writes of the standings and their inputs. The inputs of a recompute are loaded with
 * two set-based queries (the units of the period, then every current value of the (framework,
 * period)) straight into the engine's arrays: no entity graphs, no query per unit.
 */
@ApplicationScoped
public class StandingsRepository {

    @Inject
    DataSource dataSource;

    /** A (framework, period). */
    public record Key(String frameworkCode, String period) {
        @Override
        public String toString() {
            return frameworkCode + "/" + period;
        }
    }

    /** {@code dirtySince}: when the oldest change not yet covered was applied (null when none, or unknown). */
    public record State(long changeSeq, long computedSeq, LocalDate endsOn, OffsetDateTime dirtySince) {
    }

    /** {@code unitGroup}: null when the framework ranks every unit of its unitType. */
    public record FrameworkRow(int version, String unitType, String unitGroup, String periodType, String document,
                               boolean requireApproval) {
    }

    /** Every accepted value (provisional). */
    public static final String SUBMITTED = "submitted";
    /** Only values of approved submissions (frameworks with requireApproval). */
    public static final String APPROVED = "approved";

    /**
     * Per unit and indicator of a (framework, period) on the approved basis, the value as of the unit's latest
     * approved submission (%s: the columns selected after the indicator code);
     * parameters framework, period, framework, period.
     */
    private static final String APPROVED_SERIES = """
            with approved as (
                select distinct on (s.unit_code) s.unit_code, s.received_at, s.submission_id
                from received_submission s
                join review_decision d on d.submission_id = s.submission_id and d.decision = 'APPROVE'
                where s.framework_code = ? and s.period = ?
                order by s.unit_code, s.received_at desc, s.submission_id desc)
            select distinct on (s.unit_code, v.indicator_code) s.unit_code, v.indicator_code, %s
            from approved a
            join received_submission s on s.framework_code = ? and s.period = ? and s.unit_code = a.unit_code
                 and (s.received_at, s.submission_id) <= (a.received_at, a.submission_id)
            join received_value v on v.submission_id = s.submission_id
            order by s.unit_code, v.indicator_code, s.received_at desc, s.submission_id desc""";

    /** The units of a period, by code: codes, Vietnamese names and the first day of each unit version. */
    public record Units(String[] codes, String[] names, LocalDate[] validFrom) {
    }

    /**
     * A stored standings version and the inputs it was computed from; {@code sources[indicator][unit]} is the
     * submission each value came from (null where there is no value), or {@code sources} is null for a
     * version computed before provenance was recorded.
     */
    public record Stored(int version, OffsetDateTime computedAt, String framework, String[] unitCodes, String[] unitNames,
                         LocalDate[] unitValidFrom, String[] indicatorCodes, double[][] values, UUID[][] sources) {
    }

    /** One line of a (framework, period)'s version list; {@code droppedAt} is set once retention dropped it. */
    public record VersionEntry(int version, OffsetDateTime computedAt, String basis, long inputsWatermark,
                               OffsetDateTime droppedAt) {
    }

    /**
     * What a version number finds: the version ({@code found}), a version dropped by retention ({@code dropped}:
     * its tombstone), or neither (no such version).
     */
    public record Lookup<T>(T found, boolean dropped) {
        static <T> Lookup<T> of(T value) {
            return new Lookup<>(value, false);
        }

        public boolean exists() {
            return found != null;
        }
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
                "select change_seq, computed_seq, ends_on, dirty_since from standings_state where framework_code = ? and period = ?")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new State(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, OffsetDateTime.class)))
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

    public void fillValues(Connection conn, Key key, String basis, Map<String, Integer> units, Map<String, Integer> indicators,
                           double[][] values) throws SQLException {
        fillValues(conn, key, basis, units, indicators, values, null);
    }

    /**
     * As above on a basis: {@code submitted} reads the current values; {@code approved} reads, per unit,
     * the values as of its latest approved submission (per indicator the value of the latest submission
     * received up to and including the approved one; a unit without an approved submission has none).
     * When {@code sources} is not null, {@code sources[indicator][unit]} receives the id of the submission
     * whose value counted (the provenance of the version).
     */
    public void fillValues(Connection conn, Key key, String basis, Map<String, Integer> units, Map<String, Integer> indicators,
                           double[][] values, UUID[][] sources) throws SQLException {
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        String sql = APPROVED.equals(basis) ? APPROVED_SERIES.formatted("v.value, s.submission_id")
                : "select unit_code, indicator_code, value, submission_id from current_value where framework_code = ? and period = ?";
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
                        if (sources != null) {
                            sources[i][u] = rs.getObject(4, UUID.class);
                        }
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

    /**
     * Points the (framework, period, basis) at a new latest version and keeps its body for the hot read;
     * refuses (returns false) to overwrite a version that is not older. The version's inputs are kept once,
     * in {@code standings_version} ({@link #saveVersion}).
     */
    public boolean save(Connection conn, Key key, String basis, int version, OffsetDateTime computedAt, int frameworkVersion,
                        String body) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into standings (framework_code, period, version, computed_at, framework_version, body, basis)
                values (?, ?, ?, ?, ?, cast(? as json), ?)
                on conflict (framework_code, period, basis) do update
                set version = excluded.version, computed_at = excluded.computed_at, framework_version = excluded.framework_version,
                    body = excluded.body
                where excluded.version > standings.version""")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setInt(3, version);
            ps.setObject(4, computedAt);
            ps.setInt(5, frameworkVersion);
            ps.setString(6, body);
            ps.setString(7, basis);
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

    /**
     * Keeps a version and everything a profile at that version needs (issue 11): its body as served, the
     * change counter it covered, its inputs and their provenance. The framework document is stored once
     * per framework version. Written in the recompute transaction, next to {@link #save}.
     */
    public void saveVersion(Connection conn, Key key, String basis, int version, OffsetDateTime computedAt, long inputsWatermark,
                            int frameworkVersion, String framework, Units units, String[] indicators, double[][] values,
                            UUID[][] sources, String body) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into framework_document (framework_code, framework_version, document) values (?, ?, cast(? as jsonb))
                on conflict do nothing""")) {
            ps.setString(1, key.frameworkCode());
            ps.setInt(2, frameworkVersion);
            ps.setString(3, framework);
            ps.executeUpdate();
        }
        Provenance provenance = Provenance.encode(sources, indicators.length, units.codes().length);
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into standings_version (framework_code, period, basis, version, computed_at, inputs_watermark,
                                               framework_version, unit_codes, unit_names, unit_valid_from, indicator_codes,
                                               raw_values, source_ids, source_index, body)
                values (?, ?, ?, ?, ?, ?, ?, ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?, ?, ?, cast(? as json))""")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setString(3, basis);
            ps.setInt(4, version);
            ps.setObject(5, computedAt);
            ps.setLong(6, inputsWatermark);
            ps.setInt(7, frameworkVersion);
            ps.setArray(8, conn.createArrayOf("varchar", units.codes()));
            ps.setArray(9, conn.createArrayOf("varchar", units.names()));
            ps.setArray(10, conn.createArrayOf("varchar", Arrays.stream(units.validFrom()).map(LocalDate::toString).toArray()));
            ps.setArray(11, conn.createArrayOf("varchar", indicators));
            ps.setBytes(12, encode(values));
            ps.setArray(13, conn.createArrayOf("uuid", provenance.ids()));
            ps.setBytes(14, provenance.index());
            ps.setString(15, body);
            ps.executeUpdate();
        }
    }

    private static final String STORED_COLUMNS = """
            v.version, v.computed_at, cast(f.document as varchar), v.unit_codes, v.unit_names, v.unit_valid_from,
            v.indicator_codes, v.raw_values, v.source_ids, v.source_index""";

    /** The latest version on {@code basis} with its inputs, or empty when there is none. */
    public Optional<Stored> loadLatest(Connection conn, Key key, String basis) throws SQLException {
        // one statement: the latest version and its row are read from the same snapshot, so retention
        // (which never drops the latest) cannot take the row away in between
        try (PreparedStatement ps = conn.prepareStatement("select " + STORED_COLUMNS + """
                 from standings s
                join standings_version v on v.framework_code = s.framework_code and v.period = s.period
                     and v.basis = s.basis and v.version = s.version
                join framework_document f on f.framework_code = v.framework_code and f.framework_version = v.framework_version
                where s.framework_code = ? and s.period = ? and s.basis = ?""")) {
            ps.setString(1, key.frameworkCode());
            ps.setString(2, key.period());
            ps.setString(3, basis);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    /** Version {@code version} on {@code basis} with its inputs, its tombstone, or nothing. */
    public Lookup<Stored> loadVersion(Connection conn, Key key, String basis, int version) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select " + STORED_COLUMNS + """
                 from standings_version v
                join framework_document f on f.framework_code = v.framework_code and f.framework_version = v.framework_version
                where v.framework_code = ? and v.period = ? and v.basis = ? and v.version = ?""")) {
            bindVersion(ps, key, basis, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Lookup.of(stored(rs));
                }
            }
        }
        return new Lookup<>(null, dropped(conn, key, basis, version));
    }

    /** The body of version {@code version} on {@code basis} exactly as first served, its tombstone, or nothing. */
    public Lookup<String> versionBody(Connection conn, Key key, String basis, int version) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                select cast(body as varchar) from standings_version
                where framework_code = ? and period = ? and basis = ? and version = ?""")) {
            bindVersion(ps, key, basis, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Lookup.of(rs.getString(1));
                }
            }
        }
        return new Lookup<>(null, dropped(conn, key, basis, version));
    }

    /**
     * The versions of a (framework, period), kept and dropped, newest first (computedAt, then basis, then
     * version); on one basis, or both when {@code basis} is null.
     */
    public List<VersionEntry> versions(Connection conn, Key key, String basis, int offset, int limit) throws SQLException {
        List<VersionEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                select version, computed_at, basis, inputs_watermark, dropped_at from (
                    select version, computed_at, basis, inputs_watermark, cast(null as timestamptz) as dropped_at
                    from standings_version where framework_code = ? and period = ? and (cast(? as varchar) is null or basis = ?)
                    union all
                    select version, computed_at, basis, inputs_watermark, dropped_at
                    from standings_version_dropped where framework_code = ? and period = ? and (cast(? as varchar) is null or basis = ?)
                ) v order by computed_at desc, basis, version desc offset ? limit ?""")) {
            int p = bindVersionsFilter(ps, 1, key, basis);
            p = bindVersionsFilter(ps, p, key, basis);
            ps.setInt(p++, offset);
            ps.setInt(p, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new VersionEntry(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getLong(4), rs.getObject(5, OffsetDateTime.class)));
                }
            }
        }
        return entries;
    }

    /** How many versions {@link #versions} lists in all. */
    public long versionCount(Connection conn, Key key, String basis) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                select (select count(*) from standings_version
                        where framework_code = ? and period = ? and (cast(? as varchar) is null or basis = ?))
                     + (select count(*) from standings_version_dropped
                        where framework_code = ? and period = ? and (cast(? as varchar) is null or basis = ?))""")) {
            int p = bindVersionsFilter(ps, 1, key, basis);
            bindVersionsFilter(ps, p, key, basis);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * One standings version as stored (release-contract.md): its body as first served and its provenance;
     * empty when the version does not exist or was dropped by retention ({@link #isDropped} tells which).
     */
    public Optional<StoredVersion> findVersion(String frameworkCode, String period, String basis, int version) {
        try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement("""
                select computed_at, unit_codes, indicator_codes, source_ids, source_index, cast(body as varchar)
                from standings_version where framework_code = ? and period = ? and basis = ? and version = ?""")) {
            bindVersion(ps, new Key(frameworkCode, period), basis, version);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String[] units = (String[]) rs.getArray(2).getArray();
                String[] indicators = (String[]) rs.getArray(3).getArray();
                UUID[][] sources = Provenance.decode(uuids(rs.getArray(4)), rs.getBytes(5), indicators.length, units.length);
                Map<String, Map<String, UUID>> byUnit = new LinkedHashMap<>();
                for (int u = 0; u < units.length; u++) {
                    Map<String, UUID> byIndicator = new LinkedHashMap<>();
                    for (int i = 0; i < indicators.length && sources != null; i++) {
                        if (sources[i][u] != null) {
                            byIndicator.put(indicators[i], sources[i][u]);
                        }
                    }
                    byUnit.put(units[u], byIndicator);
                }
                return Optional.of(new StoredVersion(frameworkCode, period, basis, version, rs.getObject(1, OffsetDateTime.class),
                        rs.getString(6), byUnit));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when retention dropped this version (it answers 410, not 404). */
    public boolean isDropped(String frameworkCode, String period, String basis, int version) {
        try (Connection conn = dataSource.getConnection()) {
            return dropped(conn, new Key(frameworkCode, period), basis, version);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean dropped(Connection conn, Key key, String basis, int version) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                select 1 from standings_version_dropped where framework_code = ? and period = ? and basis = ? and version = ?""")) {
            bindVersion(ps, key, basis, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bindVersion(PreparedStatement ps, Key key, String basis, int version) throws SQLException {
        ps.setString(1, key.frameworkCode());
        ps.setString(2, key.period());
        ps.setString(3, basis);
        ps.setInt(4, version);
    }

    private static int bindVersionsFilter(PreparedStatement ps, int first, Key key, String basis) throws SQLException {
        ps.setString(first, key.frameworkCode());
        ps.setString(first + 1, key.period());
        ps.setString(first + 2, basis);
        ps.setString(first + 3, basis);
        return first + 4;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        String[] units = (String[]) rs.getArray(4).getArray();
        String[] indicators = (String[]) rs.getArray(7).getArray();
        Object[] from = (Object[]) rs.getArray(6).getArray();
        LocalDate[] validFrom = new LocalDate[from.length];
        for (int i = 0; i < from.length; i++) {
            validFrom[i] = from[i] instanceof Date d ? d.toLocalDate() : LocalDate.parse(from[i].toString());
        }
        return new Stored(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), units,
                (String[]) rs.getArray(5).getArray(), validFrom, indicators,
                decode(rs.getBytes(8), indicators.length, units.length),
                Provenance.decode(uuids(rs.getArray(9)), rs.getBytes(10), indicators.length, units.length));
    }

    private static UUID[] uuids(java.sql.Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] raw = (Object[]) array.getArray();
        UUID[] ids = new UUID[raw.length];
        for (int i = 0; i < raw.length; i++) {
            ids[i] = raw[i] instanceof UUID id ? id : UUID.fromString(raw[i].toString());
        }
        return ids;
    }

    /**
     * The provenance of a version, compactly: the distinct submission ids, and per unit then per indicator a
     * big-endian 32-bit 1-based index into them (0: no value). A unit's values mostly come from one
     * submission, so its run of equal indexes compresses well in the TOAST storage.
     */
    record Provenance(UUID[] ids, byte[] index) {

        static Provenance encode(UUID[][] sources, int indicators, int units) {
            Map<UUID, Integer> ids = new LinkedHashMap<>();
            ByteBuffer index = ByteBuffer.allocate(indicators * units * Integer.BYTES);
            for (int u = 0; u < units; u++) {
                for (int i = 0; i < indicators; i++) {
                    UUID id = sources == null ? null : sources[i][u];
                    index.putInt(id == null ? 0 : ids.computeIfAbsent(id, k -> ids.size() + 1));
                }
            }
            return new Provenance(ids.keySet().toArray(UUID[]::new), index.array());
        }

        /** {@code sources[indicator][unit]}; null when the version was stored without provenance. */
        static UUID[][] decode(UUID[] ids, byte[] index, int indicators, int units) {
            if (ids == null || index == null) {
                return null;
            }
            ByteBuffer buffer = ByteBuffer.wrap(index);
            UUID[][] sources = new UUID[indicators][units];
            for (int u = 0; u < units; u++) {
                for (int i = 0; i < indicators; i++) {
                    int k = buffer.getInt();
                    sources[i][u] = k == 0 ? null : ids[k - 1];
                }
            }
            return sources;
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
