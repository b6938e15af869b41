package vn.dti.indicator.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Runs a repository's statements on a connection of the datasource. Inside a JTA transaction
 * ({@code @Transactional}) Agroal hands out the connection enlisted in that transaction, the same one
 * the shared outbox ({@code vn.dti.plumbing.outbox.Outbox}) writes on, so every statement of one
 * business transaction and its outbox row commit or roll back together. Closing the handle here does
 * not end that transaction; outside one, the connection is in autocommit and goes back to the pool.
 * Only repositories use it.
 */
@ApplicationScoped
public class Jdbc {

    /** Statements run on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection conn) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    <T> T work(Work<T> work) {
        try (Connection conn = dataSource.getConnection()) {
            return work.run(conn);
        } catch (SQLException e) {
            // the SQLException stays the cause: Unavailable (503) and TransientFailures look for it
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** One row of a result, mapped to an object. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The rows of {@code sql} with {@code args} bound in order, each mapped by {@code row}. */
    <T> List<T> list(String sql, Row<T> row, Object... args) {
        return work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, Arrays.asList(args));
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(row.map(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Runs an UPDATE of one stored row; {@code missing} is the message when no row matched. */
    void updateOne(String sql, String missing, Object... args) {
        work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                bind(ps, Arrays.asList(args));
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException(missing);
                }
            }
            return null;
        });
    }

    static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    static Array array(Connection conn, String type, Object[] values) throws SQLException {
        return conn.createArrayOf(type, values);
    }
}
