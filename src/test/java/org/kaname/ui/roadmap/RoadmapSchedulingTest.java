package org.kaname.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.QueueingTaskExecutor;
import org.kaname.ui.task.QueueingTaskExecutor.WhenCancelled;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 15 D: the roadmap is scheduled only on the task executor, never on the FX thread. With an executor that
 * queues work until told to run it, the screen keeps the schedule it had (and says it is busy) until the queued
 * work runs; a run made stale by a newer change is cancelled and its result dropped.
 */
@ExtendWith(ApplicationExtension.class)
class RoadmapSchedulingTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    QueueingTaskExecutor queue;
    ScreenContext context;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        queue = new QueueingTaskExecutor(WhenCancelled.TOO_LATE);
        ScreenContext c = fixture.context;
        context = new ScreenContext(c.editor(), c.ranking(), queue, c.dialogs(), c.locale(), c.status());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RoadmapViewModel viewModel() {
        return new RoadmapViewModel(context, context.messages(RoadmapScreen.BUNDLE));
    }

    private static int start(Plan plan, String measureId) {
        return new RoadmapScheduler().schedule(plan).find(measureId).orElseThrow().start().getAsInt();
    }

    @Test
    void theScheduleIsMadeOnlyWhenTheExecutorRunsIt() {
        RoadmapViewModel vm = viewModel();
        vm.refresh();
        assertThat(queue.pending()).isEqualTo(1);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.roadmapProperty().get()).as("nothing scheduled before the executor runs").isNull();
        assertThat(vm.chartProperty().get()).isNull();
        assertThat(vm.budget()).isEmpty();
        queue.runAll();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.roadmapProperty().get()).isNotNull();
        assertThat(vm.chartProperty().get()).isNotNull();
        assertThat(vm.budget()).hasSize(fixture.editor.plan().fiscalYears().length());
        assertThat(vm.deferred()).isNotEmpty();
    }

    @Test
    void aRunMadeStaleByAChangeIsCancelledAndItsResultDropped() {
        RoadmapViewModel vm = viewModel();
        vm.refresh();
        queue.runAll();
        String first = fixture.editor.plan().measures().get(0).id();
        int before = vm.roadmapProperty().get().find(first).orElseThrow().start().getAsInt();
        vm.refresh();
        assertThat(vm.pin(first, before + 1)).isTrue();
        vm.refresh();
        assertThat(queue.cancels()).as("the run for the older plan is cancelled").isEqualTo(1);
        // The stale run still delivers (as a slow thread might): it is not shown, and the screen stays busy.
        queue.runNext();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().pinned()).isFalse();
        queue.runNext();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().pinned()).isTrue();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().start().getAsInt()).isEqualTo(before + 1);
    }

    @Test
    void disposingDropsARunStillGoing() {
        RoadmapViewModel vm = viewModel();
        vm.refresh();
        vm.dispose();
        assertThat(queue.cancels()).isEqualTo(1);
        queue.runAll();
        assertThat(vm.roadmapProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void movingABarIsAnEditAndItsRescheduleGoesThroughTheExecutor(FxRobot robot) {
        RoadmapScreen[] screen = new RoadmapScreen[1];
        robot.interact(() -> {
            screen[0] = new RoadmapScreen(context);
            stage.setScene(new Scene((Parent) screen[0].node(), 1280, 800));
            stage.show();
        });
        RoadmapViewModel vm = screen[0].viewModel();
        assertThat(robot.lookup("#roadmapBusy").tryQuery()).as("the screen has a busy mark").isPresent();
        assertThat(vm.busyProperty().get()).as("busy while the first schedule is made").isTrue();
        assertThat(vm.chartProperty().get()).isNull();
        robot.interact(queue::runAll);
        assertThat(vm.busyProperty().get()).isFalse();
        String first = fixture.editor.plan().measures().get(0).id();
        int before = start(fixture.editor.plan(), first);
        robot.interact(() -> {
            vm.selectedProperty().set(first);
            vm.shiftSelected(+1);
        });
        // The edit is applied at once; the schedule shown is the old one until the executor runs.
        assertThat(fixture.editor.plan().measure(first).orElseThrow().pinnedStart()).isEqualTo(before + 1);
        assertThat(queue.pending()).isEqualTo(1);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().start().getAsInt()).isEqualTo(before);
        assertThat(vm.chartProperty().get().rows().get(vm.chartProperty().get().rowIndex(first)).start())
                .isEqualTo(before);
        robot.interact(queue::runAll);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().start().getAsInt()).isEqualTo(before + 1);
        assertThat(vm.chartProperty().get().rows().get(vm.chartProperty().get().rowIndex(first)).start())
                .isEqualTo(before + 1);
        assertThat(vm.chartProperty().get().selectedId()).isEqualTo(first);
        robot.interact(screen[0]::dispose);
    }
}
