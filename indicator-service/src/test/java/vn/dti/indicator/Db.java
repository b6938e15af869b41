package vn.dti.indicator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Direct row counts, to prove that a rejected request stored nothing. */
@ApplicationScoped
public class Db {

    @Inject
    DataSource dataSource;

    @Transactional
    public long count(String table) {
        return scalar("select count(*) from " + table);
    }

    @Transactional
    public long count(String table, String where) {
        return scalar("select count(*) from " + table + " where " + where);
    }

    @Transactional
    public long scalar(String sql) {
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            Object r = rs.getObject(1);
            return r == null ? -1 : ((Number) r).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything that a request may write; equal snapshots mean nothing was stored or emitted. */
    public String snapshot() {
        return count("submission") + "/" + count("submission_value") + "/" + count("current_value") + "/"
                + count("idempotency_key") + "/" + count("outbox_event") + "/" + count("unit") + "/" + count("framework")
                + "/" + count("reporting_period") + "/" + count("unit_type") + "/" + count("change_history");
    }
}
