package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.RemoveMeasures;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.QueueingTaskExecutor;

/**
 * The scoring view model's plan-wide work (rows, every cell's scores and statistics) goes through the task executor,
 * never on the FX thread, while a typed value shows in its cell at once. The executor here queues the work and runs
 * it only when the test says, so the test sees the state before and after.
 */
class ScoringRebuildTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    QueueingTaskExecutor executor = new QueueingTaskExecutor();
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
        assertThat(executor.pending()).isEqualTo(1);
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

        assertThat(executor.pending()).isEqualTo(1);
        assertThat(vm.rows()).extracting(ScoringRow::measureId).contains("S3-1"); // not rebuilt yet

        assertThat(vm.typeDigit("S1-1", "speed", 2)).isTrue();
        assertThat(executor.pending()).as("a typed value needs no plan-wide rebuild").isEqualTo(1);
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

        assertThat(executor.pending()).isEqualTo(2);
        assertThat(executor.isCancelled(0)).isTrue();
        assertThat(executor.isCancelled(1)).isFalse();

        executor.runAll();

        assertThat(vm.rows()).hasSize(8).extracting(ScoringRow::measureId).doesNotContain("S3-1", "S2-1");
    }

    @Test
    void aResultThatComesAfterDisposeIsDropped() throws Exception {
        executor.runAll();
        fixture.editor.apply(new RemoveMeasures(List.of("S3-1")));
        vm.dispose();

        assertThat(executor.isCancelled(0)).isTrue();
        executor.runTooLate(0);

        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aStaleResultIsNotShown() throws Exception {
        executor.runAll();
        fixture.editor.apply(new RemoveMeasures(List.of("S3-1")));
        fixture.editor.apply(new RemoveMeasures(List.of("S2-1")));

        executor.runTooLate(0); // the older run finishes anyway (cancel came too late)

        assertThat(vm.rows()).hasSize(10);
        executor.runAll();
        assertThat(vm.rows()).hasSize(8);
    }
}
