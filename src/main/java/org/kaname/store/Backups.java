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
    /**
     * In a backup of an encrypted folder, beside the encrypted database: the key file as it was then, so a backup
     * copied elsewhere opens with the passphrase of its day even when the folder is lost.
     */
    static final String KEY_ENTRY = KeyFile.NAME;
    private static final String TEMP_SUFFIX = ".tmp";

    private final DataFiles files;
    private final BackupPolicy policy;
    private final Clock clock;
    private final DatabaseKey key;

    Backups(DataFiles files, BackupPolicy policy, Clock clock) {
        this(files, policy, clock, DatabaseKey.NONE);
    }

    /** Backups of a folder whose database is encrypted with {@code key}: they are verified by opening them with it. */
    Backups(DataFiles files, BackupPolicy policy, Clock clock, DatabaseKey key) {
        this.files = files;
        this.policy = policy;
        this.clock = clock;
        this.key = key;
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
                addKeyEntry(zip);
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
            if (key.encrypted()) {
                // H2 copies the encrypted file as it is; the key file goes beside it.
                withKeyEntry(temp);
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

    /** Adds the folder's key file to a backup being written, when the folder is encrypted. */
    private void addKeyEntry(ZipOutputStream zip) throws IOException {
        if (!key.encrypted()) {
            return;
        }
        zip.putNextEntry(new ZipEntry(KEY_ENTRY));
        zip.write(Files.readAllBytes(files.keyFile()));
        zip.closeEntry();
    }

    /** Rewrites the zip H2 wrote with the key file added, in the same place. */
    private void withKeyEntry(Path zipFile) throws IOException {
        Path db = zipFile.resolveSibling(zipFile.getFileName() + ".entry.mv.db");
        try {
            extract(zipFile, db);
            try (OutputStream out = Files.newOutputStream(zipFile);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_SPEED);
                zip.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(db, zip);
                zip.closeEntry();
                addKeyEntry(zip);
            }
        } finally {
            Files.deleteIfExists(db);
        }
    }

    /** The key file a backup holds (a backup of an encrypted folder), or empty. */
    static Optional<byte[]> keyEntry(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = z.getNextEntry()) != null) {
                if (entry.getName().equals(KEY_ENTRY)) {
                    return Optional.of(z.readNBytes(64 * 1024));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a backup is of an encrypted folder (it holds a key file); false for an unreadable file. */
    public static boolean isEncrypted(Path zip) {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            return z.getEntry(KEY_ENTRY) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Encrypts, in place, every backup in the folder that holds an unencrypted database ({@code kaname encrypt}): each
     * is extracted, encrypted with the folder's key, zipped with the key file, verified with the key and renamed over
     * the old one. Returns how many were encrypted; one that fails is left as it was and logged.
     */
    int encryptPlainBackups(byte[] keyFileBytes) throws IOException {
        int done = 0;
        for (BackupFile b : list()) {
            if (isEncrypted(b.path())) {
                continue;
            }
            Path plain = files.backups().resolve("encrypt" + TEMP_SUFFIX + ".mv.db");
            Path encrypted = files.backups().resolve("encrypted" + TEMP_SUFFIX + ".mv.db");
            try {
                extract(b.path(), plain);
                if (Encryption.isEncryptedFile(plain)) {
                    continue;
                }
                Encryption.encryptedCopy(plain, encrypted, key);
                writeVerified(b.path(), b.generation() > 0 ? b.generation() : -1, temp -> {
                    try (OutputStream out = Files.newOutputStream(temp);
                         ZipOutputStream zip = new ZipOutputStream(out)) {
                        zip.setLevel(Deflater.BEST_SPEED);
                        zip.putNextEntry(new ZipEntry(ENTRY));
                        Files.copy(encrypted, zip);
                        zip.closeEntry();
                        zip.putNextEntry(new ZipEntry(KEY_ENTRY));
                        zip.write(keyFileBytes);
                        zip.closeEntry();
                    }
                });
                done++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot encrypt the backup {}; it stays unencrypted", b.path(), e);
            } finally {
                Files.deleteIfExists(plain);
                Files.deleteIfExists(encrypted);
            }
        }
        return done;
    }

    /**
     * After a passphrase change: every encrypted backup in the folder gets the new key file in place of the one it
     * carried, each rewritten, verified and renamed atomically, so no copy in the folder still opens with the old
     * passphrase. A backup this fails for keeps the old key file (logged); it still opens with the new passphrase,
     * since the data key is the same. Returns how many were rewritten.
     */
    int resealKeys(byte[] keyFileBytes) {
        int done = 0;
        for (BackupFile b : list()) {
            if (!isEncrypted(b.path())) {
                continue;
            }
            try {
                writeVerified(b.path(), b.generation() > 0 ? b.generation() : -1, temp -> {
                    try (InputStream in = Files.newInputStream(b.path()); ZipInputStream from = new ZipInputStream(in);
                         OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                        zip.setLevel(Deflater.BEST_SPEED);
                        ZipEntry entry;
                        while ((entry = from.getNextEntry()) != null) {
                            if (entry.getName().equals(ENTRY)) {
                                zip.putNextEntry(new ZipEntry(ENTRY));
                                from.transferTo(zip);
                                zip.closeEntry();
                            }
                        }
                        zip.putNextEntry(new ZipEntry(KEY_ENTRY));
                        zip.write(keyFileBytes);
                        zip.closeEntry();
                    }
                });
                done++;
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot put the new key file into the backup {}; it keeps the old one", b.path(), e);
            }
        }
        return done;
    }

    /** Encrypts, in place, the unencrypted database files a restore kept aside in {@code kept/}. */
    int encryptPlainKept() throws IOException {
        if (!Files.isDirectory(files.kept())) {
            return 0;
        }
        int done = 0;
        List<Path> kept;
        try (java.util.stream.Stream<Path> all = Files.list(files.kept())) {
            kept = all.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
        }
        for (Path p : kept) {
            if (Encryption.isEncryptedFile(p)) {
                continue;
            }
            Path encrypted = files.kept().resolve("encrypting" + TEMP_SUFFIX + ".mv.db");
            try {
                Encryption.encryptedCopy(p, encrypted, key);
                DatabaseInspection.of(encrypted, key);
                Files.move(encrypted, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                fsyncDirectory(files.kept());
                done++;
            } catch (IOException | DatabaseInspection.Unreadable | RuntimeException e) {
                LOG.warn("cannot encrypt the kept file {}; it stays unencrypted", p, e);
            } finally {
                Files.deleteIfExists(encrypted);
            }
        }
        return done;
    }

    private interface ZipWriter {
        void write(Path temp) throws IOException;
    }

    private void writeVerified(Path target, long generation, ZipWriter writer) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder.equals(files.backups())) {
            OwnerOnly.createFolder(folder);
        } else {
            Files.createDirectories(folder);
        }
        Path temp = folder.resolve(target.getFileName() + TEMP_SUFFIX);
        try {
            Files.deleteIfExists(temp);
            writer.write(temp);
            OwnerOnly.file(temp);
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
            DatabaseInspection found = DatabaseInspection.of(extracted, key);
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
                    OwnerOnly.file(target);
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
                    // Scratch folders of an interrupted encryption are temporaries too.
                    Encryption.deleteTree(p);
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
