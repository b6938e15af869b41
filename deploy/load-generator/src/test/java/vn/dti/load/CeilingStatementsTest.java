package vn.dti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.dti.testing.db.TestDatabases;

/**
 * The PostgreSQL ceiling's two instruments store a submission alike: the generator's JdbcSink and
 * pgbench-submission.sql, each into a database seeded by {@link CeilingDatabase}, leave the same rows
 * (a real PostgreSQL on 127.0.0.1:5432, as the services' tests; pgbench as measure.sh needs it).
 */
class CeilingStatementsTest {

    private static final Path MIGRATIONS = Path.of("../../indicator-service/src/main/resources/db/migration");
    private static final List<String> CODES = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("V%02d", i)).toList();
    private static final String GENERATOR_DB = TestDatabases.name("dti_load_ceiling_test");
    private static final String PGBENCH_DB = TestDatabases.name("dti_pgbench_ceiling_test");

    private static String url(String db) {
        return "jdbc:postgresql://127.0.0.1:5432/" + db;
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + GENERATOR_DB + " with (force)");
            s.execute("drop database if exists " + PGBENCH_DB + " with (force)");
        }
    }

    @Test
    void theSeededDatabaseLooksLikeASuitesAndChecksForeignKeysByIndex() throws Exception {
        int units = CeilingDatabase.recreate(url(PGBENCH_DB), MIGRATIONS, "DTI-LOAD-20", "2020", null, List.of("96"), CODES);

        assertThat(units).as("the 63 provinces of 2020 but 96").isEqualTo(62);
        Map<String, Object> rows = rows(PGBENCH_DB);
        assertThat(rows).containsEntry("submission", 62L * CeilingDatabase.SEEDED_SUBMISSIONS)
                .containsEntry("current values", 62L * 20).containsEntry("current values of the latest submission", 62L * 20)
                .containsEntry("series submissions", 62L * CeilingDatabase.SEEDED_SUBMISSIONS);
        // what a value insert's foreign-key check runs (generic plan, as a cached plan becomes): with one
        // seeded submission a unit it was a scan of the whole table, kept while the table grew
        try (Connection c = DriverManager.getConnection(url(PGBENCH_DB), "postgres", ""); Statement s = c.createStatement()) {
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare fk(uuid) as select 1 from only submission x where id = $1 for key share of x");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("explain execute fk(md5('x')::uuid)")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertThat(plan.toString()).contains("Index Scan using submission_pkey").doesNotContain("Seq Scan");
        }
    }

    @Test
    void theGeneratorAndPgbenchStoreASubmissionAlike() throws Exception {
        // pgbench: one client, one submission (client 0's first unit: the first province, 01)
        CeilingDatabase.recreate(url(PGBENCH_DB), MIGRATIONS, "DTI-LOAD-20", "2020", null, List.of("96"), CODES);
        Process pgbench = new ProcessBuilder("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-n", "-M", "prepared", "-c", "1",
                "-j", "1", "-t", "1", "-D", "clients=1", "-D", "k=0", "-f", "pgbench-submission.sql", PGBENCH_DB)
                .redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes());
        assertThat(pgbench.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(pgbench.exitValue()).as(output).isZero();
        assertThat(output).contains("number of failed transactions: 0");

        // the generator: the same units, one submission of unit 01
        List<String> units = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(PGBENCH_DB), "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("select distinct unit_code from current_value order by 1")) {
            while (rs.next()) {
                units.add(rs.getString(1));
            }
        }
        List<DemoData.Indicator> indicators = CODES.stream().map(code -> new DemoData.Indicator(code, "RATIO", 0.0, 1.0, false)).toList();
        Workload workload = new Workload("DTI-LOAD-20", "2020", units, indicators, 20, 1, 7, null);
        JdbcSink sink = new JdbcSink(url(GENERATOR_DB), MIGRATIONS, "DTI-LOAD-20", "2020", units, CODES, 1);
        try {
            assertThat(sink.submit(workload.get(0), "key-1")).isNotNull();
        } finally {
            sink.close();
        }

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("submission", 62L * CeilingDatabase.SEEDED_SUBMISSIONS + 1);
        expected.put("submission values", 20L);
        expected.put("values superseding the seeded ones", 20L);
        expected.put("current values", 62L * 20);
        expected.put("current values of the latest submission", 62L * 20);
        expected.put("series submissions", 62L * CeilingDatabase.SEEDED_SUBMISSIONS + 1);
        expected.put("unit 01: submissions, latest is the new one", "101 true");
        expected.put("submission events in the outbox", 1L);
        expected.put("idempotency keys", 1L);
        assertThat(rows(GENERATOR_DB)).as("the generator's rows").isEqualTo(expected);
        assertThat(rows(PGBENCH_DB)).as("pgbench's rows").isEqualTo(expected);
    }

    /** What one submission leaves behind, counted. */
    private static Map<String, Object> rows(String db) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("submission", "select count(*) from submission");
        queries.put("submission values", "select count(*) from submission_value");
        queries.put("values superseding the seeded ones", "select count(*) from submission_value v join submission s"
                + " on s.id = v.superseded_submission_id and s.sequence_no = " + CeilingDatabase.SEEDED_SUBMISSIONS);
        queries.put("current values", "select count(*) from current_value");
        queries.put("current values of the latest submission", "select count(*) from current_value cv join submission_series ss"
                + " on ss.unit_code = cv.unit_code and ss.latest_submission_id = cv.submission_id");
        queries.put("series submissions", "select sum(submissions) from submission_series");
        queries.put("unit 01: submissions, latest is the new one", "select submissions || ' ' || (latest_submission_id = (select id"
                + " from submission where unit_code = '01' order by sequence_no desc limit 1)) from submission_series where unit_code = '01'");
        queries.put("submission events in the outbox", "select count(*) from outbox_event where topic = 'dti.submissions'");
        queries.put("idempotency keys", "select count(*) from idempotency_key");
        Map<String, Object> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url(db), "postgres", ""); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                try (ResultSet rs = s.executeQuery(q.getValue())) {
                    rs.next();
                    Object v = rs.getObject(1);
                    out.put(q.getKey(), v instanceof Number n ? (Object) n.longValue() : v);
                }
            }
        }
        return out;
    }
}
