package vn.dti.report.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Share links of briefs. Only the SHA-256 of a link's secret is stored and a link is found by that
 * hash (a unique index), so the secret is never compared, logged or kept.
 */
@ApplicationScoped
public class ShareLinkRepository {

    /** A stored link, without its hash. */
    public record LinkRow(UUID id, UUID briefId, OffsetDateTime createdAt, String createdBy, OffsetDateTime expiresAt,
                          OffsetDateTime revokedAt, String revokedBy, long opens, OffsetDateTime lastOpenedAt) {
    }

    /** What an open serves: the brief's id and its stored content. */
    public record Opened(UUID briefId, String content) {
    }

    static final String COLUMNS = "id, brief_id, created_at, created_by, expires_at, revoked_at, revoked_by, opens, last_opened_at";

    @Inject
    DataSource dataSource;

    public void insert(LinkRow link, byte[] secretHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into share_link (id, brief_id, secret_hash, created_at, created_by, expires_at)"
                     + " values (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, link.id());
            ps.setObject(2, link.briefId());
            ps.setBytes(3, secretHash);
            ps.setObject(4, link.createdAt());
            ps.setString(5, link.createdBy());
            ps.setObject(6, link.expiresAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The links of a brief, newest first. */
    public List<LinkRow> of(UUID briefId) {
        List<LinkRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from share_link where brief_id = ?"
                     + " order by created_at desc, id desc")) {
            ps.setObject(1, briefId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    public Optional<LinkRow> one(UUID briefId, UUID linkId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from share_link where id = ? and brief_id = ?")) {
            ps.setObject(1, linkId);
            ps.setObject(2, briefId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes a link that is not revoked yet; false if there was none such (unknown, other brief's, or revoked already). */
    public boolean revoke(UUID briefId, UUID linkId, OffsetDateTime at, String by) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update share_link set revoked_at = ?, revoked_by = ?"
                     + " where id = ? and brief_id = ? and revoked_at is null")) {
            ps.setObject(1, at);
            ps.setString(2, by);
            ps.setObject(3, linkId);
            ps.setObject(4, briefId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Counts an open of the live link with this hash (not revoked, not expired, its brief published)
     * in one atomic UPDATE, and returns what it serves; empty for anything else.
     */
    public Optional<Opened> open(byte[] secretHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     update share_link l set opens = l.opens + 1, last_opened_at = now()
                     from brief b
                     where l.secret_hash = ? and l.revoked_at is null and l.expires_at > now()
                       and b.id = l.brief_id and b.status = 'PUBLISHED'
                     returning b.id, b.content""")) {
            ps.setBytes(1, secretHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Opened(rs.getObject(1, UUID.class), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LinkRow row(ResultSet rs) throws SQLException {
        return new LinkRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                rs.getLong(8), rs.getObject(9, OffsetDateTime.class));
    }
}
