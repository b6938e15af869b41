package vn.dti.plumbing.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs a set-based {@code delete ... where <key> in (select <key> ... limit ?)} with a cutoff again
 * and again, one batch per transaction, until a batch deletes fewer rows than its size.
 */
public final class BatchedDelete {

    private BatchedDelete() {
    }

    /**
     * {@code sql} has two parameters: the cutoff (a timestamptz) and the batch size. Returns the
     * number of rows deleted.
     */
    public static long run(DataSource dataSource, String sql, OffsetDateTime cutoff, int batchSize) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection conn = dataSource.getConnection(); PreparedStatement ps = conn.prepareStatement(sql)) {
                    ps.setObject(1, cutoff);
                    ps.setInt(2, batchSize);
                    return ps.executeUpdate();
                }
            });
            total += deleted;
        } while (deleted >= batchSize);
        return total;
    }
}
