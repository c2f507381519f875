package org.kaname.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shared database on a PostgreSQL server (docs/shared-mode.md): one connection, autocommit off, READ COMMITTED,
 * migrated by Flyway with the same migrations as the H2 file plus the PostgreSQL-only ones. Every method is
 * synchronized on the connection, as in {@link Database}.
 * <p>
 * Nothing waits longer than 10 s: connecting and logging in give up after 5 s each, a read on the socket after 10 s,
 * and the server itself cancels a statement after 9 s or a lock wait after 5 s, so the socket timeout only fires when
 * the server or the network is gone. When the connection breaks, the call fails with a
 * {@link ConnectionLostException}: nothing of its transaction was committed (PostgreSQL rolls back a transaction whose
 * connection ends before its COMMIT), and the next call connects again, once. A connection that had broken before the
 * call (the server restarted meanwhile) is replaced at once and the transaction run on the new one. A break during the
 * COMMIT itself is settled by asking the server what became of the transaction ({@link ServerCommits}).
 * Opening an up-to-date database skips Flyway ({@link ServerSchema}).
 */
public final class ServerDatabase implements SqlDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    static final int LOGIN_TIMEOUT_SECONDS = 5;
    static final int SOCKET_TIMEOUT_SECONDS = 10;
    /** Server-side limits below the socket timeout, so a slow statement or a lock wait fails without a dead socket. */
    private static final String SERVER_OPTIONS = "-c statement_timeout=9000 -c lock_timeout=5000";
    /** A migration may run long on a big database; it still must not hang for ever. */
    private static final int MIGRATION_SOCKET_TIMEOUT_SECONDS = 600;
    static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:db/postgresql"};

    private final ServerAddress address;
    private final char[] password;
    private final String user;
    private Connection connection;
    private boolean closed;

    private ServerDatabase(ServerAddress address, char[] password, Connection connection, String user) {
        this.address = address;
        this.password = password;
        this.connection = connection;
        this.user = user;
    }

    /**
     * Connects to {@code address} with {@code password}, migrates the schema if it is older than this Kaname (which
     * only the database's owner may do) and refuses one that is newer. Within about 10 s either way.
     */
    public static ServerDatabase open(ServerAddress address, char[] password) throws StorageUnavailableException {
        char[] kept = password == null ? new char[0] : password.clone();
        Connection connection = connectOrExplain(address, kept);
        try {
            String user = sessionUser(connection);
            if (!ServerSchema.isCurrent(connection)) {
                migrate(address, kept, user);
            }
            return new ServerDatabase(address, kept, connection, user);
        } catch (StorageUnavailableException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unavailable(address, e);
        }
    }

    private static Connection connectOrExplain(ServerAddress address, char[] password)
            throws StorageUnavailableException {
        try {
            return connect(address, password);
        } catch (SQLException e) {
            throw unavailable(address, e);
        }
    }

    /** A new connection of ours: autocommit off, READ COMMITTED, with the timeouts above. */
    private static Connection connect(ServerAddress address, char[] password) throws SQLException {
        Connection c = new org.postgresql.Driver().connect(address.jdbcUrl(), properties(address, password));
        if (c == null) {
            throw new SQLException("the PostgreSQL driver does not accept " + address.jdbcUrl());
        }
        try {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static Properties properties(ServerAddress address, char[] password) {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        p.setProperty("password", new String(password));
        p.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
        p.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "Kaname");
        p.setProperty("options", SERVER_OPTIONS);
        return p;
    }

    /** Why the server cannot be used, as a reason the UI and the CLI can word for a person. */
    static StorageUnavailableException unavailable(ServerAddress address, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        StorageUnavailableException.Reason reason;
        String detail;
        if (state.equals("28P01") || state.equals("28000") || state.equals("08004")) {
            // 08004: the server wants a password and none was given.
            reason = StorageUnavailableException.Reason.SERVER_LOGIN_FAILED;
            detail = "the server refused the login " + address.user() + ": " + e.getMessage();
        } else if (state.startsWith("08") || state.equals("57P03") || causedByIo(e)) {
            reason = StorageUnavailableException.Reason.SERVER_UNREACHABLE;
            detail = "no answer from " + address.host() + ":" + address.port() + ": " + e.getMessage();
        } else if (state.equals("3D000")) {
            reason = StorageUnavailableException.Reason.INACCESSIBLE;
            detail = "the server has no database " + address.database();
        } else {
            reason = StorageUnavailableException.Reason.INACCESSIBLE;
            detail = e.getMessage();
        }
        LOG.warn("cannot use the shared database {}: {} (SQLState {})", address.display(), detail, state);
        return new StorageUnavailableException(reason, address.display(), detail, e);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String sessionUser(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT session_user")) {
            rs.next();
            String user = rs.getString(1);
            c.commit();
            return user;
        }
    }

    /**
     * Brings the schema up to this Kaname's, through Flyway on connections of its own. A schema with migrations this
     * Kaname does not have is refused before anything is migrated; never migrated down.
     */
    private static void migrate(ServerAddress address, char[] password, String user)
            throws StorageUnavailableException {
        Flyway flyway = Flyway.configure()
                .dataSource(migrationSource(address, password))
                .locations(MIGRATIONS)
                .load();
        try {
            MigrationInfoService info = flyway.info();
            for (MigrationInfo m : info.all()) {
                if (m.getState().name().startsWith("FUTURE")) {
                    throw new StorageUnavailableException(StorageUnavailableException.Reason.SERVER_NEWER_SCHEMA,
                            address.display(), "the server's schema version " + m.getVersion()
                            + " is newer than this Kaname", null);
                }
            }
            if (info.pending().length == 0) {
                return;
            }
            LOG.info("migrating the shared database {} as {} ({} migrations)", address.display(), user,
                    info.pending().length);
            flyway.migrate();
        } catch (FlywayException e) {
            SQLException sql = sqlCause(e);
            if (sql != null && "42501".equals(sql.getSQLState())) {
                throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE,
                        address.display(), "the schema of " + address.database() + " must be created or updated,"
                        + " and the login " + user + " may not do that: the database's owner must open it once"
                        + " with this Kaname", e);
            }
            if (sql != null) {
                throw unavailable(address, sql);
            }
            throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE,
                    address.display(), "migration failed: " + e.getMessage(), e);
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static javax.sql.DataSource migrationSource(ServerAddress address, char[] password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {address.host()});
        ds.setPortNumbers(new int[] {address.port()});
        ds.setDatabaseName(address.database());
        ds.setUser(address.user());
        ds.setPassword(new String(password));
        ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        ds.setSocketTimeout(MIGRATION_SOCKET_TIMEOUT_SECONDS);
        ds.setApplicationName("Kaname");
        return ds;
    }

    /**
     * A second connection to the same database, autocommit on, for {@code LISTEN}: notifications arrive on it while
     * the main connection is busy. The caller closes it. Its socket timeout is that of every connection (10 s), so
     * wait for notifications in shorter slices.
     */
    public Connection openListenerConnection() throws SQLException {
        Connection c = connect(address, password);
        c.setAutoCommit(true);
        return c;
    }

    @Override
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        return run(work, true);
    }

    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        return run(work, false);
    }

    /**
     * Runs {@code work} in one transaction. A connection found broken that was opened before this call (the server
     * restarted, a firewall dropped it while idle) is replaced and the work run once more on the new one: the server
     * rolled back whatever the broken one had begun, so nothing is done twice. {@code work} must therefore do nothing
     * but SQL on the connection it is given. See {@link ServerCommits} for a break during the commit itself.
     */
    private <T> T run(SqlWork<T> work, boolean write) {
        boolean reused = connection != null;
        try {
            return attempt(work, write);
        } catch (StaleConnection stale) {
            if (!reused) {
                throw stale.lost;
            }
            LOG.info("the connection to {} had broken; running the transaction on a new one",
                    address.display());
            try {
                return attempt(work, write);
            } catch (StaleConnection again) {
                throw again.lost;
            }
        }
    }

    /** The connection broke before the commit was sent: the server rolled the transaction back. */
    private static final class StaleConnection extends Exception {
        final ConnectionLostException lost;

        StaleConnection(ConnectionLostException lost) {
            super(lost.getMessage(), lost, false, false);
            this.lost = lost;
        }
    }

    private <T> T attempt(SqlWork<T> work, boolean write) throws StaleConnection {
        Connection c = usableConnection();
        long xid = 0;
        boolean committing = false;
        T result = null;
        try {
            result = work.run(c);
            if (write) {
                xid = ServerCommits.assignedXid(c);
            }
            committing = true;
            hook.beforeCommit(c);
            c.commit();
            hook.afterCommit(c);
            return result;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException || !isConnectionFailure(e)) {
                rollbackQuietly(c, e);
                throw translate(e);
            }
            ConnectionLostException lost = (ConnectionLostException) translate(e);
            if (!committing || xid == 0) {
                // Nothing of it was committed: a transaction whose connection ends before its COMMIT is rolled back.
                throw new StaleConnection(lost);
            }
            if (ServerCommits.committed(xid, this::usableConnection, lost)) {
                LOG.info("the connection to {} broke during a commit, which the server had made", address.display());
                return result;
            }
            throw lost;
        }
    }

    /**
     * Test seam (ServerFaultTest): runs just before a write transaction's COMMIT and just after it returned, to cut
     * the connection at those moments.
     */
    interface CommitHook {
        CommitHook NONE = new CommitHook() {
        };

        default void beforeCommit(Connection c) throws SQLException {
        }

        default void afterCommit(Connection c) throws SQLException {
        }
    }

    private volatile CommitHook hook = CommitHook.NONE;

    void commitHook(CommitHook hook) {
        this.hook = hook;
    }

    /** The open connection, or after a lost one a new one; one try per call. */
    private Connection usableConnection() {
        if (closed) {
            throw new IllegalStateException("the shared database " + address.display() + " is closed");
        }
        if (connection != null) {
            return connection;
        }
        try {
            connection = connect(address, password);
            LOG.info("reconnected to the shared database {}", address.display());
            return connection;
        } catch (SQLException e) {
            throw new ConnectionLostException(address.display(), "cannot reach the database server "
                    + address.host() + ":" + address.port() + ": " + e.getMessage(), e);
        }
    }

    private StoreException translate(Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (isConnectionFailure(e)) {
            LOG.warn("lost the connection to the shared database {}", address.display(), e);
            closeQuietly(connection);
            connection = null;
            return new ConnectionLostException(address.display(), "the connection to the database server "
                    + address.host() + ":" + address.port() + " was lost: " + e.getMessage(), e);
        }
        if (ServerBusyException.isTimeout(e)) {
            LOG.warn("the shared database {} did not answer in time", address.display(), e);
            return new ServerBusyException(address.display(), "the database server " + address.host() + ":"
                    + address.port() + " did not finish in time: " + e.getMessage(), e);
        }
        // 42501: the login's role in the plan does not allow it (db/postgresql/V6_1__shared_roles.sql).
        java.util.Optional<AccessDeniedException> denied = AccessDeniedException.from(e);
        if (denied.isPresent()) {
            return denied.get();
        }
        return new StoreException("database error: " + e.getMessage(), e);
    }

    /**
     * SQLState class 08 (connection exception), the server ending the session (57P01 shut down by its administrator,
     * 57P02 crashed, 57P03 starting up or shutting down, 57P05 idle too long; 25P03 idle too long inside a
     * transaction), or an I/O failure underneath. A fast shutdown, the usual way a server is stopped, says 57P01.
     */
    static boolean isConnectionFailure(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IOException || c instanceof SQLException sql && endsSession(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSession(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("25P03"));
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public DatabaseLocation location() {
        return new DatabaseLocation.Server(address);
    }

    public ServerAddress address() {
        return address;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            closeQuietly(connection);
            connection = null;
        }
        Arrays.fill(password, '\0');
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection to the shared database failed", e);
        }
    }
}
