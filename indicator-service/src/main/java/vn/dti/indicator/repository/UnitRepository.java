package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.domain.Unit;
import vn.dti.indicator.limits.Limits;

/**
 * The {@code unit} table. Row locks are {@code for no key update} (what the ORM's pessimistic write
 * lock was on PostgreSQL): writers of one unit serialise, while rows that merely reference it are not
 * blocked.
 */
@ApplicationScoped
public class UnitRepository {

    private static final String COLUMNS = """
            select id, code, name, name_en, type, unit_group, region, centrally_run, valid_from, valid_to,
                   predecessor_codes, created_at
            from unit""";
    private static final String VALID = "valid_from <= ? and (valid_to is null or valid_to >= ?)";

    @Inject
    Jdbc jdbc;

    public List<Unit> validOn(LocalDate day, String type) {
        if (type == null) {
            return list(COLUMNS + " where " + VALID + " order by code", day, day);
        }
        return list(COLUMNS + " where " + VALID + " and type = ? order by code", day, day, type);
    }

    public Optional<Unit> validOn(String code, LocalDate day) {
        // versions of one code never overlap: at most one row
        return list(COLUMNS + " where code = ? and " + VALID + " limit 1", code, day, day).stream().findFirst();
    }

    /** True when some version of the unit exists, whatever its validity. */
    public boolean exists(String code) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("select exists (select 1 from unit where code = ?)")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    public List<Unit> versions(String code) {
        return list(COLUMNS + " where code = ? order by valid_from", code);
    }

    /** Every version of {@code code}, oldest first, locked until the transaction ends (in the canonical order). */
    public List<Unit> lockVersions(String code) {
        return list(COLUMNS + " where code = ? order by code, valid_from for no key update", code);
    }

    /**
     * Locks the versions of {@code codes} valid on {@code day}, in code order (the canonical order, so
     * two writers never wait for each other in a cycle).
     */
    public void lockValidOn(List<String> codes, LocalDate day) {
        if (codes.isEmpty()) {
            return;
        }
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    select id from unit where code = any(?) and valid_from <= ? and (valid_to is null or valid_to >= ?)
                    order by code, valid_from for no key update""")) {
                ps.setArray(1, Jdbc.array(conn, "varchar", codes.toArray()));
                ps.setObject(2, day);
                ps.setObject(3, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        // reading the rows takes the locks
                    }
                }
            }
            return null;
        });
    }

    /**
     * The units that name {@code code} as a predecessor and start after {@code from} and, when
     * {@code until} is not null, no later than {@code until}: the successors of the version of
     * {@code code} starting on {@code from} (a predecessor is the version valid the day before).
     */
    public List<Unit> successors(String code, LocalDate from, LocalDate until) {
        return list(COLUMNS + """
                 where ? = any(string_to_array(predecessor_codes, ' '))
                  and valid_from > ? and valid_from <= ?
                order by valid_from, code""", code, from, until == null ? Limits.LAST_DAY : until);
    }

    /** Stores a new unit; fills its generated id and created_at. */
    public void insert(Unit u) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into unit (code, name, name_en, type, unit_group, region, centrally_run, valid_from, valid_to,
                                      predecessor_codes)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id, created_at""")) {
                ps.setString(1, u.code);
                ps.setString(2, u.name);
                ps.setString(3, u.nameEn);
                ps.setString(4, u.type);
                ps.setString(5, u.group);
                ps.setString(6, u.region);
                ps.setBoolean(7, u.centrallyRun);
                ps.setObject(8, u.validFrom);
                ps.setObject(9, u.validTo);
                ps.setString(10, u.predecessorCodes);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    u.id = rs.getLong(1);
                    u.createdAt = rs.getObject(2, OffsetDateTime.class);
                }
            }
            return null;
        });
    }

    /** Writes the mutable fields of a stored unit version (its code, type, validFrom and lineage are fixed). */
    public void update(Unit u) {
        jdbc.updateOne("""
                update unit set name = ?, name_en = ?, unit_group = ?, region = ?, centrally_run = ?, valid_to = ?
                where id = ?""", "Unit " + u.code + " from " + u.validFrom + " is not stored",
                u.name, u.nameEn, u.group, u.region, u.centrallyRun, u.validTo, u.id);
    }

    private List<Unit> list(String sql, Object... args) {
        return jdbc.list(sql, UnitRepository::unit, args);
    }

    private static Unit unit(ResultSet rs) throws SQLException {
        Unit u = new Unit();
        u.id = rs.getLong("id");
        u.code = rs.getString("code");
        u.name = rs.getString("name");
        u.nameEn = rs.getString("name_en");
        u.type = rs.getString("type");
        u.group = rs.getString("unit_group");
        u.region = rs.getString("region");
        u.centrallyRun = rs.getBoolean("centrally_run");
        u.validFrom = rs.getObject("valid_from", LocalDate.class);
        u.validTo = rs.getObject("valid_to", LocalDate.class);
        u.predecessorCodes = rs.getString("predecessor_codes");
        u.createdAt = rs.getObject("created_at", OffsetDateTime.class);
        return u;
    }
}
