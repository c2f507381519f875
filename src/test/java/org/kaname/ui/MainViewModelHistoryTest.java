package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.model.Score;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/** The main window's view model and the journal: history for the open plan, undo across a restart. */
class MainViewModelHistoryTest {
    @TempDir
    Path dir;

    private static MainViewModel open(Services services, RecordingDialogs dialogs) {
        MainViewModel vm = new MainViewModel(services, new CurrentThreadTaskExecutor(), Runnable::run, Runnable::run,
                dialogs, Locale.JAPANESE, plan -> { });
        vm.refreshPlans();
        return vm;
    }

    @Test
    void theHistoryIsAvailableForTheOpenPlanOnlyWhenGivenEveryService() throws Exception {
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            MainViewModel vm = open(services, new RecordingDialogs());
            assertThat(vm.hasHistory()).isTrue();
            assertThat(vm.historyContext()).hasValueSatisfying(c -> {
                assertThat(c.editor()).isSameAs(vm.editorProperty().get());
                assertThat(c.planId()).isEqualTo(vm.selectedPlanProperty().get().id());
            });
            MainViewModel plansOnly = new MainViewModel(services.plans(), new CurrentThreadTaskExecutor(),
                    Runnable::run, Runnable::run, new RecordingDialogs(), Locale.JAPANESE);
            plansOnly.refreshPlans();
            assertThat(plansOnly.editorProperty().get()).isNotNull();
            assertThat(plansOnly.hasHistory()).isFalse();
            assertThat(plansOnly.historyContext()).isEmpty();
        }
    }

    @Test
    void theUndoMenuOffersTheLastEditAgainAfterARestart() throws Exception {
        String description;
        Score s;
        double before;
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            MainViewModel vm = open(services, new RecordingDialogs());
            s = vm.editorProperty().get().plan().scores().get(0);
            before = s.value();
            assertThat(vm.apply(new SetScore(Cell.of(s), before == 1 ? 2 : 1, null, Instant.EPOCH))).isTrue();
            description = vm.undoTextProperty().get();
            assertThat(description).startsWith("評価を");
        }
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            MainViewModel vm = open(services, new RecordingDialogs());
            assertThat(vm.canUndoProperty().get()).isTrue();
            assertThat(vm.undoTextProperty().get()).isEqualTo(description);
            vm.undo();
            assertThat(vm.editorProperty().get().plan().scores().stream().filter(Cell.of(s)::holds).findFirst()
                    .orElseThrow().value()).isEqualTo(before);
            assertThat(vm.canRedoProperty().get()).isTrue();
        }
    }
}
