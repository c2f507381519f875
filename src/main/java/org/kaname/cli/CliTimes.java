package org.kaname.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** How the CLI writes a moment: ISO-8601 UTC to the second for scripts (CSV), local time for people (tables). */
final class CliTimes {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CliTimes() {
    }

    /** {@code 2026-05-12T01:00:00Z}. */
    static String csv(Instant time) {
        return time == null ? "" : DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code 2026-05-12 10:00:00} in this computer's time zone. */
    static String table(Instant time) {
        return time == null ? "" : LOCAL.format(time.atZone(ZoneId.systemDefault()));
    }
}
