package org.kaname.ui.recovery;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.kaname.i18n.Messages;

/**
 * Why a write to the data folder failed, as far as the exception tells: a full disk, a folder or drive that cannot be
 * written, or something else (then the operating system's own words are shown). Read from the whole cause chain,
 * since the database wraps the operating system's error in its own.
 */
public enum StorageFailureCause {
    DISK_FULL, READ_ONLY, OTHER;

    public static StorageFailureCause of(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String text = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            String reason = c instanceof FileSystemException fse ? String.valueOf(fse.getReason())
                    .toLowerCase(Locale.ROOT) : "";
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")
                    || text.contains("disk quota exceeded") || reason.contains("no space left")) {
                return DISK_FULL;
            }
            if (c instanceof AccessDeniedException || text.contains("read-only") || text.contains("read only")
                    || text.contains("access is denied") || text.contains("permission denied")
                    || reason.contains("read-only")) {
                return READ_ONLY;
            }
        }
        return OTHER;
    }

    /** The innermost message: usually the operating system's own words ("No space left on device"). */
    public static String rootMessage(Throwable error) {
        Throwable c = error;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage());
    }

    /** What to do about it, ending with the restart that the database needs. */
    public static String advice(Throwable error, Messages messages) {
        return switch (of(error)) {
            case DISK_FULL -> messages.get("storageFailure.diskFull.advice");
            case READ_ONLY -> messages.get("storageFailure.readOnly.advice");
            case OTHER -> messages.get("storageFailure.other.advice");
        };
    }

    /** The cause in a phrase for a person, in the UI language. */
    public static String describe(Throwable error, Messages messages) {
        return switch (of(error)) {
            case DISK_FULL -> messages.get("storageFailure.diskFull");
            case READ_ONLY -> messages.get("storageFailure.readOnly");
            case OTHER -> messages.get("storageFailure.other", rootMessage(error));
        };
    }
}
