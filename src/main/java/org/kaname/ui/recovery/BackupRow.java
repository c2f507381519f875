package org.kaname.ui.recovery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kaname.i18n.Messages;
import org.kaname.store.BackupFile;

/** One backup as the restore dialog lists it: when (local time), why, how large. */
public record BackupRow(BackupFile file, String time, String reason, String size) {
    static BackupRow of(BackupFile file, Messages messages, ZoneId zone) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("backup.timePattern"), messages.locale())
                .withZone(zone);
        return new BackupRow(file, format.format(file.created()), reason(file, messages), size(file.size()));
    }

    static String reason(BackupFile file, Messages messages) {
        return messages.get("backup.reason." + file.reason().code());
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }

    /** "2026/12/05 14:15:00（起動時）": how the dialogs name a backup in a sentence. */
    String label(Messages messages) {
        return messages.get("restore.backupLabel", time, reason);
    }
}
