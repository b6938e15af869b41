package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import vn.dti.indicator.mapping.CompletenessView;
import vn.dti.indicator.mapping.CurrentValueView;
import vn.dti.indicator.mapping.SubmissionPage;
import vn.dti.indicator.mapping.SubmissionView;

/** Read side of submissions: each method is a fixed number of queries, whatever the page size. */
@ApplicationScoped
public class SubmissionQueries {

    @Inject
    EntityManager em;

    private record Head(UUID id, String unitCode, String frameworkCode, String period, OffsetDateTime receivedAt, boolean late) {
    }

    public Optional<SubmissionView> find(UUID id) {
        List<SubmissionView> found = load("s.id = ?", List.of(id), 0, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public SubmissionPage search(String unitCode, String frameworkCode, String period, int page, int size) {
        StringBuilder where = new StringBuilder("true");
        List<Object> args = new ArrayList<>();
        if (unitCode != null) {
            where.append(" and s.unit_code = ?");
            args.add(unitCode);
        }
        if (frameworkCode != null) {
            where.append(" and s.framework_code = ?");
            args.add(frameworkCode);
        }
        if (period != null) {
            where.append(" and s.period = ?");
            args.add(period);
        }
        long total = em.unwrap(Session.class).doReturningWork(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("select count(*) from submission s where " + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return new SubmissionPage(load(where.toString(), args, page * size, size), page, size, total);
    }

    private List<SubmissionView> load(String where, List<Object> args, int offset, int limit) {
        return em.unwrap(Session.class).doReturningWork(conn -> {
            Map<UUID, Head> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("select s.id, s.unit_code, s.framework_code, s.period, s.received_at, s.late "
                    + "from submission s where " + where + " order by s.received_at desc, s.id offset ? limit ?")) {
                List<Object> all = new ArrayList<>(args);
                all.add(offset);
                all.add(limit);
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        heads.put(id, new Head(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6)));
                    }
                }
            }
            if (heads.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<SubmissionView.Value>> values = new HashMap<>();
            Map<UUID, List<SubmissionView.Superseded>> superseded = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select v.submission_id, v.indicator_code, v.value, v.note, v.superseded_submission_id, v.superseded_value, p.received_at
                    from submission_value v left join submission p on p.id = v.superseded_submission_id
                    where v.submission_id = any(?) order by v.submission_id, v.position""")) {
                ps.setArray(1, conn.createArrayOf("uuid", heads.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID id = rs.getObject(1, UUID.class);
                        values.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new SubmissionView.Value(rs.getString(2), rs.getDouble(3), rs.getString(4)));
                        UUID old = rs.getObject(5, UUID.class);
                        if (old != null) {
                            superseded.computeIfAbsent(id, k -> new ArrayList<>()).add(new SubmissionView.Superseded(
                                    rs.getString(2), rs.getDouble(6), old, rs.getObject(7, OffsetDateTime.class)));
                        }
                    }
                }
            }
            List<SubmissionView> views = new ArrayList<>();
            for (Head h : heads.values()) {
                views.add(new SubmissionView(h.id(), h.unitCode(), h.frameworkCode(), h.period(), h.receivedAt(), h.late(),
                        values.getOrDefault(h.id(), List.of()), superseded.getOrDefault(h.id(), List.of()), null));
            }
            return views;
        });
    }

    public CurrentValueView currentValues(String frameworkCode, String period, String unitCode) {
        List<CurrentValueView.Item> items = em.unwrap(Session.class).doReturningWork(conn -> {
            List<CurrentValueView.Item> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select unit_code, indicator_code, value, note, submission_id, received_at, late from current_value
                    where framework_code = ? and period = ? and (cast(? as varchar) is null or unit_code = ?)
                    order by unit_code, indicator_code""")) {
                bind(ps, java.util.Arrays.asList(frameworkCode, period, unitCode, unitCode));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CurrentValueView.Item(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4),
                                rs.getObject(5, UUID.class), rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7)));
                    }
                }
            }
            return out;
        });
        return new CurrentValueView(frameworkCode, period, items);
    }

    /** Completeness of every unit of {@code unitType} valid on {@code day}; one query. */
    public CompletenessView completeness(String frameworkCode, String period, String unitType, LocalDate day, int expected) {
        List<CompletenessView.UnitCompleteness> rows = em.unwrap(Session.class).doReturningWork(conn -> {
            List<CompletenessView.UnitCompleteness> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select u.code, u.name, coalesce(c.reported, 0), coalesce(c.late, false), coalesce(s.n, 0), s.first_at, s.last_at
                    from unit u
                    left join (select unit_code, count(*) as reported, bool_or(late) as late from current_value
                               where framework_code = ? and period = ? group by unit_code) c on c.unit_code = u.code
                    left join (select unit_code, count(*) as n, min(received_at) as first_at, max(received_at) as last_at
                               from submission where framework_code = ? and period = ? group by unit_code) s on s.unit_code = u.code
                    where u.type = ? and u.valid_from <= ? and (u.valid_to is null or u.valid_to >= ?)
                    order by u.code""")) {
                bind(ps, List.of(frameworkCode, period, frameworkCode, period, unitType, day, day));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int reported = rs.getInt(3);
                        out.add(new CompletenessView.UnitCompleteness(rs.getString(1), rs.getString(2), expected, reported,
                                Math.max(0, expected - reported), reported >= expected, rs.getBoolean(4), rs.getInt(5),
                                rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)));
                    }
                }
            }
            return out;
        });
        int reporting = (int) rows.stream().filter(r -> r.reported() > 0).count();
        int complete = (int) rows.stream().filter(CompletenessView.UnitCompleteness::complete).count();
        int late = (int) rows.stream().filter(CompletenessView.UnitCompleteness::late).count();
        long valuesExpected = (long) expected * rows.size();
        long valuesReported = rows.stream().mapToLong(CompletenessView.UnitCompleteness::reported).sum();
        double share = valuesExpected == 0 ? 0 : Math.round(10000.0 * valuesReported / valuesExpected) / 10000.0;
        return new CompletenessView(frameworkCode, period, expected, rows, new CompletenessView.Totals(rows.size(), reporting,
                complete, rows.size() - reporting, late, valuesExpected, valuesReported, share));
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws java.sql.SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }
}
