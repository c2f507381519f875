package org.kaname.store;

/**
 * A database the stores work through, whichever it is ({@link Database}, the H2 file; {@link ServerDatabase}, a
 * PostgreSQL server). One connection, used by one thread at a time; each call is one transaction.
 */
public interface SqlDatabase extends AutoCloseable {
    /** Runs {@code work} as one write transaction: committed whole before this returns, or rolled back whole. */
    <T> T inTransaction(SqlWork<T> work);

    /** Runs {@code work} as a read: nothing is written. */
    <T> T read(SqlWork<T> work);

    Dialect dialect();

    DatabaseLocation location();

    /** The login the server knows this connection by ({@code session_user}); {@code ""} for the local H2 file. */
    String user();

    @Override
    void close();
}
