package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.RenamePlan;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.PlanSummary;
import org.kaname.ui.recovery.DataDamage;
import org.kaname.testing.TmpfsMount;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/** The main window's logic when storage lets it down: a damaged plan, and a write the disk refused. */
class MainViewModelDamageTest {
    @TempDir
    Path dir;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<PlanSummary> restoreOffers = new ArrayList<>();

    private MainViewModel viewModel(Services services) {
        return new MainViewModel(services.plans(), new CurrentThreadTaskExecutor(), Runnable::run, Runnable::run,
                dialogs, Locale.JAPANESE, restoreOffers::add);
    }

    @Test
    void aDamagedPlanIsNamedTheOthersStillOpenAndARestoreIsOffered() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        DataDamage.changeFirstMeasureTitle(data, 1, "書き換えられた施策");
        try (Services services = Services.open(data, Locale.JAPANESE, BackupPolicy.APP)) {
            MainViewModel vm = viewModel(services);
            vm.refreshPlans();

            PlanSummary damaged = vm.planList().get(0);
            assertThat(vm.editorProperty().get()).isNull();
            assertThat(vm.damagedPlanProperty().get()).isEqualTo(damaged);
            assertThat(vm.statusProperty().get()).contains(damaged.title(), "破損");
            assertThat(dialogs.questions).singleElement().asString()
                    .contains(damaged.title(), "ID 1", "ほかの計画は、これまでどおり使えます", "バックアップ");
            assertThat(restoreOffers).containsExactly(damaged);

            vm.selectedPlanProperty().set(vm.planList().get(1));
            assertThat(vm.editorProperty().get().plan().title()).isEqualTo("第二の計画");
            assertThat(vm.damagedPlanProperty().get()).isNull();
            assertThat(vm.apply(new RenamePlan("第二の計画（改）"))).isTrue();
            assertThat(vm.statusProperty().get()).isEqualTo("保存済み");
        }
    }

    @Test
    void aDeclinedRestoreLeavesThePlaceholderAndItsButtonOffersAgain() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        DataDamage.changeFirstMeasureTitle(data, 1, "書き換えられた施策");
        dialogs.answer = false;
        try (Services services = Services.open(data, Locale.JAPANESE, BackupPolicy.APP)) {
            MainViewModel vm = viewModel(services);
            vm.refreshPlans();
            assertThat(restoreOffers).isEmpty();
            vm.restoreDamagedPlan();
            assertThat(restoreOffers).extracting(PlanSummary::id).containsExactly(1L);
        }
    }

    @Test
    void aSaveTheDiskRefusesIsNeverShownAsSavedAndSaysWhyAndWhatToDo() throws Exception {
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(dir.resolve("disk"), 24L * 1024 * 1024)) {
            Services services = Services.open(disk.dir().resolve("data"), Locale.JAPANESE, BackupPolicy.APP);
            try {
                MainViewModel vm = viewModel(services);
                vm.refreshPlans();
                List<String> statuses = new ArrayList<>();
                vm.statusProperty().addListener((o, a, now) -> statuses.add(now));
                disk.fill();
                // Saves that fit into space the file already has are really stored; sooner or later one needs more.
                for (int i = 0; i < 200 && vm.saveStateProperty().get() != MainViewModel.SaveState.FAILED; i++) {
                    int n = i;
                    statuses.clear();
                    vm.apply(new RenamePlan("満杯のディスク " + n + " " + "あ".repeat(400)));
                }
                assertThat(vm.saveStateProperty().get()).isEqualTo(MainViewModel.SaveState.FAILED);
                assertThat(statuses).last().asString().contains("変更は保存されていません", "再起動");
                assertThat(dialogs.errors).singleElement().asString()
                        .contains("直前の変更は保存されていません", "ディスクの空き容量が足りません", "再起動");
                assertThat(vm.storageFailureProperty().get()).contains("保存されていません", "空き容量");

                statuses.clear();
                vm.apply(new RenamePlan("その後の変更"));
                vm.undo();
                assertThat(statuses).noneMatch(s -> s.contains("保存済み"));
                assertThat(vm.statusProperty().get()).contains("変更は保存されていません");
                assertThat(vm.saveStateProperty().get()).isEqualTo(MainViewModel.SaveState.FAILED);
                assertThat(dialogs.errors).as("said once, then kept in the status line").hasSize(1);
            } finally {
                services.close();
            }
        }
    }
}
