package vn.dti.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * The database ceiling: the indicator-service's statements for one submission (series lock,
 * supersede lookup, submission, values, current values, idempotency key, outbox row), in one
 * transaction per submission, over plain JDBC into a scratch database with the service's own
 * schema. What the service adds on top (HTTP, JSON, validation, security) is the difference.
 */
final class JdbcSink implements LoadRun.Sink {

    private final String url;
    private final String framework;
    private final String period;
    private final ExecutorService pool;
    private final List<Connection> connections = new ArrayList<>();
    private final ThreadLocal<Connection> connection;

    JdbcSink(String url, java.nio.file.Path migrations, String framework, String period, int threads) throws SQLException {
        this.url = url;
        this.framework = framework;
        this.period = period;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jdbc-sink");
            t.setDaemon(true);
            return t;
        });
        CeilingDatabase.recreate(url, migrations, framework);
        this.connection = ThreadLocal.withInitial(() -> {
            try {
                Connection c = open();
                synchronized (connections) {
                    connections.add(c);
                }
                return c;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private Connection open() throws SQLException {
        Connection c = DriverManager.getConnection(url, "postgres", "");
        c.setAutoCommit(false);
        return c;
    }

    @Override
    public Executor blockingPool() {
        return pool;
    }

    @Override
    public java.time.Instant submit(Workload.Submission s, String key) throws Exception {
        Connection c = connection.get();
        String unit = s.unit();
        String period = this.period;
        int n = s.codes().length;
        String[] codes = s.codes();
        Double[] vals = new Double[n];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            vals[i] = s.values()[i];
            positions[i] = i;
        }
        // before the write transaction, as the service does: the idempotency lookup (IdempotencyKeyRepository.find)
        // and the other units' medians and MADs of the submitted indicators (ValueRepository.peerStats, issue 10)
        try (PreparedStatement ps = c.prepareStatement("""
                select request_hash, response_status, cast(response_body as varchar), location
                from idempotency_key where caller = ? and idem_key = ?""")) {
            ps.setString(1, "submitter-" + unit);
            ps.setString(2, key);
            ps.executeQuery().close();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select indicator_code, array_agg(value) from current_value
                where framework_code = ? and period = ? and unit_code <> ? and indicator_code = any(?)
                group by indicator_code""")) {
            ps.setString(1, framework);
            ps.setString(2, period);
            ps.setString(3, unit);
            ps.setArray(4, c.createArrayOf("varchar", codes));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getArray(2).getArray(); // the service takes the median and MAD of these in Java
                }
            }
        }
        c.commit();
        try {
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
            Map<String, Object[]> previous = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select indicator_code, value, submission_id from current_value
                    where framework_code = ? and period = ? and unit_code = ? and indicator_code = any(?)""")) {
                ps.setString(1, framework);
                ps.setString(2, period);
                ps.setString(3, unit);
                ps.setArray(4, c.createArrayOf("varchar", codes));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        previous.put(rs.getString(1), new Object[] {rs.getDouble(2), rs.getObject(3, UUID.class)});
                    }
                }
            }
            UUID id = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into submission (id, unit_code, framework_code, period, sequence_no, received_at, late, submitted_by, media_type)
                    values (?, ?, ?, ?, ?, ?, false, ?, 'application/json')""")) {
                ps.setObject(1, id);
                ps.setString(2, unit);
                ps.setString(3, framework);
                ps.setString(4, period);
                ps.setInt(5, sequence);
                ps.setObject(6, now);
                ps.setString(7, "submitter-" + unit);
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
                    select ?, ?, ?, t.c, t.v, null, ?, ?, false from unnest(?::varchar[], ?::float8[]) as t(c, v)
                    on conflict (framework_code, period, unit_code, indicator_code) do update
                    set value = excluded.value, submission_id = excluded.submission_id, received_at = excluded.received_at""")) {
                ps.setString(1, unit);
                ps.setString(2, framework);
                ps.setString(3, period);
                ps.setObject(4, id);
                ps.setObject(5, now);
                ps.setArray(6, c.createArrayOf("varchar", codes));
                ps.setArray(7, c.createArrayOf("float8", vals));
                ps.executeUpdate();
            }
            String payload = s.jsonText(); // the service writes its own event JSON; the database work is the same size
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, location)
                    values (?, ?, ?, 201, cast(? as jsonb), ?)""")) {
                ps.setString(1, "submitter-" + unit);
                ps.setString(2, key);
                ps.setString(3, Integer.toHexString(payload.hashCode()));
                ps.setString(4, payload);
                ps.setString(5, "/api/v1/submissions/" + id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into outbox_event (event_id, aggregate_type, aggregate_id, topic, event_key, event_type, payload, occurred_at)
                    values (?, 'submission', ?, 'dti.submissions', ?, 'dti.submission.accepted.v1', cast(? as jsonb), ?)""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, id.toString());
                ps.setString(3, unit);
                ps.setString(4, payload);
                ps.setObject(5, now);
                ps.executeUpdate();
            }
            c.commit();
            return now.toInstant();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
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
