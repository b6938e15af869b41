package vn.dti.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.dti.indicator.Api.submission;
import static vn.dti.indicator.Api.submitter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.dti.indicator.service.IdempotencyKeyRetention;

/**
 * The Idempotency-Key retention's purge, called directly (the scheduler is off in tests): keys stored
 * before the cutoff go, in batches of dti.retention.batch-size, newer ones stay and still replay, and a
 * purged key is free again: the same key with the same body is a new submission, not a replay.
 */
@QuarkusTest
class IdempotencyKeyRetentionTest {

    private static final OffsetDateTime CUTOFF = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime OLD = CUTOFF.minusMonths(6);
    private static final OffsetDateTime NEWER = CUTOFF.plusMonths(6);

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyKeyRetention retention;

    @Test
    void keysStoredBeforeTheCutoffAreDeletedAndTheKeyIsFreeAgain() throws Exception {
        String body = submission("22", "2021", 64, 4);
        Response first = post("retention-purged", body);
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        post("retention-kept", submission("22", "2021", 65, 4)).then().statusCode(201);
        long othersBefore = count("select count(*) from idempotency_key where idem_key not like 'retention-%'");
        try {
            execute("update idempotency_key set created_at = ? where idem_key = 'retention-purged'", OLD);
            execute("update idempotency_key set created_at = ? where idem_key = 'retention-kept'", NEWER);
            for (int i = 0; i < 11; i++) { // with the one above, 12: more than one batch (dti.retention.batch-size)
                execute("""
                        insert into idempotency_key (caller, idem_key, request_hash, response_status, response_body, created_at)
                        values ('retention-test', ?, 'hash', 201, cast('{}' as jsonb), ?)""", "retention-old-" + i, OLD);
            }

            assertThat(retention.purge(CUTOFF)).isEqualTo(12);

            assertThat(count("select count(*) from idempotency_key where idem_key like 'retention-old-%' or idem_key = 'retention-purged'"))
                    .isZero();
            assertThat(count("select count(*) from idempotency_key where idem_key not like 'retention-%'"))
                    .as("keys stored after the cutoff untouched").isGreaterThanOrEqualTo(othersBefore);
            assertThat(retention.purge(CUTOFF)).as("a second run finds nothing").isZero();

            // a kept key still replays its answer
            post("retention-kept", submission("22", "2021", 65, 4)).then().statusCode(201).header("Idempotent-Replayed", "true");
            // a purged key is free again: the same body is stored as a new submission
            post("retention-purged", body).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                    .header("Location", not(first.header("Location")));
        } finally {
            execute("delete from idempotency_key where idem_key like 'retention-%'");
        }
    }

    private static Response post(String key, String body) {
        return submitter("22").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/api/v1/submissions");
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql, Object... args) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
