package org.kaname.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
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

    /**
     * What a restore did: where the previous file was put (null if there was none) and the restored generation;
     * {@code keyFromBackup} when the folder now uses the key file the backup carried (a backup of another folder, or
     * of this one before it was encrypted anew), so its passphrase is the one in use when the backup was made.
     */
    public record Result(Path restoredFrom, Path previousKeptAt, long generation, boolean keyFromBackup) {
        public Result(Path restoredFrom, Path previousKeptAt, long generation) {
            this(restoredFrom, previousKeptAt, generation, false);
        }
    }

    private Restore() {
    }

    /** The key {@code keyFile} unlocks with {@code passphrase} if it opens {@code file}; else null. */
    private static DatabaseKey opening(Path file, KeyFile keyFile, char[] passphrase) {
        DatabaseKey key;
        try {
            key = keyFile.unlock(passphrase);
        } catch (KeyFile.WrongPassphrase e) {
            return null;
        }
        try {
            DatabaseInspection.of(file, key);
            return key;
        } catch (DatabaseInspection.Unreadable e) {
            return null;
        }
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
        return restore(dataDirectory, backup, clock, Passphrase.NONE);
    }

    /**
     * Restores {@code backup}, asking {@code passphrase} when the backup or the folder is encrypted:
     * <ul>
     *   <li>an encrypted backup opens with the folder's current passphrase when it is of this folder (the data key
     *       does not change with the passphrase); else with the passphrase of the key file it carries, which the
     *       folder then adopts ({@link Result#keyFromBackup()});</li>
     *   <li>an unencrypted backup (taken before {@code kaname encrypt}) restored into an encrypted folder is encrypted
     *       with the folder's key on the way, so the folder stays encrypted.</li>
     * </ul>
     */
    public static Result restore(Path dataDirectory, Path backup, Clock clock, Passphrase passphrase)
            throws StorageUnavailableException, IOException {
        DataFiles files = new DataFiles(dataDirectory);
        OwnerOnly.createFolder(files.directory());
        try (DirectoryLock lock = DirectoryLock.acquire(files)) {
            Path incoming = files.directory().resolve("restoring.tmp.mv.db");
            Path plain = files.directory().resolve("restoring-plain.tmp.mv.db");
            try {
                Backups.extract(backup, incoming);
                Optional<KeyFile> folderKey;
                try {
                    folderKey = KeyFile.read(files);
                } catch (IOException e) {
                    throw new EncryptedFolderException(EncryptedFolderException.Kind.KEY_MISSING,
                            files.keyFile().toString(), e.getMessage());
                }
                DatabaseKey key = DatabaseKey.NONE;
                KeyFile adopt = null;
                if (Encryption.isEncryptedFile(incoming)) {
                    Optional<byte[]> carried = Backups.keyEntry(backup);
                    char[] p = passphrase.unlock().orElseThrow(() -> new EncryptedFolderException(
                            EncryptedFolderException.Kind.NO_PASSPHRASE, backup.toString(), "the backup is encrypted"));
                    key = null;
                    if (folderKey.isPresent()) {
                        key = opening(incoming, folderKey.get(), p.clone());
                    }
                    if (key == null && carried.isPresent()) {
                        KeyFile theirs = KeyFile.parse(carried.get());
                        key = opening(incoming, theirs, p.clone());
                        adopt = key != null ? theirs : null;
                    }
                    java.util.Arrays.fill(p, '\0');
                    if (key == null) {
                        throw new EncryptedFolderException(EncryptedFolderException.Kind.WRONG_PASSPHRASE,
                                backup.toString(), "the passphrase does not open this backup");
                    }
                } else if (folderKey.isPresent()) {
                    key = Encryption.unlock(folderKey.get(), passphrase, files.directory().toString());
                    Files.move(incoming, plain, StandardCopyOption.REPLACE_EXISTING);
                    Encryption.encryptedCopy(plain, incoming, key);
                }
                DatabaseInspection found;
                try {
                    found = DatabaseInspection.of(incoming, key);
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
                String stamp = STAMP.format(clock.instant());
                if (adopt != null) {
                    // The key first: a kill before the rename below leaves the key beside the old file, which the
                    // next open recognises (unencrypted: the stale key is dropped); the old key is kept aside.
                    if (folderKey.isPresent()) {
                        OwnerOnly.createFolder(files.kept());
                        Files.copy(files.keyFile(), files.kept().resolve("kaname-before-restore-" + stamp + ".key"),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                    adopt.writeTo(files.keyFile());
                }
                Path previous = null;
                if (Files.exists(files.database())) {
                    OwnerOnly.createFolder(files.kept());
                    previous = files.kept().resolve("kaname-before-restore-" + stamp + ".mv.db");
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
                return new Result(backup, previous, found.generation(), adopt != null);
            } finally {
                Files.deleteIfExists(incoming);
                Files.deleteIfExists(plain);
            }
        }
    }
}
