package vn.dti.plumbing.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A request failed because a dependency is away (the database unreachable, restarting or out of
 * connections), not because of a bug: the answer is 503 with {@code Retry-After}
 * ({@code dti.problem.retry-after}, seconds, 5 by default), never 500. Nothing was stored: the
 * transaction did not commit.
 */
public final class Unavailable {

    private Unavailable() {
    }

    /**
     * True when the cause chain shows the database could not be reached or served the request:
     * SQLSTATE classes 08 (connection), 53 (insufficient resources, e.g. too many connections),
     * 57P01..57P03 (shutting down, cannot connect now), a pool acquisition timeout, or a refused
     * connection. A refused statement (syntax, constraint, data) is not: that stays a 4xx or a bug.
     */
    public static boolean isDependencyDown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P0"))) {
                    return true;
                }
                String message = sql.getMessage();
                if (state == null && message != null && message.toLowerCase().contains("acquisition timeout")) {
                    return true; // Agroal: no connection could be had in time (database away or pool exhausted)
                }
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** Seconds a client should wait before retrying. */
    public static int retryAfterSeconds() {
        return ConfigProvider.getConfig().getOptionalValue("dti.problem.retry-after", Integer.class).orElse(5);
    }

    public static Problem problem(int retryAfter) {
        return Problem.of(503, "service-unavailable", "Service unavailable",
                "A service this request needs (the database) is unreachable at the moment; nothing was stored. "
                        + "Retry after " + retryAfter + " seconds.");
    }

    /** The answer when the service already has {@code limit} requests in progress ({@link InFlightLimit}). */
    public static Problem overloaded(int limit, int retryAfter) {
        return Problem.of(503, "service-unavailable", "Service unavailable",
                "The service is at its limit of " + limit + " requests in progress; nothing was stored. "
                        + "Retry after " + retryAfter + " seconds.");
    }
}
