package vn.dti.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Direct reads of the read model, to wait for events and to prove what was (not) stored. */
@ApplicationScoped
public class Db {

    @Inject
    DataSource dataSource;

    public long count(String table, String where) {
        return number("select count(*) from " + table + (where == null ? "" : " where " + where)).longValue();
    }

    /** How many of these events (by ce_id) the consumer has applied. */
    public long processed(java.util.Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return count("processed_event", "event_id in ('" + String.join("', '", eventIds) + "')");
    }

    public Number number(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? (Number) rs.getObject(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A direct change of stored data (to simulate what an older version or another service left behind). */
    public int update(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
