package vn.dti.indicator.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The release read model ({@code release}, {@code release_unit}): the releases ranking-service
 * published ({@code dti.release.published.v1}), with the units ranked in each. Written only by the
 * event consumer, on the connection of its batch; read by the dispute path.
 */
@ApplicationScoped
public class ReleaseRepository {

    /** A release as kept here. */
    public record Release(UUID id, String frameworkCode, String period, int revision, int version, OffsetDateTime releasedAt) {
    }

    @Inject
    Jdbc jdbc;

    /** Stores a release and its units; false when the release id was already stored (a redelivery under another ce_id). */
    public static boolean insert(Connection conn, Release r, List<String> unitCodes) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into release (id, framework_code, period, revision, version, released_at)
                values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")) {
            Jdbc.bind(ps, List.of(r.id(), r.frameworkCode(), r.period(), r.revision(), r.version(), r.releasedAt()));
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("""
                insert into release_unit (release_id, unit_code)
                select ?, u from unnest(?::varchar[]) u on conflict do nothing""")) {
            ps.setObject(1, r.id());
            ps.setArray(2, Jdbc.array(conn, "varchar", unitCodes.toArray()));
            ps.executeUpdate();
        }
        return true;
    }

    public Optional<Release> find(UUID id) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    select id, framework_code, period, revision, version, released_at from release where id = ?""")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Release(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getInt(5), rs.getObject(6, OffsetDateTime.class))) : Optional.empty();
                }
            }
        });
    }

    /** Whether {@code unitCode} is ranked in the standings of the release. */
    public boolean ranks(UUID releaseId, String unitCode) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("select 1 from release_unit where release_id = ? and unit_code = ?")) {
                Jdbc.bind(ps, Arrays.asList(releaseId, unitCode));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
