package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.indicator.mapping.CompletenessView;
import vn.dti.indicator.mapping.CurrentValueView;
import vn.dti.indicator.mapping.SubmissionView;

/** The current value of each (unit, framework, period, indicator), maintained with every submission. */
@ApplicationScoped
public class ValueRepository {

    @Inject
    Jdbc jdbc;

    /** The current values of these indicators of one series, by indicator code: what a new submission supersedes. */
    public Map<String, SubmissionView.Superseded> current(String frameworkCode, String period, String unitCode, List<String> indicatorCodes) {
        return jdbc.work(conn -> {
            Map<String, SubmissionView.Superseded> previous = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select indicator_code, value, submission_id, received_at from current_value
                    where framework_code = ? and period = ? and unit_code = ? and indicator_code = any(?)""")) {
                ps.setString(1, frameworkCode);
                ps.setString(2, period);
                ps.setString(3, unitCode);
                ps.setArray(4, Jdbc.array(conn, "varchar", indicatorCodes.toArray(String[]::new)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        previous.put(rs.getString(1), new SubmissionView.Superseded(rs.getString(1), rs.getDouble(2),
                                rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class)));
                    }
                }
            }
            return previous;
        });
    }

    /** The median and median absolute deviation of {@code n} other units' current values of one indicator. */
    public record PeerStats(String indicatorCode, int n, double median, double mad) {

        /**
         * The statistics of {@code others} (at least one value; sorted in place): the median exactly as
         * PostgreSQL's {@code percentile_cont(0.5)} computes it (for an even number of values
         * {@code lo + (hi - lo) * 0.5} of the two middle ones, bit for bit), and the MAD, the same
         * median of the absolute deviations from it.
         */
        public static PeerStats of(String indicatorCode, double[] others) {
            Arrays.sort(others);
            double median = median(others);
            double[] deviations = new double[others.length];
            for (int i = 0; i < others.length; i++) {
                deviations[i] = Math.abs(others[i] - median);
            }
            Arrays.sort(deviations);
            return new PeerStats(indicatorCode, others.length, median, median(deviations));
        }

        private static double median(double[] sorted) {
            int n = sorted.length;
            if (n % 2 == 1) {
                return sorted[n / 2];
            }
            double lo = sorted[n / 2 - 1];
            return lo + (sorted[n / 2] - lo) * 0.5;
        }
    }

    /**
     * For each of {@code indicatorCodes}: how many other units (all but {@code unitCode}) have a
     * current value in the period, their median and their MAD (median of the absolute deviations
     * from that median). One statement, whatever the number of indicators: it returns each
     * indicator's values as one array and the medians are taken here, because PostgreSQL's ordered-set
     * aggregates over a self-join cost several times more (issue 15: 39 of a submission's 81 ms of
     * statement time under load; docs/performance.md).
     */
    public Map<String, PeerStats> peerStats(String frameworkCode, String period, String unitCode, List<String> indicatorCodes) {
        return jdbc.work(conn -> {
            Map<String, PeerStats> out = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select indicator_code, array_agg(value) from current_value
                    where framework_code = ? and period = ? and unit_code <> ? and indicator_code = any(?)
                    group by indicator_code""")) {
                ps.setString(1, frameworkCode);
                ps.setString(2, period);
                ps.setString(3, unitCode);
                ps.setArray(4, Jdbc.array(conn, "varchar", indicatorCodes.toArray(String[]::new)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Double[] others = (Double[]) rs.getArray(2).getArray();
                        double[] values = new double[others.length];
                        for (int i = 0; i < others.length; i++) {
                            values[i] = others[i];
                        }
                        out.put(rs.getString(1), PeerStats.of(rs.getString(1), values));
                    }
                }
            }
            return out;
        });
    }

    /** Makes the values of submission {@code submissionId} the current ones of its series, in one statement. */
    public void upsert(String unitCode, String frameworkCode, String period, UUID submissionId, OffsetDateTime receivedAt,
                       boolean late, List<SubmissionView.Value> values) {
        String[] codes = values.stream().map(SubmissionView.Value::indicatorCode).toArray(String[]::new);
        Double[] numbers = values.stream().map(SubmissionView.Value::value).toArray(Double[]::new);
        String[] notes = values.stream().map(SubmissionView.Value::note).toArray(String[]::new);
        jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into current_value (unit_code, framework_code, period, indicator_code, value, note, submission_id, received_at, late)
                    select ?, ?, ?, t.c, t.v, t.n, ?, ?, ? from unnest(?::varchar[], ?::float8[], ?::varchar[]) as t(c, v, n)
                    on conflict (framework_code, period, unit_code, indicator_code) do update
                    set value = excluded.value, note = excluded.note, submission_id = excluded.submission_id,
                        received_at = excluded.received_at, late = excluded.late""")) {
                ps.setString(1, unitCode);
                ps.setString(2, frameworkCode);
                ps.setString(3, period);
                ps.setObject(4, submissionId);
                ps.setObject(5, receivedAt);
                ps.setBoolean(6, late);
                ps.setArray(7, Jdbc.array(conn, "varchar", codes));
                ps.setArray(8, Jdbc.array(conn, "float8", numbers));
                ps.setArray(9, Jdbc.array(conn, "varchar", notes));
                return ps.executeUpdate();
            }
        });
    }

    public CurrentValueView currentValues(String frameworkCode, String period, String unitCode) {
        List<CurrentValueView.Item> items = jdbc.work(conn -> {
            List<CurrentValueView.Item> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select unit_code, indicator_code, value, note, submission_id, received_at, late from current_value
                    where framework_code = ? and period = ? and (cast(? as varchar) is null or unit_code = ?)
                    order by unit_code, indicator_code""")) {
                Jdbc.bind(ps, java.util.Arrays.asList(frameworkCode, period, unitCode, unitCode));
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

    /** Completeness of every unit of {@code unitType} (and {@code unitGroup} unless null) valid on {@code day}; one query. */
    public CompletenessView completeness(String frameworkCode, String period, String unitType, String unitGroup, LocalDate day,
                                         int expected) {
        List<CompletenessView.UnitCompleteness> rows = jdbc.work(conn -> {
            List<CompletenessView.UnitCompleteness> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    select u.code, u.name, coalesce(c.reported, 0), coalesce(c.late, false), coalesce(s.n, 0), s.first_at, s.last_at
                    from unit u
                    left join (select unit_code, count(*) as reported, bool_or(late) as late from current_value
                               where framework_code = ? and period = ? group by unit_code) c on c.unit_code = u.code
                    left join (select unit_code, count(*) as n, min(received_at) as first_at, max(received_at) as last_at
                               from submission where framework_code = ? and period = ? group by unit_code) s on s.unit_code = u.code
                    where u.type = ? and u.valid_from <= ? and (u.valid_to is null or u.valid_to >= ?)
                      and (cast(? as varchar) is null or u.unit_group = ?)
                    order by u.code""")) {
                Jdbc.bind(ps, java.util.Arrays.asList(frameworkCode, period, frameworkCode, period, unitType, day, day, unitGroup, unitGroup));
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
}
