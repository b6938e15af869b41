package vn.dti.plumbing.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class UnavailableTest {

    @Test
    void aDatabaseThatCannotBeReachedIsADependencyDown() {
        assertThat(Unavailable.isDependencyDown(new IllegalStateException("wrapped",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(Unavailable.isDependencyDown(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(Unavailable.isDependencyDown(new SQLException("too many clients", "53300"))).isTrue();
        assertThat(Unavailable.isDependencyDown(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(Unavailable.isDependencyDown(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(Unavailable.isDependencyDown(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
    }

    @Test
    void aStatementTheDatabaseRefusesOrABugIsNot() {
        assertThat(Unavailable.isDependencyDown(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Unavailable.isDependencyDown(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(Unavailable.isDependencyDown(new SQLException("no state"))).isFalse();
        assertThat(Unavailable.isDependencyDown(new NullPointerException())).isFalse();
    }

    @Test
    void theProblemSaysWhenToRetry() {
        Problem p = Unavailable.problem(5);
        assertThat(p.status()).isEqualTo(503);
        assertThat(p.type()).endsWith("/service-unavailable");
        assertThat(p.detail()).contains("Retry after 5 seconds").contains("nothing was stored");
    }
}
