package vn.dti.indicator.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;

/**
 * The JDBC connection of the current transaction (the one Hibernate uses), for the set-based
 * statements of this package: {@code unnest} arrays, upserts and row locks on tables that have no
 * entity. Only repositories use it.
 */
@ApplicationScoped
public class Jdbc {

    @Inject
    EntityManager em;

    <T> T work(ReturningWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(work);
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
