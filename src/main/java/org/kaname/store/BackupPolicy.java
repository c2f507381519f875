package org.kaname.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When backups are taken and how many are kept. The app backs up at every start on changed data; a command-line run
 * only when the newest backup is older than {@code startInterval}, so a script of a hundred commands does not write a
 * hundred copies. While editing, a backup follows the first commit after {@code editingInterval} has passed.
 */
public record BackupPolicy(Duration startInterval, Duration editingInterval, int keepAutomatic,
                           int keepBeforeMigration, int keepManual) {
    /** For the command line. */
    public static final BackupPolicy COMMAND_LINE = new BackupPolicy(Duration.ofMinutes(10), Duration.ofMinutes(10),
            10, 3, 10);
    /** For the app: a backup at every start (when anything changed since the last one). */
    public static final BackupPolicy APP = new BackupPolicy(Duration.ZERO, Duration.ofMinutes(10), 10, 3, 10);

    /** At start: due when the data changed since the newest backup and that backup is old enough. */
    boolean dueAtStart(Optional<BackupFile> newest, long generation, Instant now) {
        return newest.isEmpty() || newest.get().generation() != generation
                && !newest.get().created().plus(startInterval).isAfter(now);
    }

    /** While editing: due when the newest backup is older than the editing interval. */
    boolean dueWhileEditing(Optional<Instant> lastBackup, Instant now) {
        return lastBackup.isEmpty() || !lastBackup.get().plus(editingInterval).isAfter(now);
    }

    int keep(BackupReason reason) {
        return switch (reason) {
            case START, PERIODIC -> keepAutomatic;
            case BEFORE_MIGRATION -> keepBeforeMigration;
            case MANUAL -> keepManual;
        };
    }
}
