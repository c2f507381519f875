package org.kaname.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.i18n.Messages;
import org.kaname.store.StorageFailureException;

/** The cause of a failed write is read from the whole chain, as the database wraps the operating system's error. */
class StorageFailureCauseTest {
    private final Messages ja = Messages.of("org.kaname.ui.messages", Locale.JAPANESE);

    private static StorageFailureException wrapped(Throwable osError) {
        return new StorageFailureException("the database could not be written: Writing to kaname.mv.db failed",
                new RuntimeException("Writing to nio:/data/kaname.mv.db failed; length 4096 at 81920", osError));
    }

    @Test
    void aFullDiskIsNamedAsSuch() {
        StorageFailureException e = wrapped(new IOException("No space left on device"));
        assertThat(StorageFailureCause.of(e)).isEqualTo(StorageFailureCause.DISK_FULL);
        assertThat(StorageFailureCause.describe(e, ja)).isEqualTo("ディスクの空き容量が足りません");
        assertThat(StorageFailureCause.advice(e, ja)).contains("空き容量を確保", "起動し直して");
        assertThat(StorageFailureCause.of(wrapped(new IOException("There is not enough space on the disk"))))
                .isEqualTo(StorageFailureCause.DISK_FULL);
    }

    @Test
    void aReadOnlyFolderIsNamedAsSuch() {
        assertThat(StorageFailureCause.of(wrapped(new FileSystemException("/data/kaname.mv.db", null,
                "Read-only file system")))).isEqualTo(StorageFailureCause.READ_ONLY);
        assertThat(StorageFailureCause.of(wrapped(new AccessDeniedException("/data/kaname.mv.db"))))
                .isEqualTo(StorageFailureCause.READ_ONLY);
        assertThat(StorageFailureCause.describe(wrapped(new AccessDeniedException("x")), ja)).contains("読み取り専用");
    }

    @Test
    void anythingElseShowsTheOperatingSystemsOwnWords() {
        StorageFailureException e = wrapped(new IOException("Input/output error"));
        assertThat(StorageFailureCause.of(e)).isEqualTo(StorageFailureCause.OTHER);
        assertThat(StorageFailureCause.describe(e, ja)).isEqualTo("ディスクに書き込めませんでした（Input/output error）");
    }
}
