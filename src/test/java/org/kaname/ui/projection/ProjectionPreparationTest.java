package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.RankingService;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.TestEdits;
import org.kaname.ui.task.FxTaskExecutor;
import org.kaname.ui.task.QueueingTaskExecutor;
import org.kaname.ui.task.QueueingTaskExecutor.WhenCancelled;
import org.kaname.ui.task.TaskExecutor;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pages are dealt through the task executor, never in the constructor or the edit listener: with an executor that
 * only queues the work, there are no new pages until the work runs; the progress is shown meanwhile; cancelling stops
 * the work at its next measurement. With the app's executor the work runs on a worker, measuring on the JavaFX thread
 * block by block, and deals the same pages as when measured on the JavaFX thread alone.
 */
class ProjectionPreparationTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    QueueingTaskExecutor queue = new QueueingTaskExecutor(WhenCancelled.TELL_THE_WORK);
    ProjectionViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
    }

    @AfterEach
    void tearDown() {
        if (vm != null) {
            vm.dispose();
        }
        fixture.close();
    }

    /** Counts measurements, and cancels through {@code handle} after {@code cancelAfter} of them (−1: never). */
    static final class CountingMeasure implements PageMeasure {
        final PageMeasure inner = new EstimatedMeasure();
        final AtomicInteger calls = new AtomicInteger();
        Runnable onCall = () -> { };

        @Override
        public double height(PageBlock block, PageFit fit) {
            calls.incrementAndGet();
            onCall.run();
            return inner.height(block, fit);
        }

        @Override
        public double gap(PageFit fit) {
            return inner.gap(fit);
        }

        @Override
        public double bodyHeight(String title, String subtitle, Standing standing) {
            calls.incrementAndGet();
            onCall.run();
            return inner.bodyHeight(title, subtitle, standing);
        }
    }

    private ProjectionViewModel viewModel(TaskExecutor executor, PageMeasure measure) {
        ScreenContext context = new ScreenContext(fixture.editor, new RankingService(), executor, fixture.dialogs,
                Locale.JAPANESE, fixture.statusMessages::add);
        return new ProjectionViewModel(context, context.messages(ProjectionViewModel.bundle()), measure);
    }

    @Test
    void noPagesUntilTheExecutorRunsTheWorkAndProgressMeanwhile() {
        CountingMeasure measure = new CountingMeasure();
        vm = viewModel(queue, measure);
        assertThat(queue.pending()).isEqualTo(1);
        assertThat(vm.pagesProperty().get()).as("nothing dealt in the constructor").isEmpty();
        assertThat(vm.pageProperty().get()).isNull();
        assertThat(vm.preparingProperty().get()).isTrue();
        assertThat(measure.calls.get()).as("nothing measured before the work runs").isZero();

        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        queue.runAll();
        assertThat(vm.preparingProperty().get()).isFalse();
        assertThat(vm.pageProperty().get().title()).isEqualTo("評価基準");
        assertThat(vm.pageCount()).isGreaterThan(12);
        // One step per section (criteria, each of the ten measures, ranking, …), rising to 1.
        assertThat(seen).hasSizeGreaterThan(10).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void anEditKeepsThePagesShownUntilItsPagesAreDealt() throws Exception {
        vm = viewModel(queue, new EstimatedMeasure());
        queue.runAll();
        List<ProjectionPage> before = vm.pagesProperty().get();
        vm.goTo(3);

        fixture.editor.apply(TestEdits.rewrite("rename", p -> p.withTitle("改名した計画")));
        assertThat(vm.preparingProperty().get()).isTrue();
        assertThat(vm.pagesProperty().get()).as("the old pages until the work runs").isSameAs(before);
        assertThat(vm.pagesProperty().get().get(0).subtitle()).doesNotContain("改名した計画");

        queue.runAll();
        assertThat(vm.preparingProperty().get()).isFalse();
        assertThat(vm.pagesProperty().get().get(0).subtitle()).contains("改名した計画");
        assertThat(vm.indexProperty().get()).as("still on the same page").isEqualTo(2);
    }

    @Test
    void aNewerEditDropsTheWorkBegunForAnOlderOne() throws Exception {
        vm = viewModel(queue, new EstimatedMeasure());
        queue.runAll();
        fixture.editor.apply(TestEdits.rewrite("first", p -> p.withTitle("一度目の名前")));
        fixture.editor.apply(TestEdits.rewrite("second", p -> p.withTitle("二度目の名前")));
        assertThat(queue.pending()).isEqualTo(2);
        queue.run(1);
        assertThat(vm.pagesProperty().get().get(0).subtitle()).contains("二度目の名前");
        // The older work, cancelled, stops and cannot bring its pages back over the newer ones.
        queue.runNext();
        assertThat(vm.pagesProperty().get().get(0).subtitle()).contains("二度目の名前");
    }

    @Test
    void cancelBeforeTheWorkRunsStopsItBeforeItMeasuresAnything() {
        CountingMeasure measure = new CountingMeasure();
        vm = viewModel(queue, measure);
        vm.cancel();
        assertThat(vm.preparingProperty().get()).isFalse();
        queue.runAll();
        assertThat(measure.calls.get()).isZero();
        assertThat(vm.pagesProperty().get()).isEmpty();
    }

    @Test
    void cancelWhileTheWorkRunsStopsItAtTheNextMeasurement() {
        CountingMeasure measure = new CountingMeasure();
        vm = viewModel(queue, measure);
        // Esc pressed while the fifth block is being measured.
        measure.onCall = () -> {
            if (measure.calls.get() == 5) {
                vm.cancel();
            }
        };
        queue.runAll();
        assertThat(measure.calls.get()).as("no measurement after the cancel").isEqualTo(5);
        assertThat(vm.pagesProperty().get()).isEmpty();
        assertThat(vm.preparingProperty().get()).isFalse();
    }

    @Test
    void theWindowShowsTheProgressAndEscStopsAndLeaves() throws Exception {
        FxToolkit.registerPrimaryStage();
        boolean[] left = {false};
        Object[] seen = WaitForAsyncUtils.asyncFx(() -> {
            vm = viewModel(queue, new EstimatedMeasure());
            ProjectionView view = new ProjectionView(vm, () -> left[0] = true);
            Stage stage = new Stage();
            Scene scene = new Scene(view.build(), 1280, 800);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            boolean shown = scene.lookup("#projectionPreparing").isVisible();
            String text = ((Label) scene.lookup("#projectionPreparingText")).getText();
            view.key(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ESCAPE, false, false, false, false));
            boolean stillShown = scene.lookup("#projectionPreparing").isVisible();
            stage.close();
            return new Object[] {shown, text, stillShown};
        }).get();
        assertThat(seen[0]).as("progress shown while preparing").isEqualTo(true);
        assertThat((String) seen[1]).startsWith("ページを準備しています").endsWith("0%");
        assertThat(seen[2]).as("Esc stops the preparing").isEqualTo(false);
        assertThat(left[0]).as("and leaves").isTrue();
        queue.runAll();
        assertThat(vm.pagesProperty().get()).as("the cancelled work deals no pages").isEmpty();
        FxToolkit.cleanupStages();
    }

    @Test
    void overAPageTheProgressWaitsABlinkSoAnEditDoesNotFlashIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        boolean[] seen = WaitForAsyncUtils.asyncFx(() -> {
            vm = viewModel(queue, new EstimatedMeasure());
            queue.runAll();
            ProjectionView view = new ProjectionView(vm, () -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(view.build(), 1280, 800);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            boolean beforeEdit = scene.lookup("#projectionPreparing").isVisible();
            fixture.editor.apply(TestEdits.rewrite("rename", p -> p.withTitle("改名した計画")));
            boolean rightAfterEdit = scene.lookup("#projectionPreparing").isVisible();
            boolean working = vm.preparingProperty().get();
            stage.close();
            return new boolean[] {beforeEdit, rightAfterEdit, working};
        }).get();
        assertThat(seen[0]).as("nothing being prepared").isFalse();
        assertThat(seen[2]).as("the edit's pages are being prepared").isTrue();
        assertThat(seen[1]).as("but the box waits before it shows over the page").isFalse();
        FxToolkit.cleanupStages();
    }

    @Test
    void onTheAppsExecutorTheWorkMeasuresOnTheFxThreadAndDealsTheSamePages() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<ProjectionPage> direct = WaitForAsyncUtils.asyncFx(() -> {
            ProjectionViewModel onFx = viewModel(new org.kaname.ui.task.CurrentThreadTaskExecutor(),
                    new RenderedMeasure());
            onFx.dispose();
            return onFx.pagesProperty().get();
        }).get();
        try (FxTaskExecutor background = new FxTaskExecutor()) {
            vm = WaitForAsyncUtils.asyncFx(() -> viewModel(background, new RenderedMeasure())).get();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !vm.preparingProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
            List<ProjectionPage> dealt = vm.pagesProperty().get();
            assertThat(dealt).hasSameSizeAs(direct);
            for (int i = 0; i < dealt.size(); i++) {
                assertThat(dealt.get(i).key()).isEqualTo(direct.get(i).key());
                assertThat(dealt.get(i).fit()).isEqualTo(direct.get(i).fit());
                assertThat(dealt.get(i).blocks().size()).as(dealt.get(i).key())
                        .isEqualTo(direct.get(i).blocks().size());
            }
        }
    }
}
