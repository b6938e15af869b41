package vn.dti.ranking.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The releases (official revisions) of standings versions. A release row is written once and never
 * changed; its changes, provenance and standings are JSON texts kept byte for byte.
 */
@ApplicationScoped
public class ReleaseRepository {

    /** A stored release; {@code changes}, {@code provenance} and {@code standings} are JSON texts. */
    public record Row(UUID id, String frameworkCode, String period, String basis, int revision, int version, String label,
                      String note, String releasedBy, OffsetDateTime releasedAt, UUID supersedes, String changes,
                      String provenance, String standings, String eventId) {
    }

    private static final String COLUMNS = """
            id, framework_code, period, basis, revision, version, label, note, released_by, released_at, supersedes,
            cast(changes as varchar), cast(provenance as varchar), cast(standings as varchar), event_id""";

    /**
     * Serialises the releases of one (framework, period) until the transaction ends, so two concurrent
     * releases read different latest revisions (the unique revision constraint backs it up).
     */
    public void lock(Connection conn, String frameworkCode, String period) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, "release/" + frameworkCode + "/" + period);
            ps.execute();
        }
    }

    /** The latest revision of a (framework, period), or empty before its first release. */
    public Optional<Row> latest(Connection conn, String frameworkCode, String period) throws SQLException {
        return one(conn, "select " + COLUMNS + " from release where framework_code = ? and period = ? order by revision desc limit 1",
                frameworkCode, period);
    }

    /** The release of this version on this basis, if it was released. */
    public Optional<Row> ofVersion(Connection conn, String frameworkCode, String period, String basis, int version)
            throws SQLException {
        return one(conn, "select " + COLUMNS + " from release where framework_code = ? and period = ? and basis = ? and version = ?",
                frameworkCode, period, basis, version);
    }

    public Optional<Row> find(Connection conn, UUID id) throws SQLException {
        return one(conn, "select " + COLUMNS + " from release where id = ?", id);
    }

    /** Releases, newest first (by released_at, then revision); a null filter matches every value. */
    public List<Row> list(Connection conn, String frameworkCode, String period) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("select " + COLUMNS + """
                 from release where (cast(? as varchar) is null or framework_code = ?) and (cast(? as varchar) is null or period = ?)
                order by released_at desc, revision desc, id desc limit 1000""")) {
            ps.setString(1, frameworkCode);
            ps.setString(2, frameworkCode);
            ps.setString(3, period);
            ps.setString(4, period);
            try (ResultSet rs = ps.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row(rs));
                }
                return rows;
            }
        }
    }

    /** Inserts a release; with {@code ifAbsent}, a release whose id is already stored is left as it is (false). */
    public boolean insert(Connection conn, Row r, boolean ifAbsent) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into release (id, framework_code, period, basis, revision, version, label, note, released_by, released_at,
                                     supersedes, changes, provenance, standings, event_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json), cast(? as json), cast(? as json), ?)"""
                + (ifAbsent ? " on conflict (id) do nothing" : ""))) {
            ps.setObject(1, r.id());
            ps.setString(2, r.frameworkCode());
            ps.setString(3, r.period());
            ps.setString(4, r.basis());
            ps.setInt(5, r.revision());
            ps.setInt(6, r.version());
            ps.setString(7, r.label());
            ps.setString(8, r.note());
            ps.setString(9, r.releasedBy());
            ps.setObject(10, r.releasedAt());
            ps.setObject(11, r.supersedes());
            ps.setString(12, r.changes());
            ps.setString(13, r.provenance());
            ps.setString(14, r.standings());
            ps.setString(15, r.eventId());
            return ps.executeUpdate() == 1;
        }
    }

    private Optional<Row> one(Connection conn, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class),
                rs.getObject(11, UUID.class), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
    }
}
