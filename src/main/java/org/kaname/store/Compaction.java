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
        return compactIfWorthIt(files, generation, MIN_BYTES, MIN_FILL_PERCENT);
    }

    static boolean compactIfWorthIt(DataFiles files, long generation, long minBytes, int minFillPercent) {
        Path file = files.database();
        try {
            // After a crash the file may hold an unfinished transaction that only H2's own open rolls back; it is
            // compacted after the next clean close instead.
            if (!Files.exists(file) || Files.size(file) < minBytes || !closedCleanly(file)
                    || fillPercent(file) >= minFillPercent) {
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
            MVStore.compact(file.toString(), temp.toString(), false, null);
            Backups.fsync(temp);
            DatabaseInspection copy = DatabaseInspection.of(temp);
            if (!copy.isKaname() || copy.generation() != generation) {
                throw new IOException("the compacted copy holds commit " + copy.generation() + ", not " + generation);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Backups.fsyncDirectory(files.directory());
            LOG.info("compacted {} from {} to {} bytes", file, before, Files.size(file));
            return true;
        } catch (IOException | DatabaseInspection.Unreadable | RuntimeException e) {
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

    /** The share of the file that is live data: blocks held by chunks, times the live share of those chunks. */
    private static int fillPercent(Path file) {
        try (MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open()) {
            return store.getFileStore().getFillRate() * store.getFileStore().getChunksFillRate() / 100;
        }
    }
}
