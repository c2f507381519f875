package org.kaname.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in one data directory, migrated by Flyway. One connection for the whole process: H2
 * embedded mode locks the file, so a second Kaname on the same directory is refused cleanly instead of corrupting it.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "kaname";

    private final Path directory;
    private final Connection connection;

    private Database(Path directory, Connection connection) {
        this.directory = directory;
        this.connection = connection;
    }

    /** Opens (creating if needed) and migrates the database in {@code directory}. */
    public static Database open(Path directory) throws StorageUnavailableException {
        try {
            Files.createDirectories(directory);
        } catch (IOException | SecurityException e) {
            throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE, directory.toString(),
                    e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath() + ";FILE_LOCK=FILE";
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, "kaname", "");
        } catch (SQLException e) {
            throw translateOpenFailure(directory, e);
        }
        try {
            migrate(directory, url, connection);
            connection.setAutoCommit(false);
            return new Database(directory, connection);
        } catch (StorageUnavailableException | RuntimeException | SQLException e) {
            closeQuietly(connection);
            if (e instanceof StorageUnavailableException sue) {
                throw sue;
            }
            throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE, directory.toString(),
                    e.getMessage(), e);
        }
    }

    /**
     * The newest migration this version ships ({@code V<n>__*.sql}); {@code DatabaseTest} checks it against the
     * migration files, so it cannot drift.
     */
    static final int SCHEMA_VERSION = 2;

    private static void migrate(Path directory, String url, Connection connection)
            throws StorageUnavailableException, SQLException {
        OptionalInt applied = appliedVersion(connection);
        if (applied.isPresent() && applied.getAsInt() > SCHEMA_VERSION) {
            throw new StorageUnavailableException(StorageUnavailableException.Reason.NEWER_SCHEMA,
                    directory.toString(), "schema version " + applied.getAsInt() + " is newer than this Kaname", null);
        }
        if (applied.isPresent() && applied.getAsInt() == SCHEMA_VERSION) {
            // Up to date: skip Flyway, whose class-path scan costs most of a command's start-up (docs/benchmarks.md).
            return;
        }
        // Our connection is already open, so it holds the file lock; Flyway's own connections join the same
        // in-process database.
        Flyway flyway = Flyway.configure()
                .dataSource(url, "kaname", "")
                .locations("classpath:db/migration")
                .load();
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState().name().startsWith("FUTURE")) {
                throw new StorageUnavailableException(StorageUnavailableException.Reason.NEWER_SCHEMA,
                        directory.toString(), "schema version " + info.getVersion() + " is newer than this Kaname", null);
            }
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new SQLException("migration failed: " + e.getMessage(), e);
        }
    }

    /** The highest successfully applied migration, or empty for a new database. */
    private static OptionalInt appliedVersion(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) {
                return OptionalInt.empty();
            }
        }
        int max = -1;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                try {
                    max = Math.max(max, Integer.parseInt(rs.getString(1).trim()));
                } catch (NumberFormatException e) {
                    // Not one of ours (we number migrations 1, 2, 3…): let Flyway judge it.
                    return OptionalInt.empty();
                }
            }
        }
        return max < 0 ? OptionalInt.empty() : OptionalInt.of(max);
    }

    private static StorageUnavailableException translateOpenFailure(Path directory, SQLException e) {
        boolean locked = e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                || String.valueOf(e.getMessage()).contains("already in use")
                || String.valueOf(e.getMessage()).contains("locked");
        LOG.warn("cannot open database in {}", directory, e);
        return new StorageUnavailableException(
                locked ? StorageUnavailableException.Reason.LOCKED : StorageUnavailableException.Reason.INACCESSIBLE,
                directory.toString(), e.getMessage(), e);
    }

    public Path directory() {
        return directory;
    }

    /** Runs {@code work} as one transaction: committed whole, or rolled back whole on any failure. */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing the database failed", e);
        }
    }
}
