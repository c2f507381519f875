package org.kaname.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.BackupFile;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Backups;
import org.kaname.store.Restore;
import org.kaname.ui.RecordingDialogs;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/** The restore dialog's logic on real backups, without a screen: listing, asking, restoring, failing. */
class RestoreViewModelTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<RestoreViewModel.Restored> restored = new ArrayList<>();

    private RestoreViewModel viewModel(Situation situation, List<BackupFile> backups, Locale locale,
                                       RestoreViewModel.Restorer restorer) {
        return new RestoreViewModel(situation, backups, Messages.of("org.kaname.ui.messages", locale), TOKYO,
                new CurrentThreadTaskExecutor(), dialogs, restorer, restored::add);
    }

    private RestoreViewModel.Restorer restoreInto(Path data) {
        return backup -> new RestoreViewModel.Restored(Restore.restore(data, backup.path(), Clock.systemUTC()),
                Services.open(data, Locale.JAPANESE, BackupPolicy.APP));
    }

    @Test
    void aDamagedFileAtStartIsNamedItsBackupsListedNewestFirstAndRestoredWithoutAsking() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        // A second start writes a start-up backup of the changed data: two backups, the manual one older.
        Services.open(data, Locale.JAPANESE, BackupPolicy.APP).close();
        List<BackupFile> backups = Backups.of(data);
        assertThat(backups).hasSizeGreaterThanOrEqualTo(1);
        DataDamage.truncateDatabase(data, 4096);

        RestoreViewModel vm = viewModel(Situation.damagedDatabase(data, DataDamage.database(data).toString(),
                "the database file cannot be read"), backups, Locale.JAPANESE, restoreInto(data));
        assertThat(vm.title()).isEqualTo("データベースファイルの破損");
        assertThat(vm.facts()).contains(DataDamage.database(data).toString(), "何も書き込んでいません");
        assertThat(vm.technicalDetail()).contains("cannot be read");
        assertThat(vm.closeTextProperty().get()).isEqualTo("終了(_Q)");
        assertThat(vm.backups()).extracting(r -> r.file().name())
                .containsExactlyElementsOf(backups.stream().map(BackupFile::name).toList());
        BackupRow newest = vm.backups().get(0);
        assertThat(vm.selectedProperty().get()).isEqualTo(newest);
        assertThat(newest.time()).matches("\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}")
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
                        .format(newest.file().created().atZone(TOKYO)));
        assertThat(vm.backups()).extracting(BackupRow::reason).isSubsetOf("起動時", "移行前", "定期", "手動")
                .contains("手動");
        assertThat(newest.size()).matches("\\d+ KB|\\d+\\.\\d MB");

        vm.restore();

        assertThat(dialogs.questions).as("at start there is nothing newer to lose").isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(RestoreViewModel.State.DONE);
        assertThat(vm.outcomeProperty().get()).contains("復元しました", "kaname-before-restore-");
        assertThat(vm.closeTextProperty().get()).isEqualTo("閉じる");
        assertThat(restored).singleElement().satisfies(r -> {
            try (Services services = r.services()) {
                assertThat(services.plans().plans()).hasSize(2);
            }
        });
    }

    @Test
    void whileRunningItAsksFirstAndACancelChangesNothing() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        int[] calls = {0};
        RestoreViewModel vm = viewModel(Situation.onRequest(data), Backups.of(data), Locale.JAPANESE, backup -> {
            calls[0]++;
            throw new IOException("not reached");
        });
        dialogs.answer = false;
        vm.restore();
        assertThat(dialogs.questions).singleElement().asString()
                .contains("すべての計画がこの時点の内容に戻り", "別の名前で残します", "復元する");
        assertThat(calls[0]).isZero();
        assertThat(vm.stateProperty().get()).isEqualTo(RestoreViewModel.State.CHOOSING);
        assertThat(vm.closeTextProperty().get()).isEqualTo("キャンセル");
    }

    @Test
    void aFailedRestoreSaysWhyAndAnotherBackupCanBeTried() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        RestoreViewModel vm = viewModel(Situation.onRequest(data), Backups.of(data), Locale.JAPANESE, backup -> {
            throw new IOException(backup.name() + " cannot be opened as a database");
        });
        vm.restore();
        assertThat(vm.stateProperty().get()).isEqualTo(RestoreViewModel.State.FAILED);
        assertThat(vm.outcomeProperty().get()).contains("復元できませんでした", "cannot be opened", "別のバックアップ");
        assertThat(vm.canRestore().get()).isTrue();
        assertThat(restored).isEmpty();
    }

    @Test
    void withoutBackupsItSaysSoAndWhatToDo() {
        Path data = dir.resolve("data");
        RestoreViewModel atStart = viewModel(Situation.damagedDatabase(data, data.resolve("kaname.mv.db").toString(),
                "x"), List.of(), Locale.JAPANESE, b -> null);
        assertThat(atStart.hasBackups()).isFalse();
        assertThat(atStart.canRestore().get()).isFalse();
        assertThat(atStart.note()).isEmpty();
        assertThat(atStart.noBackups()).contains("バックアップがありません", "削除せず", "情報システム担当部署",
                "別のパソコン", data.toString());
        RestoreViewModel plan = viewModel(Situation.damagedPlan(data, 3, "子育て支援計画"), List.of(), Locale.JAPANESE,
                b -> null);
        assertThat(plan.headline()).contains("子育て支援計画", "ID 3");
        assertThat(plan.noBackups()).contains("ほかの計画は、これまでどおり使えます", "計画ファイルの取込み");
        RestoreViewModel request = viewModel(Situation.onRequest(data), List.of(), Locale.JAPANESE, b -> null);
        assertThat(request.noBackups()).contains("10 分ごと", "今すぐバックアップ");
    }

    @Test
    void inEnglishTheSameDialogSpeaksEnglish() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "second");
        RestoreViewModel vm = viewModel(Situation.damagedDatabase(data, "kaname.mv.db", "cut short"), Backups.of(data),
                Locale.ENGLISH, b -> null);
        assertThat(vm.headline()).isEqualTo("The database file is damaged and could not be opened.");
        assertThat(vm.facts()).contains("Nothing was written to this file");
        assertThat(vm.backups().get(0).reason()).isEqualTo("manual");
        assertThat(vm.backups().get(0).time()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(vm.closeTextProperty().get()).isEqualTo("_Quit");
        RestoreViewModel none = viewModel(Situation.damagedDatabase(data, "kaname.mv.db", "cut short"), List.of(),
                Locale.ENGLISH, b -> null);
        assertThat(none.noBackups()).contains("There are no backups", "IT department", "another PC", "PC's data");
    }
}
