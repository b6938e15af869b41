package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.mapping.UnitTypeView;

/** The unit types (table unit_type); never deleted, since units and frameworks reference them. */
@ApplicationScoped
public class UnitTypeRepository {

    /** The outcome of {@link #put}: the type as stored and whether the call defined it. */
    public record Saved(UnitTypeView type, boolean created) {
    }

    @Inject
    Jdbc jdbc;

    public List<UnitTypeView> list() {
        return jdbc.work(conn -> {
            List<UnitTypeView> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "select code, name, name_vi, created_at, changed_at from unit_type order by code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(view(rs));
                }
            }
            return out;
        });
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public Optional<UnitTypeView> find(String code) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "select code, name, name_vi, created_at, changed_at from unit_type where code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(view(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Defines the type or renames it, in one statement: two racing PUTs of a new code both succeed,
     * one creating it and one updating it, instead of one failing on the primary key.
     */
    public Saved put(String code, String name, String nameVi, OffsetDateTime at) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into unit_type (code, name, name_vi, created_at, changed_at) values (?, ?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, name_vi = excluded.name_vi,
                                                     changed_at = excluded.changed_at
                    returning code, name, name_vi, created_at, changed_at, (xmax = 0) as created""")) {
                Jdbc.bind(ps, Arrays.asList(code, name, nameVi, at, at));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Saved(view(rs), rs.getBoolean("created"));
                }
            }
        });
    }

    private static UnitTypeView view(ResultSet rs) throws SQLException {
        return new UnitTypeView(rs.getString("code"), rs.getString("name"), rs.getString("name_vi"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("changed_at", OffsetDateTime.class));
    }
}
