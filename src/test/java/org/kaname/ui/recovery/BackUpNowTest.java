package org.kaname.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.BackupReason;
import org.kaname.ui.RecordingDialogs;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/** 「今すぐバックアップ」 writes a manual backup into the backups folder and names the file. */
class BackUpNowTest {
    @TempDir
    Path dir;

    @Test
    void writesAManualBackupAndReportsItsFile() throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        List<String> status = new ArrayList<>();
        try (Services services = Services.open(dir.resolve("data"), Locale.JAPANESE, BackupPolicy.APP)) {
            new BackUpNow(new CurrentThreadTaskExecutor(), dialogs,
                    Messages.of("org.kaname.ui.messages", Locale.JAPANESE), status::add).run(services);
            assertThat(services.backups()).singleElement().satisfies(b -> {
                assertThat(b.reason()).isEqualTo(BackupReason.MANUAL);
                assertThat(Files.isRegularFile(b.path())).isTrue();
                assertThat(dialogs.informations).singleElement().asString()
                        .contains("バックアップを作成しました", b.path().toString(), "KB");
                assertThat(status).containsExactly("バックアップを作成しています…", "バックアップを作成しました: " + b.name());
            });
            assertThat(dialogs.errors).isEmpty();
        }
    }
}
