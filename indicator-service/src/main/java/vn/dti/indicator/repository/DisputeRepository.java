package vn.dti.indicator.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.mapping.DisputeView;

/**
 * Disputes ({@code dispute}). Rows that change are locked first ({@code select ... for update},
 * several rows always in id order), so a resolution, a correction and a release revision that
 * touch the same dispute serialise; the correction path holds its series lock before it takes
 * dispute rows, and nothing takes them in the other order.
 */
@ApplicationScoped
public class DisputeRepository {

    private static final String SELECT = """
            select id, release_id, framework_code, period, revision, unit_code, indicator_code, reason, status, filed_by, filed_at,
                   decision, resolution_comment, resolved_by, resolved_at, correction_submission_id, revised_release_id
            from dispute""";

    @Inject
    Jdbc jdbc;

    public void insert(DisputeView d) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into dispute (id, release_id, framework_code, period, revision, unit_code, indicator_code, reason, status,
                                         filed_by, filed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                Jdbc.bind(ps, Arrays.asList(d.id(), d.releaseId(), d.frameworkCode(), d.period(), d.revision(), d.unitCode(),
                        d.indicatorCode(), d.reason(), d.status(), d.filedBy(), d.filedAt()));
                return ps.executeUpdate();
            }
        });
    }

    public Optional<DisputeView> find(UUID id) {
        return jdbc.work(conn -> one(conn, SELECT + " where id = ?", id));
    }

    /** Locks the dispute row until the transaction ends. */
    public Optional<DisputeView> lock(UUID id) {
        return jdbc.work(conn -> one(conn, SELECT + " where id = ? for update", id));
    }

    /** Records the decision on the (locked) dispute; its status becomes the decision. */
    public void resolve(UUID id, String decision, String comment, String resolvedBy, OffsetDateTime resolvedAt) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    update dispute set status = ?, decision = ?, resolution_comment = ?, resolved_by = ?, resolved_at = ?
                    where id = ?""")) {
                Jdbc.bind(ps, List.of(decision, decision, comment, resolvedBy, resolvedAt, id));
                return ps.executeUpdate();
            }
        });
    }

    /** Newest first; each filter applies when not null. */
    public List<DisputeView> list(String frameworkCode, String period, String status, String unitCode) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(SELECT + """
                     where (cast(? as varchar) is null or framework_code = ?) and (cast(? as varchar) is null or period = ?)
                       and (cast(? as varchar) is null or status = ?) and (cast(? as varchar) is null or unit_code = ?)
                    order by filed_at desc, id""")) {
                Jdbc.bind(ps, Arrays.asList(frameworkCode, frameworkCode, period, period, status, status, unitCode, unitCode));
                return all(ps);
            }
        });
    }

    /**
     * An admin's correction of the unit's series was accepted: every upheld dispute of that (framework,
     * period, unit) still waiting for its release revision now names it (the latest correction is the
     * one the revision will contain). Returns the changed disputes.
     */
    public List<DisputeView> corrected(String frameworkCode, String period, String unitCode, UUID submissionId) {
        return jdbc.work(conn -> {
            List<UUID> ids = lockIds(conn, """
                    select id from dispute where framework_code = ? and period = ? and unit_code = ? and status = 'UPHELD'
                      and revised_release_id is null order by id for update""", frameworkCode, period, unitCode);
            return update(conn, "correction_submission_id", submissionId, ids);
        });
    }

    /**
     * A release revision of (framework, period) arrived: every upheld and corrected dispute of an
     * earlier revision that has no revision yet names it. Runs on the consumer's connection. Returns
     * the changed disputes.
     */
    public static List<DisputeView> revised(Connection conn, String frameworkCode, String period, int revision, UUID releaseId)
            throws SQLException {
        List<UUID> ids = lockIds(conn, """
                select id from dispute where framework_code = ? and period = ? and status = 'UPHELD'
                  and correction_submission_id is not null and revised_release_id is null and revision < ?
                order by id for update""", frameworkCode, period, revision);
        return update(conn, "revised_release_id", releaseId, ids);
    }

    private static List<UUID> lockIds(Connection conn, String sql, Object... args) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            Jdbc.bind(ps, Arrays.asList(args));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** Sets one follow-up column (a constant of this class, never input) on the locked disputes. */
    private static List<DisputeView> update(Connection conn, String column, UUID value, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = conn.prepareStatement("update dispute set " + column + " = ? where id = any(?)")) {
            ps.setObject(1, value);
            ps.setArray(2, Jdbc.array(conn, "uuid", ids.toArray()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement(SELECT + " where id = any(?) order by id")) {
            ps.setArray(1, Jdbc.array(conn, "uuid", ids.toArray()));
            return all(ps);
        }
    }

    private static Optional<DisputeView> one(Connection conn, String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, id);
            List<DisputeView> found = all(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<DisputeView> all(PreparedStatement ps) throws SQLException {
        List<DisputeView> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String decision = rs.getString(12);
                out.add(new DisputeView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class),
                        decision == null ? null : new DisputeView.Resolution(decision, rs.getString(13), rs.getString(14),
                                rs.getObject(15, OffsetDateTime.class)),
                        rs.getObject(16, UUID.class), rs.getObject(17, UUID.class)));
            }
        }
        return out;
    }
}
