package vn.dti.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The database ceiling: the indicator-service's statements for one submission, its SQL text as it is
 * in the service's repository/ classes, in SubmissionService's order and its three transactions
 * (the idempotency lookup; the checks: unit, reporting period, current values, the other units'
 * values; the write: series lock, current values again, submission, review status, values, current
 * values, outbox row, idempotency key), over plain JDBC into a scratch database with the service's
 * own schema ({@link CeilingDatabase}). What the service adds on top (HTTP, JSON, validation,
 * security) is the difference. pgbench-submission.sql runs the same statements; checked against
 * pg_stat_statements of a running suite on 2026-12-01.
 */
final class JdbcSink implements LoadRun.Sink {

    private final String framework;
    private final String period;
    private final java.sql.Date yearEnd;
    private final ExecutorService pool;
    private final List<Connection> connections = new ArrayList<>();
    private final ThreadLocal<Connection> connection;

    JdbcSink(String url, java.nio.file.Path migrations, String framework, String period, List<String> units, List<String> codes,
             int threads) throws SQLException {
        this.framework = framework;
        this.period = period;
        this.yearEnd = java.sql.Date.valueOf(period.substring(0, 4) + "-12-31");
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jdbc-sink");
            t.setDaemon(true);
            return t;
        });
        CeilingDatabase.recreate(url, migrations, framework, period, units, List.of(), codes);
        this.connection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(url, "postgres", "");
                c.setAutoCommit(false);
                synchronized (connections) {
                    connections.add(c);
                }
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Executor blockingPool() {
        return pool;
    }

    @Override
    public java.time.Instant submit(Workload.Submission s, String key) throws Exception {
        Connection c = connection.get();
        String unit = s.unit();
        String caller = "submitter-" + unit;
        int n = s.codes().length;
        String[] codes = s.codes();
        Double[] vals = new Double[n];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            vals[i] = s.values()[i];
            positions[i] = i;
        }
        try {
            // transaction 1: the idempotency lookup (IdempotencyKeyRepository.find)
            try (PreparedStatement ps = c.prepareStatement("""
                    select request_hash, response_status, cast(response_body as varchar), location
                    from idempotency_key where caller = ? and idem_key = ?""")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.executeQuery().close();
            }
            c.commit();
            // transaction 2, the checks: the unit, the reporting period, the current values and the other
            // units' values of the submitted indicators (the service takes their median and MAD in Java)
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, code, name, name_en, type, unit_group, region, centrally_run, valid_from, valid_to,
                           predecessor_codes, created_at
                    from unit where code = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) limit 1""")) {
                ps.setString(1, unit);
                ps.setDate(2, yearEnd);
                ps.setDate(3, yearEnd);
                ps.executeQuery().close();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select framework_code, period, starts_on, ends_on, due_at, closes_at, updated_at from reporting_period \
                    where framework_code = ? and period = ?""")) {
                ps.setString(1, framework);
                ps.setString(2, period);
                ps.executeQuery().close();
            }
            current(c, unit, codes);
            try (PreparedStatement ps = c.prepareStatement("""
                    select indicator_code, array_agg(value) from current_value
                    where framework_code = ? and period = ? and unit_code <> ? and indicator_code = any(?)
                    group by indicator_code""")) {
                bindUnitAndIndicators(ps, unit, codes);
                // the rows are received, not decoded: their median and MAD are the service's work (measured in
                // the suite), and decoding 1,220 values a submission was a quarter of this client's CPU
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        continue;
                    }
                }
            }
            c.commit();
            // transaction 3, the write
            int sequence;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into submission_series (unit_code, framework_code, period, submissions) values (?, ?, ?, 1)
                    on conflict (unit_code, framework_code, period)
                    do update set submissions = submission_series.submissions + 1 returning submissions""")) {
                ps.setString(1, unit);
                ps.setString(2, framework);
                ps.setString(3, period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    sequence = rs.getInt(1);
                }
            }
            Map<String, Object[]> previous = current(c, unit, codes);
            UUID id = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type, warnings)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")) {
                ps.setObject(1, id);
                ps.setString(2, unit);
                ps.setString(3, framework);
                ps.setString(4, period);
                ps.setInt(5, sequence);
                ps.setObject(6, now);
                ps.setBoolean(7, false);
                ps.setString(8, caller);
                ps.setString(9, "application/json");
                ps.setString(10, "[]");
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update submission_series set latest_submission_id = ?, review_status = 'SUBMITTED'
                    where unit_code = ? and framework_code = ? and period = ?""")) {
                ps.setObject(1, id);
                ps.setString(2, unit);
                ps.setString(3, framework);
                ps.setString(4, period);
                ps.executeUpdate();
            }
            UUID[] supersededIds = new UUID[n];
            Double[] supersededValues = new Double[n];
            for (int i = 0; i < n; i++) {
                Object[] old = previous.get(codes[i]);
                supersededValues[i] = old == null ? null : (Double) old[0];
                supersededIds[i] = old == null ? null : (UUID) old[1];
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into submission_value (submission_id, position, indicator_code, value, note, superseded_submission_id, superseded_value)
                    select ?, t.* from unnest(?::int[], ?::varchar[], ?::float8[], ?::varchar[], ?::uuid[], ?::float8[]) as t""")) {
                ps.setObject(1, id);
                ps.setArray(2, c.createArrayOf("int4", positions));
                ps.setArray(3, c.createArrayOf("varchar", codes));
                ps.setArray(4, c.createArrayOf("float8", vals));
                ps.setArray(5, c.createArrayOf("varchar", new String[n]));
                ps.setArray(6, c.createArrayOf("uuid", supersededIds));
                ps.setArray(7, c.createArrayOf("float8", supersededValues));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into current_value (unit_code, framework_code, period, indicator_code, value, note, submission_id, received_at, late)
                    select ?, ?, ?, t.c, t.v, t.n, ?, ?, ? from unnest(?::varchar[], ?::float8[], ?::varchar[]) as t(c, v, n)
                    on conflict (framework_code, period, unit_code, indicator_code) do update
                    set value = excluded.value, note = excluded.note, submission_id = excluded.submission_id,
                        received_at = excluded.received_at, late = excluded.late""")) {
                ps.setString(1, unit);
                ps.setString(2, framework);
                ps.setString(3, period);
                ps.setObject(4, id);
                ps.setObject(5, now);
                ps.setBoolean(6, false);
                ps.setArray(7, c.createArrayOf("varchar", codes));
                ps.setArray(8, c.createArrayOf("float8", vals));
                ps.setArray(9, c.createArrayOf("varchar", new String[n]));
                ps.executeUpdate();
            }
            String payload = s.jsonText(); // the service writes its own event JSON; the database work is the same size
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at, traceparent)
                    values (?, ?, ?, ?, ?, ?, cast(? as json), ?, ?)""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, "submission");
                ps.setString(3, id.toString());
                ps.setString(4, "dti.submissions");
                ps.setString(5, unit);
                ps.setString(6, "dti.submission.accepted.v1");
                ps.setString(7, payload);
                ps.setObject(8, now);
                ps.setString(9, null);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, location)
                    values (?, ?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.setString(3, Integer.toHexString(payload.hashCode()));
                ps.setInt(4, 201);
                ps.setString(5, payload);
                ps.setString(6, "/api/v1/submissions/" + id);
                ps.executeUpdate();
            }
            c.commit();
            return now.toInstant();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    /** Framework, period, unit and the indicator array: the parameters of both reads of current_value. */
    private void bindUnitAndIndicators(PreparedStatement ps, String unit, String[] codes) throws SQLException {
        ps.setString(1, framework);
        ps.setString(2, period);
        ps.setString(3, unit);
        ps.setArray(4, ps.getConnection().createArrayOf("varchar", codes));
    }

    /** The unit's current values of the submitted indicators (ValueRepository.current): value and submission by indicator. */
    private Map<String, Object[]> current(Connection c, String unit, String[] codes) throws SQLException {
        Map<String, Object[]> previous = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select indicator_code, value, submission_id, received_at from current_value
                where framework_code = ? and period = ? and unit_code = ? and indicator_code = any(?)""")) {
            bindUnitAndIndicators(ps, unit, codes);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    previous.put(rs.getString(1), new Object[] {rs.getDouble(2), rs.getObject(3, UUID.class)});
                }
            }
        }
        return previous;
    }

    @Override
    public void close() throws SQLException {
        pool.shutdown();
        synchronized (connections) {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
