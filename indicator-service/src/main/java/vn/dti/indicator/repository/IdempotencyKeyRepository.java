package vn.dti.indicator.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.dti.plumbing.retention.BatchedDelete;

/** The answers stored under an Idempotency-Key, one per (caller, key). */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** What was answered the first time, and the hash of the request that got that answer. */
    public record StoredAnswer(String requestHash, int status, String body, String location) {
    }

    @Inject
    Jdbc jdbc;

    @Inject
    DataSource dataSource;

    /** Deletes the keys stored before {@code cutoff}, {@code batchSize} rows per transaction; returns how many. */
    public long deleteStoredBefore(OffsetDateTime cutoff, int batchSize) {
        return BatchedDelete.run(dataSource, """
                delete from idempotency_key where (caller, idem_key) in (
                    select caller, idem_key from idempotency_key where created_at < ? order by created_at limit ?)""",
                cutoff, batchSize);
    }

    public Optional<StoredAnswer> find(String caller, String key) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    select request_hash, response_status, cast(response_body as varchar), location
                    from idempotency_key where caller = ? and idem_key = ?""")) {
                Jdbc.bind(ps, List.of(caller, key));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * Stores the answer unless the key is already taken; false when a concurrent request committed
     * the same key first (the unique key decides the race, the loser inserts nothing).
     */
    public boolean insertIfAbsent(String caller, String key, String requestHash, int status, String body, String location) {
        return jdbc.work(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("""
                    insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, location)
                    values (?, ?, ?, ?, cast(? as jsonb), ?) on conflict do nothing""")) {
                ps.setString(1, caller);
                ps.setString(2, key);
                ps.setString(3, requestHash);
                ps.setInt(4, status);
                ps.setString(5, body);
                ps.setString(6, location);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
