package org.kaname.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The seal beside the database: its id and the generation of its newest commit (a counter kept inside the database
 * and raised by every write transaction). A database that opens with a lower generation than its seal has lost
 * commits that were reported saved (a truncated or replaced file) and is refused instead of used.
 *
 * <p>The seal is written after the database commit is on disk and is not synced itself: a seal that lags behind only
 * weakens the check, it can never make a good database look damaged. A seal whose checksum fails is ignored.
 */
record DatabaseSeal(String databaseId, long generation) {
    private static final String HEADER = "kaname-seal 1";

    static Optional<DatabaseSeal> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        String[] lines = text.split("\n");
        if (lines.length < 4 || !lines[0].equals(HEADER) || !lines[1].startsWith("db=")
                || !lines[2].startsWith("generation=") || !lines[3].startsWith("crc=")) {
            return Optional.empty();
        }
        String body = lines[0] + "\n" + lines[1] + "\n" + lines[2] + "\n";
        try {
            if (Long.parseLong(lines[3].substring(4)) != crc(body)) {
                return Optional.empty();
            }
            return Optional.of(new DatabaseSeal(lines[1].substring(3), Long.parseLong(lines[2].substring(11))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Overwrites the seal in place: one small write, no rename, so it costs microseconds per commit. */
    void write(Path file) throws IOException {
        String body = HEADER + "\ndb=" + databaseId + "\ngeneration=" + generation + "\n";
        byte[] bytes = (body + "crc=" + crc(body) + "\n").getBytes(StandardCharsets.UTF_8);
        boolean created = !Files.exists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer, buffer.position());
            }
            ch.truncate(bytes.length);
        }
        if (created) {
            // Existing seals are tightened at open (OwnerOnly.secure); this runs after every commit.
            OwnerOnly.file(file);
        }
    }

    private static long crc(String body) {
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
