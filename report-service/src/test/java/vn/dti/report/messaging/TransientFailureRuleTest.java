package vn.dti.report.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransactionException;

/** Which failures are retried (the record stays) and which dead-letter a record (it moves on). */
class TransientFailureRuleTest {

    @Test
    void aDatabaseThatCannotBeReachedIsRetriedEvenWhenWrapped() {
        assertThat(EventConsumer.transientFailure(new QuarkusTransactionException(
                new IllegalStateException(new SQLException("connection refused", "08006"))))).isTrue();
    }

    @Test
    void dataTheDatabaseRefusesIsNotRetried() {
        assertThat(EventConsumer.transientFailure(new QuarkusTransactionException(
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(EventConsumer.transientFailure(new SQLException("numeric overflow", "22003"))).isFalse();
    }

    @Test
    void aFailedCommitWithoutADatabaseErrorIsRetriedEvenWhenWrapped() {
        assertThat(EventConsumer.transientFailure(new QuarkusTransactionException(
                new jakarta.transaction.RollbackException("timed out")))).isTrue();
    }

    @Test
    void aBugInOurOwnCodeIsNotRetriedForever() {
        assertThat(EventConsumer.transientFailure(new QuarkusTransactionException(
                new IllegalStateException("unexpected payload")))).isFalse();
        assertThat(EventConsumer.transientFailure(new NullPointerException())).isFalse();
    }
}
