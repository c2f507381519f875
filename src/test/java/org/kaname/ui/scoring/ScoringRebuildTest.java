package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.RemoveMeasures;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.TaskExecutor;

/**
 * The scoring view model's plan-wide work (rows, every cell's scores and statistics) goes through the task executor,
 * never on the FX thread, while a typed value shows in its cell at once. The executor here queues the work and runs
 * it only when the test says, so the test sees the state before and after.
 */
class ScoringRebuildTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    QueueingExecutor executor = new QueueingExecutor();
    ScoringViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        ScreenContext context = new ScreenContext(fixture.editor, new RankingService(), executor, fixture.dialogs,
                Locale.JAPANESE, fixture.statusMessages::add);
        vm = new ScoringViewModel(context, Messages.of(ScoringScreen.BUNDLE, Locale.JAPANESE));
    }

    @AfterEach
    void tearDown() {
        vm.dispose();
        fixture.close();
    }

    @Test
    void theFirstFillOfTheGridRunsOnTheExecutor() {
        assertThat(executor.queue).hasSize(1);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.raters()).hasSize(3); // small: set at once, so the rater chooser is ready

        executor.runAll();

        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.cell("S1-1", "speed").text()).isEqualTo("3");
    }

    @Test
    void aPlanChangeRebuildsOnTheExecutorWhileATypedValueShowsAtOnce() throws Exception {
        executor.runAll();
        fixture.editor.apply(new RemoveMeasures(List.of("S3-1")));

        assertThat(executor.queue).hasSize(1);
        assertThat(vm.rows()).extracting(ScoringRow::measureId).contains("S3-1"); // not rebuilt yet

        assertThat(vm.typeDigit("S1-1", "speed", 2)).isTrue();
        assertThat(executor.queue).as("a typed value needs no plan-wide rebuild").hasSize(1);
        assertThat(vm.cell("S1-1", "speed").text()).isEqualTo("2");

        executor.runAll();

        assertThat(vm.rows()).hasSize(9).extracting(ScoringRow::measureId).doesNotContain("S3-1");
        assertThat(vm.cell("S1-1", "speed").text()).as("the typed value survives the rebuild").isEqualTo("2");
    }

    @Test
    void aNewerChangeCancelsTheRunThatHasNotFinished() throws Exception {
        executor.runAll();
        fixture.editor.apply(new RemoveMeasures(List.of("S3-1")));
        fixture.editor.apply(new RemoveMeasures(List.of("S2-1")));

        assertThat(executor.queue).hasSize(2);
        assertThat(executor.queue.get(0).cancelled).isTrue();
        assertThat(executor.queue.get(1).cancelled).isFalse();

        executor.runAll();

        assertThat(vm.rows()).hasSize(8).extracting(ScoringRow::measureId).doesNotContain("S3-1", "S2-1");
    }

    @Test
    void aResultThatComesAfterDisposeIsDropped() throws Exception {
        executor.runAll();
        fixture.editor.apply(new RemoveMeasures(List.of("S3-1")));
        vm.dispose();

        assertThat(executor.queue.get(0).cancelled).isTrue();
        executor.runIgnoringCancel(0);

        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aStaleResultIsNotShown() throws Exception {
        executor.runAll();
        fixture.editor.apply(new RemoveMeasures(List.of("S3-1")));
        fixture.editor.apply(new RemoveMeasures(List.of("S2-1")));

        executor.runIgnoringCancel(0); // the older run finishes anyway (cancel came too late)

        assertThat(vm.rows()).hasSize(10);
        executor.runAll();
        assertThat(vm.rows()).hasSize(8);
    }

    /** Queues work; runs it only when asked, on the calling thread, skipping cancelled work. */
    static final class QueueingExecutor implements TaskExecutor {
        final List<Queued<?>> queue = new ArrayList<>();

        @Override
        public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                 DoubleConsumer onProgress) {
            Queued<T> q = new Queued<>(work, onSuccess, onFailure);
            queue.add(q);
            return () -> q.cancelled = true;
        }

        void runAll() {
            List<Queued<?>> now = new ArrayList<>(queue);
            queue.clear();
            for (Queued<?> q : now) {
                if (!q.cancelled) {
                    q.run();
                }
            }
        }

        void runIgnoringCancel(int index) {
            queue.remove(index).run();
        }
    }

    static final class Queued<T> {
        final TaskExecutor.Work<T> work;
        final Consumer<T> onSuccess;
        final Consumer<Throwable> onFailure;
        boolean cancelled;

        Queued(TaskExecutor.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void run() {
            T result;
            try {
                result = work.run(new TaskExecutor.Progress() {
                    @Override
                    public void update(double fraction) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }
}
