package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.domain.Framework;

/** The {@code framework} table; the document is jsonb, carried as its JSON text. */
@ApplicationScoped
public class FrameworkRepository {

    private static final String COLUMNS = """
            select code, name, status, version, unit_type, period_type, cast(document as varchar) as document,
                   updated_at, published_at
            from framework""";

    @Inject
    Jdbc jdbc;

    public List<Framework> listByCode() {
        return list(COLUMNS + " order by code");
    }

    public Optional<Framework> find(String code) {
        return list(COLUMNS + " where code = ?", code).stream().findFirst();
    }

    /**
     * The framework row locked until the transaction ends ({@code for no key update}, the ORM's former
     * pessimistic write lock), so two writers of a draft serialise; null when there is none.
     */
    public Framework lockForUpdate(String code) {
        return list(COLUMNS + " where code = ? for no key update", code).stream().findFirst().orElse(null);
    }

    public void insert(Framework f) {
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into framework (code, name, status, version, unit_type, period_type, document, updated_at, published_at)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")) {
                bind(ps, f);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Writes every column of a stored framework (the callers hold its row lock). */
    public void update(Framework f) {
        jdbc.updateOne("""
                update framework set name = ?, status = ?, version = ?, unit_type = ?, period_type = ?,
                                     document = cast(? as jsonb), updated_at = ?, published_at = ?
                where code = ?""", "Framework " + f.code + " is not stored",
                f.name, f.status, f.version, f.unitType, f.periodType, f.document, f.updatedAt, f.publishedAt, f.code);
    }

    private static void bind(PreparedStatement ps, Framework f) throws SQLException {
        ps.setString(1, f.code);
        ps.setString(2, f.name);
        ps.setString(3, f.status);
        ps.setInt(4, f.version);
        ps.setString(5, f.unitType);
        ps.setString(6, f.periodType);
        ps.setString(7, f.document);
        ps.setObject(8, f.updatedAt);
        ps.setObject(9, f.publishedAt);
    }

    private List<Framework> list(String sql, String... args) {
        return jdbc.list(sql, FrameworkRepository::framework, (Object[]) args);
    }

    private static Framework framework(ResultSet rs) throws SQLException {
        Framework f = new Framework();
        f.code = rs.getString("code");
        f.name = rs.getString("name");
        f.status = rs.getString("status");
        f.version = rs.getInt("version");
        f.unitType = rs.getString("unit_type");
        f.periodType = rs.getString("period_type");
        f.document = rs.getString("document");
        f.updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        f.publishedAt = rs.getObject("published_at", OffsetDateTime.class);
        return f;
    }
}
