package org.kaname.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in the data directory's {@code backups} folder. Everything a listing needs is in the file name
 * ({@code kaname-20261205T051500123Z-g42-start.zip}), so listing backups never opens one.
 */
public record BackupFile(String name, Path path, Instant created, long generation, BackupReason reason, long size) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("kaname-(\\d{8}T\\d{9}Z)-g(\\d+)-([a-z-]+)\\.zip");

    static String nameFor(Instant created, long generation, BackupReason reason) {
        return "kaname-" + STAMP.format(created) + "-g" + generation + "-" + reason.code() + ".zip";
    }

    /** The backup a file name describes, or empty for any other file. */
    static Optional<BackupFile> parse(Path path, long size) {
        Matcher m = NAME.matcher(path.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofCode(m.group(3));
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant created = STAMP.parse(m.group(1), Instant::from);
            return Optional.of(new BackupFile(path.getFileName().toString(), path, created,
                    Long.parseLong(m.group(2)), reason.get(), size));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
