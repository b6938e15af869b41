package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dti.indicator.Api.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue #9, concurrency: 20 parallel admin CSV posts that hold several series, half of them with the
 * rows in the opposite order, must all be accepted (no PostgreSQL deadlock answered as 500).
 */
@QuarkusTest
class DeadlockTest {

    @Inject
    Db db;

    @Test
    void twentyParallelCsvPostsOfTwoUnitsInOppositeOrdersAreAllAccepted() throws Exception {
        String a = "48,DTI-PROVINCE,2023,OPS_TIMELY_RATE,%s\n48,DTI-PROVINCE,2023,ECOMMERCE_RETAIL_SHARE,%s\n";
        String b = "01,DTI-PROVINCE,2023,OPS_TIMELY_RATE,%s\n01,DTI-PROVINCE,2023,ECOMMERCE_RETAIL_SHARE,%s\n";
        race(a, b, "unit_code in ('48', '01') and period = '2023'");
    }

    @Test
    void twentyParallelCsvPostsOfOneUnitAndTwoPeriodsInOppositeOrdersAreAllAccepted() throws Exception {
        String a = "48,DTI-PROVINCE,2008,OPS_TIMELY_RATE,%s\n48,DTI-PROVINCE,2008,ECOMMERCE_RETAIL_SHARE,%s\n";
        String b = "48,DTI-PROVINCE,2009,OPS_TIMELY_RATE,%s\n48,DTI-PROVINCE,2009,ECOMMERCE_RETAIL_SHARE,%s\n";
        race(a, b, "unit_code = '48' and period in ('2008', '2009')");
    }

    private void race(String first, String second, String where) throws Exception {
        int n = 20;
        long before = db.count("submission", where);
        long outboxBefore = db.count("outbox_event");
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = 40 + i;
            String rows = i % 2 == 0
                    ? first.formatted(x, x / 10) + second.formatted(x, x / 10)
                    : second.formatted(x, x / 10) + first.formatted(x, x / 10);
            String csv = "unit_code,framework_code,period,indicator_code,value,note\n" + rows;
            statuses.add(pool.submit(() -> {
                start.await();
                return as("admin").contentType("text/csv").body(csv).post("/api/v1/submissions").statusCode();
            }));
        }
        start.countDown();
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).as("every parallel CSV post is accepted").containsOnly(201);
        assertThat(db.count("submission", where)).isEqualTo(before + 2L * n);
        assertThat(db.count("outbox_event")).isEqualTo(outboxBefore + 2L * n);
    }
}
