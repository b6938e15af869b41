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

import vn.dti.indicator.domain.ReportingPeriod;

/** The {@code reporting_period} table, keyed by (framework_code, period). */
@ApplicationScoped
public class ReportingPeriodRepository {

    private static final String COLUMNS = """
            select framework_code, period, starts_on, ends_on, due_at, closes_at, updated_at from reporting_period""";

    @Inject
    Jdbc jdbc;

    public Optional<ReportingPeriod> find(String frameworkCode, String period) {
        return list(COLUMNS + " where framework_code = ? and period = ?", frameworkCode, period).stream().findFirst();
    }

    public List<ReportingPeriod> ofFramework(String frameworkCode) {
        return list(COLUMNS + " where framework_code = ? order by period", frameworkCode);
    }

    public void insert(ReportingPeriod p) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into reporting_period (starts_on, ends_on, due_at, closes_at, updated_at, framework_code, period)
                    values (?, ?, ?, ?, ?, ?, ?)""")) {
                Jdbc.bind(ps, java.util.Arrays.asList(p.startsOn, p.endsOn, p.dueAt, p.closesAt, p.updatedAt, p.frameworkCode, p.period));
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void update(ReportingPeriod p) {
        jdbc.updateOne("""
                update reporting_period set starts_on = ?, ends_on = ?, due_at = ?, closes_at = ?, updated_at = ?
                where framework_code = ? and period = ?""", "Period " + p.frameworkCode + "/" + p.period + " is not stored",
                p.startsOn, p.endsOn, p.dueAt, p.closesAt, p.updatedAt, p.frameworkCode, p.period);
    }

    private List<ReportingPeriod> list(String sql, String... args) {
        return jdbc.list(sql, ReportingPeriodRepository::period, (Object[]) args);
    }

    private static ReportingPeriod period(ResultSet rs) throws SQLException {
        ReportingPeriod p = new ReportingPeriod();
        p.frameworkCode = rs.getString("framework_code");
        p.period = rs.getString("period");
        p.startsOn = rs.getObject("starts_on", LocalDate.class);
        p.endsOn = rs.getObject("ends_on", LocalDate.class);
        p.dueAt = rs.getObject("due_at", OffsetDateTime.class);
        p.closesAt = rs.getObject("closes_at", OffsetDateTime.class);
        p.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        return p;
    }
}
