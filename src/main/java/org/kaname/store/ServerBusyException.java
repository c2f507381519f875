package org.kaname.store;

/**
 * The database server did not finish a statement in time (its statement or lock timeout, set below the 10 s the app
 * may wait): the transaction was rolled back whole, nothing of it was written, and the connection stays usable. It
 * happens when the server is overloaded or another session holds the plan for long.
 */
public final class ServerBusyException extends StoreException {
    private final String server;

    public ServerBusyException(String server, String message, Throwable cause) {
        super(message, cause);
        this.server = server;
    }

    /** The server, as {@link ServerAddress#display()}. */
    public String server() {
        return server;
    }

    /** SQLState 57014 (query_canceled: statement_timeout) or 55P03 (lock_not_available: lock_timeout). */
    static boolean isTimeout(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql
                    && ("57014".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
