package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** One row per (unit, framework, period): the lock that serialises submissions of a series. */
@ApplicationScoped
public class SeriesRepository {

    @Inject
    Jdbc jdbc;

    /**
     * Locks the series until the transaction ends and returns the sequence number of the new
     * submission. A racing submission of the same series waits here, then sees this one's values
     * as current and supersedes them: nothing is lost.
     */
    public int lockNext(String unitCode, String frameworkCode, String period) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into submission_series (unit_code, framework_code, period, submissions) values (?, ?, ?, 1)
                    on conflict (unit_code, framework_code, period)
                    do update set submissions = submission_series.submissions + 1 returning submissions""")) {
                ps.setString(1, unitCode);
                ps.setString(2, frameworkCode);
                ps.setString(3, period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
