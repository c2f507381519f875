package org.kaname.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the space of old commits. Kaname appends every commit to the database file (see {@link Database}), so
 * the file grows; at start, while the directory lock is held and no one has the file open, a file that is mostly old
 * commits is copied live-data-only into a new file, checked, synced and renamed over the old one in one step. A kill
 * at any moment leaves either the old file or the new one, both complete.
 */
final class Compaction {
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);
    /** Below this size the space is not worth a rewrite. */
    static final long MIN_BYTES = 8L * 1024 * 1024;
    /** Rewrite when less than this share of the file is live data. */
    static final int MIN_FILL_PERCENT = 50;

    private Compaction() {
    }

    /** Compacts the database file when it is worth it; returns whether it did. Failures leave the file as it was. */
    static boolean compactIfWorthIt(DataFiles files, long generation) {
        return compactIfWorthIt(files, generation, DatabaseKey.NONE);
    }

    static boolean compactIfWorthIt(DataFiles files, long generation, DatabaseKey key) {
        return compactIfWorthIt(files, generation, key, MIN_BYTES, MIN_FILL_PERCENT);
    }

    static boolean compactIfWorthIt(DataFiles files, long generation, long minBytes, int minFillPercent) {
        return compactIfWorthIt(files, generation, DatabaseKey.NONE, minBytes, minFillPercent);
    }

    /**
     * An encrypted file is judged by its clean mark too: H2 writes the file header in every encrypted block's place,
     * so it is read through the key ({@link #closedCleanly(Path, DatabaseKey)}).
     */
    static boolean compactIfWorthIt(DataFiles files, long generation, DatabaseKey key, long minBytes,
                                    int minFillPercent) {
        Path file = files.database();
        try {
            // After a crash the file may hold an unfinished transaction that only H2's own open rolls back; it is
            // compacted after the next clean close instead.
            if (!Files.exists(file) || Files.size(file) < minBytes || !closedCleanly(file, key)
                    || fillPercent(file, key) >= minFillPercent) {
                return false;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot judge whether {} needs compacting", file, e);
            return false;
        }
        Path temp = files.directory().resolve("compact.tmp.mv.db");
        try {
            long before = Files.size(file);
            Files.deleteIfExists(temp);
            copyLiveData(file, temp, key);
            OwnerOnly.file(temp);
            Backups.fsync(temp);
            DatabaseInspection copy = DatabaseInspection.of(temp, key);
            if (!copy.isKaname() || copy.generation() != generation) {
                throw new IOException("the compacted copy holds commit " + copy.generation() + ", not " + generation);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Backups.fsyncDirectory(files.directory());
            LOG.info("compacted {} from {} to {} bytes", file, before, Files.size(file));
            return true;
        } catch (IOException | DatabaseInspection.Unreadable | ReflectiveOperationException | RuntimeException e) {
            LOG.warn("compacting {} failed; the file is used as it was", file, e);
            return false;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("cannot remove {}", temp, e);
            }
        }
    }

    /**
     * Copies the live pages of {@code file} into {@code temp}. Unencrypted: H2's public {@code MVStore.compact}. H2
     * offers no public way to do the same with an encryption key (its variant that takes a file store reuses the
     * source's salt for the target, which then cannot be read), so for an encrypted file both stores are opened with
     * the key and H2's own copy routine ({@code MVStore.compact(MVStore, MVStore)}, private) is called. Either way the
     * copy is opened and checked before it replaces anything; if this fails the file is used as it was.
     */
    private static void copyLiveData(Path file, Path temp, DatabaseKey key)
            throws IOException, ReflectiveOperationException {
        if (!key.encrypted()) {
            MVStore.compact(file.toString(), temp.toString(), false, null);
            return;
        }
        java.lang.reflect.Method copy = MVStore.class.getDeclaredMethod("compact", MVStore.class, MVStore.class);
        copy.setAccessible(true);
        try (MVStore source = new MVStore.Builder().fileName(file.toString()).encryptionKey(key.mvStoreKey())
                .readOnly().open();
             MVStore target = new MVStore.Builder().fileName(temp.toString()).encryptionKey(key.mvStoreKey())
                .open()) {
            copy.invoke(null, source, target);
        }
    }

    /** Whether H2 marked the file as closed cleanly: {@code clean:1} in the file header (the first block). */
    static boolean closedCleanly(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String header = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        int end = header.indexOf('\n');
        return end > 0 && ("," + header.substring(0, end) + ",").contains(",clean:1,");
    }

    /** For an encrypted file, the header is read through the key: H2 stores it encrypted after its own marker. */
    static boolean closedCleanly(Path file, DatabaseKey key) throws IOException {
        if (!key.encrypted()) {
            return closedCleanly(file);
        }
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).encryptionKey(key.mvStoreKey())
                .readOnly().open()) {
            Object clean = store.getStoreHeader().get("clean");
            return clean != null && "1".equals(String.valueOf(clean));
        }
    }

    /** The share of the file that is live data: blocks held by chunks, times the live share of those chunks. */
    private static int fillPercent(Path file, DatabaseKey key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(file.toString()).readOnly();
        if (key.encrypted()) {
            builder.encryptionKey(key.mvStoreKey());
        }
        try (MVStore store = builder.open()) {
            return store.getFileStore().getFillRate() * store.getFileStore().getChunksFillRate() / 100;
        }
    }
}
