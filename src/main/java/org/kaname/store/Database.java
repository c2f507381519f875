package org.kaname.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in one data directory, migrated by Flyway, opened so that "saved" means on disk
 * (docs/decisions/0006-durable-commits.md):
 * <ul>
 *   <li>one Kaname per directory, by an OS lock the OS drops when a process dies ({@link DirectoryLock});</li>
 *   <li>the file is first opened read-only and checked ({@link DatabaseInspection}, {@link DatabaseSeal}); a damaged
 *       or truncated file is refused before a single byte is written to it;</li>
 *   <li>every write transaction raises the generation, commits, and is synced to disk before it returns; H2's write
 *       delay and its compaction on close are off, so there is nothing left to lose when the process is killed;</li>
 *   <li>backups: before a migration, at start and every few minutes of editing ({@link Backups}).</li>
 * </ul>
 * One connection for the whole process; every method is synchronized on it. The shared counterpart on a server is
 * {@link ServerDatabase}; the stores work on either through {@link SqlDatabase}.
 */
public final class Database implements SqlDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * H2 settings for durability (docs/decisions/0006-durable-commits.md). WRITE_DELAY=0 writes each commit at once
     * instead of half a second later. REUSE_SPACE=FALSE appends every commit at the end of the file: H2 finds the
     * newest commit after a crash by the file's tail, while a commit written into reused space in the middle of the
     * file was found only through a pointer H2 updates one commit late, so a kill right after it lost it (measured).
     * The file then only grows; {@link Compaction} rewrites it at start while no one has it open. MAX_COMPACT_TIME=0
     * stops H2 moving chunks while it closes. The OS lock of {@link DirectoryLock} replaces H2's lock file, which
     * outlives a killed process; our own close runs, not H2's shutdown hook.
     */
    private static final String SETTINGS = ";FILE_LOCK=NO;WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0"
            + ";DB_CLOSE_ON_EXIT=FALSE";

    /**
     * The newest migration this version ships ({@code V<n>__*.sql}); {@code DatabaseTest} checks it against the
     * migration files, so it cannot drift.
     */
    static final int SCHEMA_VERSION = 6;

    private final DataFiles files;
    private final DirectoryLock lock;
    private final Connection connection;
    private final Backups backups;
    private String databaseId;
    private long generation;
    private Instant lastBackup;
    private StorageFailureException failure;

    private Database(DataFiles files, DirectoryLock lock, Connection connection, Backups backups, Instant lastBackup) {
        this.files = files;
        this.lock = lock;
        this.connection = connection;
        this.backups = backups;
        this.lastBackup = lastBackup;
    }

    /** Opens (creating if needed) and migrates the database in {@code directory}, with the command line's backups. */
    public static Database open(Path directory) throws StorageUnavailableException {
        return open(directory, BackupPolicy.COMMAND_LINE, Clock.systemUTC());
    }

    public static Database open(Path directory, BackupPolicy policy, Clock clock) throws StorageUnavailableException {
        return open(directory, policy, clock, Passphrase.NONE);
    }

    /**
     * As {@link #open(Path, BackupPolicy, Clock)}, for a folder that may be encrypted: {@code passphrase} is asked
     * only when the folder is encrypted, or for a new folder, whether to create it encrypted ({@link Encryption}).
     */
    public static Database open(Path directory, BackupPolicy policy, Clock clock, Passphrase passphrase)
            throws StorageUnavailableException {
        DataFiles files = new DataFiles(directory);
        try {
            OwnerOnly.createFolder(files.directory());
        } catch (IOException | SecurityException e) {
            throw StorageUnavailableException.inaccessible(files.directory(), e);
        }
        OwnerOnly.secure(files);
        DirectoryLock lock = DirectoryLock.acquire(files);
        try {
            if (Files.exists(files.database()) && !Files.isWritable(files.database())) {
                // H2 would open it read-only without a word and fail at the first write with its own SQL text.
                throw new StorageUnavailableException(StorageUnavailableException.Reason.READ_ONLY,
                        files.directory().toString(), files.database() + " is read-only", null);
            }
            Backups plain = new Backups(files, policy, clock);
            plain.removeStaleTemporaries();
            DatabaseKey key = Encryption.forOpening(files, passphrase);
            Backups backups = new Backups(files, policy, clock, key);
            Optional<DatabaseInspection> found = inspect(files, DatabaseSeal.read(files.seal()), key);
            if (found.isPresent() && found.get().isKaname()) {
                // Compacting first keeps the start-up backup small; a migration is backed up before anything.
                if (found.get().schemaVersion() == SCHEMA_VERSION) {
                    Compaction.compactIfWorthIt(files, found.get().generation(), key);
                }
                backUpBeforeOpening(backups, found.get());
            }
            Instant lastBackup = backups.newest().map(BackupFile::created).orElse(clock.instant());
            String url = "jdbc:h2:file:" + files.databaseUrlPath() + SETTINGS + key.urlSettings();
            Connection connection = connect(files, url, key);
            OwnerOnly.file(files.database());
            try {
                keepUncommittedWorkInMemory(connection);
                migrate(files, url, key, connection);
                connection.setAutoCommit(false);
                Database db = new Database(files, lock, connection, backups, lastBackup);
                db.loadOrCreateIntegrity();
                return db;
            } catch (StorageUnavailableException | SQLException | RuntimeException e) {
                closeQuietly(connection);
                if (e instanceof StorageUnavailableException sue) {
                    throw sue;
                }
                throw StorageUnavailableException.inaccessible(files.directory(), e);
            }
        } catch (StorageUnavailableException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Judges the file before anything opens it for writing. Empty when there is no database yet (or a file H2 left
     * empty before its first commit).
     */
    private static Optional<DatabaseInspection> inspect(DataFiles files, Optional<DatabaseSeal> seal,
                                                        DatabaseKey key) throws StorageUnavailableException {
        Path file = files.database();
        if (!Files.exists(file)) {
            seal.ifPresent(s -> LOG.warn("{} is missing although {} records {} commits; starting a new database",
                    file, files.seal(), s.generation()));
            return Optional.empty();
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw StorageUnavailableException.inaccessible(files.directory(), e);
        }
        if (size == 0 && seal.isEmpty()) {
            return Optional.empty();
        }
        if (size == 0) {
            throw StorageUnavailableException.damaged(file, "the database file is empty", null);
        }
        DatabaseInspection found;
        try {
            found = DatabaseInspection.of(file, key);
        } catch (DatabaseInspection.Unreadable e) {
            LOG.error("database file {} cannot be read", file, e);
            throw StorageUnavailableException.damaged(file, "the file cannot be opened as a database", e);
        }
        if (!found.isKaname()) {
            if (seal.isPresent()) {
                throw StorageUnavailableException.damaged(file, "the database file holds no Kaname data although "
                        + seal.get().generation() + " commits were saved in it", null);
            }
            if (found.hasTables()) {
                throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE,
                        files.directory().toString(), file + " is not a Kaname database", null);
            }
            return Optional.empty();
        }
        if (found.schemaVersion() > SCHEMA_VERSION) {
            throw new StorageUnavailableException(StorageUnavailableException.Reason.NEWER_SCHEMA,
                    files.directory().toString(), "schema version " + found.schemaVersion()
                    + " is newer than this Kaname", null);
        }
        if (seal.isPresent() && seal.get().databaseId().equals(found.databaseId())
                && found.generation() < seal.get().generation()) {
            throw StorageUnavailableException.damaged(file, "the database file is older than its last saved state"
                    + " (commit " + found.generation() + " of " + seal.get().generation()
                    + "): it was cut short or replaced", null);
        }
        if (seal.isPresent() && !seal.get().databaseId().equals(found.databaseId())) {
            LOG.info("{} holds another database than the seal records; taking it as it is", file);
        }
        return Optional.of(found);
    }

    private static void backUpBeforeOpening(Backups backups, DatabaseInspection found)
            throws StorageUnavailableException {
        long generation = found.generation();
        if (found.schemaVersion() < SCHEMA_VERSION) {
            try {
                backups.fromClosedFile(generation, BackupReason.BEFORE_MIGRATION);
            } catch (IOException e) {
                // Without a way back, the migration does not run.
                throw new StorageUnavailableException(StorageUnavailableException.Reason.INACCESSIBLE,
                        backups.list().isEmpty() ? "backups" : backups.list().get(0).path().getParent().toString(),
                        "cannot back up the database before migrating it: " + e.getMessage(), e);
            }
        } else if (backups.policy().dueAtStart(backups.newest(), found.generation(), backups.now())) {
            try {
                backups.fromClosedFile(generation, BackupReason.START);
            } catch (IOException e) {
                LOG.warn("the start-up backup failed; continuing without it", e);
            }
        }
    }

    /**
     * H2 writes a transaction's uncommitted rows to the file once they pass a memory threshold, and after a kill it
     * must roll them back on the next open; our crash tests caught that rollback leaving a table whose index names rows
     * its data no longer has ("Row not found in primary index", the failure issue 11 reported). With the threshold
     * out of reach only committed work is ever written, so there is nothing to roll back. H2 offers no setting for it
     * through JDBC, hence reflection on the open store; if that is refused, H2's default stays and this is logged.
     */
    private static void keepUncommittedWorkInMemory(Connection connection) {
        try {
            org.h2.engine.SessionLocal session = (org.h2.engine.SessionLocal) connection
                    .unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            org.h2.mvstore.MVStore store = session.getDatabase().getStore().getMvStore();
            java.lang.reflect.Field limit = org.h2.mvstore.MVStore.class.getDeclaredField("autoCommitMemory");
            limit.setAccessible(true);
            limit.setInt(store, Integer.MAX_VALUE / 4);
        } catch (ReflectiveOperationException | SQLException | RuntimeException e) {
            LOG.warn("cannot keep uncommitted work in memory; H2 may write it before the commit", e);
        }
    }

    private static Connection connect(DataFiles files, String url, DatabaseKey key)
            throws StorageUnavailableException {
        try {
            return DriverManager.getConnection(url, "kaname", key.password());
        } catch (SQLException e) {
            LOG.warn("cannot open database in {}", files.directory(), e);
            throw StorageUnavailableException.inaccessible(files.directory(), e);
        }
    }

    private static void migrate(DataFiles files, String url, DatabaseKey key, Connection connection)
            throws StorageUnavailableException, SQLException {
        OptionalInt applied = appliedVersion(connection);
        if (applied.isPresent() && applied.getAsInt() == SCHEMA_VERSION) {
            // Up to date: skip Flyway, whose class-path scan costs most of a command's start-up (docs/benchmarks.md).
            return;
        }
        // Our connection is already open, so Flyway's own connections join the same in-process database.
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource(url, key))
                .locations("classpath:db/migration")
                .load();
        for (MigrationInfo info : flyway.info().all()) {
            if (info.getState().name().startsWith("FUTURE")) {
                throw new StorageUnavailableException(StorageUnavailableException.Reason.NEWER_SCHEMA,
                        files.directory().toString(), "schema version " + info.getVersion()
                        + " is newer than this Kaname", null);
            }
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new SQLException("migration failed: " + e.getMessage(), e);
        }
    }

    /**
     * H2's own data source for Flyway: Flyway's URL-and-password form trims the password, which for an encrypted file
     * ends in the space that separates H2's file password from the (empty) user password.
     */
    private static javax.sql.DataSource dataSource(String url, DatabaseKey key) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("kaname");
        ds.setPassword(key.password());
        return ds;
    }

    /** The highest successfully applied migration, or empty for a new database. */
    static OptionalInt appliedVersion(Connection connection) throws SQLException {
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

    /** Reads the database's id and generation; a new or just-migrated database gets its id here, in one commit. */
    private synchronized void loadOrCreateIntegrity() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT database_id, generation FROM store_integrity WHERE id = 1")) {
            if (rs.next()) {
                databaseId = rs.getString(1);
                generation = rs.getLong(2);
            }
        }
        connection.commit();
        if (databaseId == null) {
            String id = UUID.randomUUID().toString();
            inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO store_integrity (id, database_id, generation) VALUES (1, ?, 0)")) {
                    ps.setString(1, id);
                    return ps.executeUpdate();
                }
            });
            databaseId = id;
        } else {
            writeSeal();
        }
    }

    public Path directory() {
        return files.directory();
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    public DatabaseLocation location() {
        return new DatabaseLocation.Local(files.directory());
    }

    /** The file has no logins; the journal records the display name or the OS user instead. */
    @Override
    public String user() {
        return "";
    }

    public DataFiles files() {
        return files;
    }

    /** The generation of the newest commit (raised by every write transaction). */
    public synchronized long generation() {
        return generation;
    }

    /**
     * Runs {@code work} as one write transaction: committed whole and synced to disk before this returns, or rolled
     * back whole. A failure of the disk is a {@link StorageFailureException}; after one, this database refuses further
     * work (H2 may have closed the file) until Kaname is restarted.
     */
    @Override
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        checkUsable();
        T result;
        long next;
        try {
            result = work.run(connection);
            next = raiseGeneration();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw translate(e);
        }
        try {
            connection.commit();
            try (Statement st = connection.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            failure = new StorageFailureException("the database could not be written: " + e.getMessage(), e);
            LOG.error("commit failed; nothing was reported as saved", e);
            throw failure;
        }
        generation = next;
        writeSeal();
        backUpWhileEditing();
        return result;
    }

    /** Runs {@code work} as a read: nothing is written, nothing is synced. */
    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        checkUsable();
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw translate(e);
        }
    }

    private long raiseGeneration() throws SQLException {
        if (databaseId == null) {
            return 0;
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE store_integrity SET generation = generation + 1 WHERE id = 1");
        }
        return generation + 1;
    }

    private void writeSeal() {
        try {
            new DatabaseSeal(databaseId, generation).write(files.seal());
        } catch (IOException e) {
            // The commit is on disk; a stale seal only weakens the truncation check.
            LOG.warn("cannot update {}", files.seal(), e);
        }
    }

    private void backUpWhileEditing() {
        Instant now = backups.now();
        if (!backups.policy().dueWhileEditing(Optional.of(lastBackup), now)) {
            return;
        }
        lastBackup = now;
        try {
            backups.fromOpenDatabase(connection, generation, BackupReason.PERIODIC,
                    backups.defaultTarget(generation, BackupReason.PERIODIC));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the periodic backup failed; the next one is tried after the next interval", e);
        }
    }

    /**
     * Writes a verified backup of the database as it is now, to {@code target} or, when null, into the backups
     * folder (kept among the newest manual backups).
     */
    public synchronized BackupFile backUp(Path target) throws IOException {
        checkUsable();
        Path to = target != null ? target.toAbsolutePath() : backups.defaultTarget(generation, BackupReason.MANUAL);
        BackupFile made = backups.fromOpenDatabase(connection, generation, BackupReason.MANUAL, to);
        lastBackup = backups.now();
        return made;
    }

    public Backups backups() {
        return backups;
    }

    private void checkUsable() {
        if (failure != null) {
            throw new StorageFailureException("an earlier write failed; restart Kaname: " + failure.getMessage(),
                    failure);
        }
    }

    private StoreException translate(Exception e) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (StorageErrors.isStorageFailure(e)) {
            LOG.error("storage failure", e);
            return new StorageFailureException("the database could not be read or written: " + e.getMessage(), e);
        }
        return new StoreException("database error: " + e.getMessage(), e);
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Closes the database. With space reuse off, H2's last commit on close is appended like any other and nothing is
     * moved, so a kill while closing leaves the synced state intact (the crash tests kill at exactly this moment).
     */
    @Override
    public synchronized void close() {
        try {
            closeQuietly(connection);
        } finally {
            lock.close();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing the database failed", e);
        }
    }
}
