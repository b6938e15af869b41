package vn.dti.plumbing.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransactionException;

/** Which failures are retried (the record stays) and which dead-letter a record (it moves on). */
class TransientFailureRuleTest {

    @Test
    void aDatabaseThatCannotBeReachedIsRetriedEvenWhenWrapped() {
        assertThat(TransientFailures.isTransient(new QuarkusTransactionException(
                new IllegalStateException(new SQLException("connection refused", "08006"))))).isTrue();
    }

    @Test
    void dataTheDatabaseRefusesIsNotRetried() {
        assertThat(TransientFailures.isTransient(new QuarkusTransactionException(
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("numeric overflow", "22003"))).isFalse();
    }

    @Test
    void aFailedCommitWithoutADatabaseErrorIsRetriedEvenWhenWrapped() {
        assertThat(TransientFailures.isTransient(new QuarkusTransactionException(
                new jakarta.transaction.RollbackException("timed out")))).isTrue();
    }

    @Test
    void aBugInOurOwnCodeIsNotRetriedForever() {
        assertThat(TransientFailures.isTransient(new QuarkusTransactionException(
                new IllegalStateException("unexpected payload")))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }
}
