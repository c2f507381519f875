package org.kaname.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back as the database of a data directory. The backup is checked first (it must open as a Kaname
 * database); the current file, damaged or not, is moved aside under a dated name and never deleted; the restored file
 * is synced and renamed into place in one step, so a crash leaves either the old file or the restored one.
 */
public final class Restore {
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What a restore did: where the previous file was put (null if there was none) and the restored generation. */
    public record Result(Path restoredFrom, Path previousKeptAt, long generation) {
    }

    private Restore() {
    }

    /**
     * Finds {@code nameOrFile}: a backup's name in the backups folder (as {@code kaname backups} lists it), or the path
     * of a backup file anywhere. Throws {@link java.nio.file.NoSuchFileException} naming what was looked for.
     */
    public static Path locate(Path dataDirectory, String nameOrFile) throws IOException {
        DataFiles files = new DataFiles(dataDirectory);
        Path inFolder = files.backups().resolve(nameOrFile).normalize();
        if (inFolder.getParent().equals(files.backups()) && Files.isRegularFile(inFolder)) {
            return inFolder;
        }
        Path asFile = Path.of(nameOrFile).toAbsolutePath();
        if (Files.isRegularFile(asFile)) {
            return asFile;
        }
        throw new java.nio.file.NoSuchFileException(nameOrFile);
    }

    public static Result restore(Path dataDirectory, Path backup, Clock clock)
            throws StorageUnavailableException, IOException {
        DataFiles files = new DataFiles(dataDirectory);
        Files.createDirectories(files.directory());
        try (DirectoryLock lock = DirectoryLock.acquire(files)) {
            Path incoming = files.directory().resolve("restoring.tmp.mv.db");
            try {
                Backups.extract(backup, incoming);
                DatabaseInspection found;
                try {
                    found = DatabaseInspection.of(incoming);
                } catch (DatabaseInspection.Unreadable e) {
                    throw new IOException(backup.getFileName() + " cannot be opened as a database: " + e.getMessage(), e);
                }
                if (!found.isKaname()) {
                    throw new IOException(backup.getFileName() + " holds no Kaname database");
                }
                if (found.schemaVersion() > Database.SCHEMA_VERSION) {
                    throw new StorageUnavailableException(StorageUnavailableException.Reason.NEWER_SCHEMA,
                            backup.toString(), "the backup was written by a newer Kaname", null);
                }
                Path previous = null;
                if (Files.exists(files.database())) {
                    Files.createDirectories(files.kept());
                    previous = files.kept().resolve("kaname-before-restore-" + STAMP.format(clock.instant())
                            + ".mv.db");
                    Files.move(files.database(), previous, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(incoming, files.database(), StandardCopyOption.ATOMIC_MOVE);
                Backups.fsyncDirectory(files.directory());
                if (found.databaseId() != null) {
                    new DatabaseSeal(found.databaseId(), found.generation()).write(files.seal());
                } else {
                    Files.deleteIfExists(files.seal());
                }
                LOG.info("restored {} (commit {}); the previous database is kept at {}", backup, found.generation(),
                        previous);
                return new Result(backup, previous, found.generation());
            } finally {
                Files.deleteIfExists(incoming);
            }
        }
    }
}
