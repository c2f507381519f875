package org.kaname.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypted data folders (docs/security.md): which key opens a folder, turning an unencrypted folder into an
 * encrypted one ({@code kaname encrypt}) and changing the passphrase ({@code kaname passphrase}). The database file is
 * encrypted by H2 ({@code CIPHER=AES}) with the data key of {@link KeyFile}; every guarantee of
 * docs/decisions/0006-durable-commits.md holds as for an unencrypted folder, since only the bytes on disk differ.
 */
public final class Encryption {
    private static final Logger LOG = LoggerFactory.getLogger(Encryption.class);

    private Encryption() {
    }

    /** Whether the data folder is encrypted: it has a key file, or its database file is an encrypted H2 file. */
    public static boolean isEncrypted(Path dataDirectory) {
        DataFiles files = new DataFiles(dataDirectory);
        return KeyFile.presentIn(files) || isEncryptedFile(files.database());
    }

    /** Whether {@code file} starts with H2's encrypted-file header; recognisable without the key. */
    static boolean isEncryptedFile(Path file) {
        byte[] expected = DatabaseKey.ENCRYPTED_HEADER.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(expected.length), expected);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The key that opens the folder, found while the directory lock is held and before anything opens the file:
     * <ul>
     *   <li>a key file and an encrypted database: the passphrase unlocks it, or no passphrase / a wrong one is refused;
     *   <li>a key file beside an unencrypted database: {@code kaname encrypt} was killed before it swapped the files,
     *       so the unencrypted file is still the folder's; the stale key file is removed and logged;
     *   <li>an encrypted database without its key file: refused, nothing can open it;
     *   <li>no database yet: created encrypted when {@link Passphrase#forNewFolder()} gives a passphrase.
     * </ul>
     */
    static DatabaseKey forOpening(DataFiles files, Passphrase passphrase) throws StorageUnavailableException {
        boolean present = hasDatabase(files);
        boolean encrypted = present && isEncryptedFile(files.database());
        if (KeyFile.presentIn(files) && present && !encrypted) {
            LOG.warn("{} lies beside an unencrypted database: an encryption was interrupted before the files were"
                    + " swapped; the folder stays unencrypted and the key file is removed", files.keyFile());
            try {
                Files.delete(files.keyFile());
            } catch (IOException e) {
                throw StorageUnavailableException.inaccessible(files.directory(), e);
            }
            return DatabaseKey.NONE;
        }
        Optional<KeyFile> keyFile;
        try {
            keyFile = KeyFile.read(files);
        } catch (IOException e) {
            throw new EncryptedFolderException(EncryptedFolderException.Kind.KEY_MISSING,
                    files.keyFile().toString(), files.keyFile().getFileName() + " cannot be read: " + e.getMessage());
        }
        if (keyFile.isPresent()) {
            return unlock(keyFile.get(), passphrase, files.directory().toString());
        }
        if (encrypted) {
            throw new EncryptedFolderException(EncryptedFolderException.Kind.KEY_MISSING,
                    files.keyFile().toString(), "the database is encrypted but its key file is missing");
        }
        if (!present) {
            Optional<char[]> fresh = passphrase.forNewFolder();
            if (fresh.isPresent()) {
                return createKey(files, fresh.get());
            }
        }
        return DatabaseKey.NONE;
    }

    private static boolean hasDatabase(DataFiles files) {
        try {
            return Files.exists(files.database()) && Files.size(files.database()) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    static DatabaseKey unlock(KeyFile keyFile, Passphrase passphrase, String location)
            throws EncryptedFolderException {
        char[] p = passphrase.unlock().orElseThrow(() -> new EncryptedFolderException(
                EncryptedFolderException.Kind.NO_PASSPHRASE, location, "the data folder is encrypted"));
        try {
            return keyFile.unlock(p);
        } catch (KeyFile.WrongPassphrase e) {
            throw new EncryptedFolderException(EncryptedFolderException.Kind.WRONG_PASSPHRASE, location,
                    "the passphrase is wrong");
        }
    }

    /** Writes a new key file for a new folder; the database H2 then creates is encrypted with its data key. */
    private static DatabaseKey createKey(DataFiles files, char[] passphrase) throws StorageUnavailableException {
        byte[] raw = KeyFile.newDataKey();
        try {
            KeyFile keyFile = KeyFile.seal(raw, passphrase);
            keyFile.writeTo(files.keyFile());
            LOG.info("created the encrypted data folder {}", files.directory());
            return DatabaseKey.of(raw);
        } catch (IOException e) {
            throw StorageUnavailableException.inaccessible(files.directory(), e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    /**
     * Writes an encrypted copy of the closed, unencrypted database file {@code plain} to {@code target}, synced. H2's
     * ChangeFileEncryption tool copies block by block, so the copy holds exactly what the file held (no compaction,
     * nothing rolled back). It works on every H2 file of a folder, hence a scratch folder of its own.
     */
    static void encryptedCopy(Path plain, Path target, DatabaseKey key) throws IOException {
        Path scratch = target.resolveSibling(target.getFileName() + ".d");
        deleteTree(scratch);
        Files.createDirectory(scratch);
        try {
            Path inScratch = scratch.resolve(DataFiles.DATABASE_NAME + ".mv.db");
            Files.copy(plain, inScratch);
            try {
                ChangeFileEncryption.execute(scratch.toString(), DataFiles.DATABASE_NAME, "AES", null,
                        key.filePassword(), true);
            } catch (SQLException | RuntimeException e) {
                throw new IOException("cannot encrypt " + plain.getFileName() + ": " + e.getMessage(), e);
            }
            if (!isEncryptedFile(inScratch)) {
                throw new IOException("the encrypted copy of " + plain.getFileName() + " is not encrypted");
            }
            Files.move(inScratch, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            OwnerOnly.file(target);
            Backups.fsync(target);
        } finally {
            deleteTree(scratch);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** What {@code kaname encrypt} did. */
    public record Encrypted(boolean wasAlreadyEncrypted, BackupFile backupBefore, long generation,
                            int backupsEncrypted, int keptEncrypted) {
    }

    /**
     * Encrypts an unencrypted data folder with a new data key under {@code newPassphrase} (asked only once the folder
     * is known to be unencrypted). In order: a verified backup of the folder as it is; an encrypted copy of the database
     * beside it, synced, opened with the key and checked to hold the same generation; the key file written
     * atomically; the copy renamed over the database atomically. A kill before the key file leaves the old folder (the
     * copy is a temporary, removed at the next start); between the key file and the rename, the next open finds the key
     * beside an unencrypted file and keeps the old folder; after the rename the folder is encrypted. Then every
     * unencrypted backup and kept file in the folder is encrypted in place, one at a time, each atomically, so no
     * plaintext copy of the plans stays behind. An already encrypted folder only gets that last step (unlocked with
     * {@code existing}), so running the command again finishes a conversion that was interrupted.
     */
    public static Encrypted encryptFolder(Path dataDirectory, Passphrase existing, Supplier<char[]> newPassphrase,
                                          java.time.Clock clock) throws StorageUnavailableException, IOException {
        DataFiles files = new DataFiles(dataDirectory);
        if (isEncrypted(dataDirectory)) {
            try (DirectoryLock lock = lockExisting(files)) {
                DatabaseKey key = forOpening(files, existing);
                if (!key.encrypted()) {
                    // The stale key of an interrupted conversion was just removed: convert now.
                    lock.close();
                    return encryptFolder(dataDirectory, existing, newPassphrase, clock);
                }
                byte[] keyBytes = Files.readAllBytes(files.keyFile());
                Backups backups = new Backups(files, BackupPolicy.COMMAND_LINE, clock, key);
                int b = backups.encryptPlainBackups(keyBytes);
                int k = backups.encryptPlainKept();
                return new Encrypted(true, null, -1, b, k);
            }
        }
        char[] passphrase = newPassphrase.get();
        BackupFile before;
        try (Database db = Database.open(dataDirectory, BackupPolicy.COMMAND_LINE, clock, Passphrase.NONE)) {
            before = db.backUp(null);
        }
        try (DirectoryLock lock = DirectoryLock.acquire(files)) {
            if (KeyFile.presentIn(files)) {
                throw new StorageUnavailableException(StorageUnavailableException.Reason.LOCKED,
                        files.directory().toString(), "encrypted meanwhile by another Kaname", null);
            }
            byte[] raw = KeyFile.newDataKey();
            DatabaseKey key = DatabaseKey.of(raw);
            KeyFile keyFile = KeyFile.seal(raw, passphrase);
            Arrays.fill(raw, (byte) 0);
            Path temp = files.directory().resolve("encrypting.tmp.mv.db");
            try {
                encryptedCopy(files.database(), temp, key);
                DatabaseInspection copy;
                try {
                    copy = DatabaseInspection.of(temp, key);
                } catch (DatabaseInspection.Unreadable e) {
                    throw new IOException("the encrypted copy cannot be opened: " + e.getMessage(), e);
                }
                if (!copy.isKaname() || copy.generation() != before.generation()) {
                    throw new IOException("the encrypted copy holds commit " + copy.generation() + ", not "
                            + before.generation());
                }
                keyFile.writeTo(files.keyFile());
                Files.move(temp, files.database(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                Backups.fsyncDirectory(files.directory());
            } finally {
                Files.deleteIfExists(temp);
            }
            LOG.info("encrypted the data folder {} (commit {}); backup before: {}", files.directory(),
                    before.generation(), before.path());
            Backups backups = new Backups(files, BackupPolicy.COMMAND_LINE, clock, key);
            byte[] keyBytes = keyFile.toBytes();
            int b = backups.encryptPlainBackups(keyBytes);
            int k = backups.encryptPlainKept();
            return new Encrypted(false, before, before.generation(), b, k);
        }
    }

    private static DirectoryLock lockExisting(DataFiles files) throws StorageUnavailableException {
        return DirectoryLock.acquire(files);
    }

    /**
     * Changes the passphrase of an encrypted folder: the data key is unlocked with {@code old} and sealed again under
     * the new passphrase (asked only once the old one is known to be right), with a new salt, in one atomic rename of
     * the key file; then the backups in the folder get the new key file too, so none of them opens with the old
     * passphrase any more. The data key stays: the database is not rewritten, and a backup copied elsewhere before the
     * change still opens with the passphrase of its day (and, with it, reveals the data key: see
     * docs/security.md).
     */
    public static void changePassphrase(Path dataDirectory, Passphrase old, Supplier<char[]> newPassphrase)
            throws StorageUnavailableException, IOException {
        DataFiles files = new DataFiles(dataDirectory);
        try (DirectoryLock lock = DirectoryLock.acquire(files)) {
            Optional<KeyFile> keyFile;
            try {
                keyFile = KeyFile.read(files);
            } catch (IOException e) {
                throw new EncryptedFolderException(EncryptedFolderException.Kind.KEY_MISSING,
                        files.keyFile().toString(), e.getMessage());
            }
            if (keyFile.isEmpty() || !isEncryptedFile(files.database())) {
                throw new NotEncryptedException(files.directory().toString());
            }
            char[] p = old.unlock().orElseThrow(() -> new EncryptedFolderException(
                    EncryptedFolderException.Kind.NO_PASSPHRASE, files.directory().toString(),
                    "the data folder is encrypted"));
            byte[] raw;
            try {
                raw = keyFile.get().unwrap(p);
            } catch (KeyFile.WrongPassphrase e) {
                throw new EncryptedFolderException(EncryptedFolderException.Kind.WRONG_PASSPHRASE,
                        files.directory().toString(), "the passphrase is wrong");
            }
            int resealed;
            try {
                KeyFile sealed = KeyFile.seal(raw, newPassphrase.get());
                sealed.writeTo(files.keyFile());
                resealed = new Backups(files, BackupPolicy.COMMAND_LINE, java.time.Clock.systemUTC(),
                        DatabaseKey.of(raw)).resealKeys(sealed.toBytes());
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
            LOG.info("changed the passphrase of {}; {} backups carry the new key file", files.directory(), resealed);
        }
    }

    /** {@code kaname passphrase} on a folder that is not encrypted. */
    public static final class NotEncryptedException extends IOException {
        NotEncryptedException(String location) {
            super(location + " is not encrypted");
        }
    }
}
