package vn.dti.plumbing.messaging;

import java.sql.SQLException;

/** Tells a failure worth retrying (the database or the broker is away) from one that never heals. */
public final class TransientFailures {

    private TransientFailures() {
    }

    /**
     * Transient: the database could not be reached or asked us to retry (connection, resources,
     * serialisation). Not transient: the data itself is refused (SQLSTATE classes 22 and 23) or
     * the code failed on it.
     */
    public static boolean isTransient(Throwable e) {
        // The failure arrives wrapped (QuarkusTransactionException): judge by the whole cause chain.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                return state == null || !(state.startsWith("22") || state.startsWith("23"));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            // a transaction (commit, timeout) or pool failure with no database error underneath
            String name = t.getClass().getName();
            if (name.startsWith("jakarta.transaction") || name.startsWith("io.agroal")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, as "Type: message", for the log (never for an open endpoint). */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
