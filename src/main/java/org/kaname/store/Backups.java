package org.kaname.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rotating backups in {@code backups/}: zip files holding one {@code kaname.mv.db}. Every backup is written to a
 * temporary file, synced, read back in full (which checks the zip's CRC), opened as a database and checked to hold
 * the expected generation, and only then renamed into place; a backup that fails any step is deleted and reported.
 */
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    static final String ENTRY = DataFiles.DATABASE_NAME + ".mv.db";
    private static final String TEMP_SUFFIX = ".tmp";

    private final DataFiles files;
    private final BackupPolicy policy;
    private final Clock clock;

    Backups(DataFiles files, BackupPolicy policy, Clock clock) {
        this.files = files;
        this.policy = policy;
        this.clock = clock;
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() {
        return list(files.backups());
    }

    /** The backups of a data directory, newest first, without opening its database (which may be damaged). */
    public static List<BackupFile> of(Path dataDirectory) {
        return list(new DataFiles(dataDirectory).backups());
    }

    static List<BackupFile> list(Path folder) {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path p : entries) {
                BackupFile.parse(p, Files.size(p)).ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("cannot list backups in {}", folder, e);
        }
        found.sort(Comparator.comparing(BackupFile::created).thenComparingLong(BackupFile::generation).reversed());
        return found;
    }

    Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    BackupPolicy policy() {
        return policy;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Backs up the database file while no one has it open (at start, before a migration). {@code generation} is
     * negative for a database older than schema 3, which has none (named g0 then).
     */
    BackupFile fromClosedFile(long generation, BackupReason reason) throws IOException {
        Path target = files.backups().resolve(BackupFile.nameFor(now(), Math.max(0, generation), reason));
        writeVerified(target, generation, temp -> {
            try (OutputStream out = Files.newOutputStream(temp);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(files.database(), zip);
                zip.closeEntry();
            }
        });
        prune(reason);
        return BackupFile.parse(target, Files.size(target)).orElseThrow();
    }

    /** Backs up the open database through H2's own consistent copy; the caller holds the connection's lock. */
    BackupFile fromOpenDatabase(Connection connection, long generation, BackupReason reason, Path target)
            throws IOException {
        writeVerified(target, generation, temp -> {
            try (Statement st = connection.createStatement()) {
                st.execute("BACKUP TO '" + temp.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new IOException("backup failed: " + e.getMessage(), e);
            }
        });
        if (target.getParent().equals(files.backups())) {
            prune(reason);
        }
        return BackupFile.parse(target, Files.size(target))
                .orElse(new BackupFile(target.getFileName().toString(), target, now(), generation, reason,
                        Files.size(target)));
    }

    Path defaultTarget(long generation, BackupReason reason) {
        return files.backups().resolve(BackupFile.nameFor(now(), generation, reason));
    }

    private interface ZipWriter {
        void write(Path temp) throws IOException;
    }

    private void writeVerified(Path target, long generation, ZipWriter writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve(target.getFileName() + TEMP_SUFFIX);
        try {
            Files.deleteIfExists(temp);
            writer.write(temp);
            fsync(temp);
            verify(temp, generation);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            fsyncDirectory(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Reads the backup back in full and opens it as a database: it must hold a Kaname database at {@code generation}
     * (any generation when negative). Throws with the reason when it does not.
     */
    void verify(Path zip, long generation) throws IOException {
        Path extracted = files.directory().resolve("verify" + TEMP_SUFFIX + ".mv.db");
        try {
            extract(zip, extracted);
            DatabaseInspection found = DatabaseInspection.of(extracted);
            if (!found.isKaname()) {
                throw new IOException(zip.getFileName() + " holds no Kaname database");
            }
            if (generation >= 0 && found.generation() != generation) {
                throw new IOException(zip.getFileName() + " holds generation " + found.generation() + ", not "
                        + generation);
            }
        } catch (DatabaseInspection.Unreadable e) {
            throw new IOException(zip.getFileName() + " cannot be opened: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(extracted);
        }
    }

    /** Writes the database held in {@code zip} to {@code target} and syncs it; the zip's CRC is checked on the way. */
    static void extract(Path zip, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = z.getNextEntry()) != null) {
                if (entry.getName().equals(ENTRY)) {
                    Files.copy(z, target, StandardCopyOption.REPLACE_EXISTING);
                    // Reading to the end of the entry makes ZipInputStream compare the CRC.
                    z.closeEntry();
                    fsync(target);
                    return;
                }
            }
        }
        throw new IOException(zip.getFileName() + " is not a Kaname backup (no " + ENTRY + " inside)");
    }

    /** Removes the oldest backups of one reason beyond what the policy keeps, and stale temporary files. */
    void prune(BackupReason reason) {
        List<BackupFile> same = list().stream().filter(b -> b.reason() == reason).toList();
        for (BackupFile old : same.subList(Math.min(same.size(), policy.keep(reason)), same.size())) {
            try {
                Files.deleteIfExists(old.path());
            } catch (IOException e) {
                LOG.warn("cannot remove old backup {}", old.path(), e);
            }
        }
    }

    /** Left over when a Kaname was killed while writing a backup; never a finished backup. */
    void removeStaleTemporaries() {
        for (Path folder : List.of(files.backups(), files.directory())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + TEMP_SUFFIX + "*")) {
                for (Path p : entries) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.warn("cannot remove temporary files in {}", folder, e);
            }
        }
    }

    static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes a rename durable; not possible (nor needed) on Windows, where opening a directory fails. */
    static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            LOG.debug("directory sync not available for {}", dir, e);
        }
    }
}
