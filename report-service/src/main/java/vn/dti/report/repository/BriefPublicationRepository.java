package vn.dti.report.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.report.repository.BriefRepository.BriefRow;

/** A brief's lifecycle: its row with status, and DRAFT → PUBLISHED. Called inside the caller's transaction. */
@ApplicationScoped
public class BriefPublicationRepository {

    static final String COLUMNS = """
            id, created_at, created_by, title, meeting_date, framework_code, period, compare_period, language,
            standings_version, compare_standings_version, data_cutoff, status, published_at, published_by""";

    @Inject
    DataSource dataSource;

    /** The brief's row (any status), locked until the transaction ends so two publications are serialised. */
    public Optional<BriefRow> rowForUpdate(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from brief where id = ? for update")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks a draft published; returns the updated row. */
    public BriefRow publish(UUID id, OffsetDateTime at, String by) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update brief set status = 'PUBLISHED', published_at = ?, published_by = ?"
                     + " where id = ? and status = 'DRAFT' returning " + COLUMNS)) {
            ps.setObject(1, at);
            ps.setString(2, by);
            ps.setObject(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("brief " + id + " is not a draft");
                }
                return row(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static BriefRow row(ResultSet rs) throws SQLException {
        return new BriefRow(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getInt(10), (Integer) rs.getObject(11), rs.getObject(12, OffsetDateTime.class),
                rs.getString(13), rs.getObject(14, OffsetDateTime.class), rs.getString(15));
    }
}
