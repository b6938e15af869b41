package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.indicator.Api.submitter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Racing submissions for one (unit, framework, period, indicator): none is lost. */
@QuarkusTest
class ConcurrentSubmissionTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyRacingSubmissionIsKeptAndTheLastOneWins() throws Exception {
        int n = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double value = 40 + i;
            Callable<Integer> call = () -> {
                start.await();
                return submitter("22").contentType(ContentType.JSON).body("""
                        {"unitCode": "22", "frameworkCode": "DTI-PROVINCE", "period": "2012",
                         "values": [{"indicatorCode": "OPS_TIMELY_RATE", "value": %s}]}""".formatted(value))
                        .post("/api/v1/submissions").statusCode();
            };
            statuses.add(pool.submit(call));
        }
        start.countDown();
        for (Future<Integer> f : statuses) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> assertChain(n));
    }

    void assertChain(int n) {
        List<Object[]> rows = query("""
                select cast(s.id as varchar), s.sequence_no, v.value, cast(v.superseded_submission_id as varchar)
                from submission s join submission_value v on v.submission_id = s.id
                where s.unit_code = '22' and s.period = '2012' order by s.sequence_no""");
        assertThat(rows).hasSize(n);
        // A single linear history: each submission supersedes exactly the one accepted before it.
        assertThat(rows.get(0)[3]).isNull();
        Set<Object> superseded = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i)[3]).isEqualTo(rows.get(i - 1)[0]);
            superseded.add(rows.get(i)[3]);
        }
        assertThat(superseded).hasSize(n - 1);
        Object[] last = rows.get(rows.size() - 1);
        Object current = query("""
                select value from current_value where unit_code = '22' and period = '2012' and indicator_code = 'OPS_TIMELY_RATE'""")
                .get(0)[0];
        assertThat(((Number) current).doubleValue()).isEqualTo(((Number) last[2]).doubleValue());
    }

    /** The rows of {@code sql}, on the caller's transaction's connection. */
    private List<Object[]> query(String sql) {
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<Object[]> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
