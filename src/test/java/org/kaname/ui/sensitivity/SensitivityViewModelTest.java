package org.kaname.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.MonteCarloResult;
import org.kaname.engine.OneWaySensitivity;
import org.kaname.engine.WeightInterval;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.TaskExecutor;
import org.kaname.edit.SetDirectPoints;
import org.kaname.ui.TestEdits;

/** The sensitivity view model on the sample plan, without a screen. */
class SensitivityViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private SensitivityViewModel vm(ScreenContext context) {
        SensitivityViewModel vm = new SensitivityViewModel(context, context.messages(SensitivityScreen.BUNDLE));
        fixture.editor.addListener(vm::refresh);
        return vm;
    }

    private ScreenContext withExecutor(TaskExecutor executor) {
        ScreenContext c = fixture.context;
        return new ScreenContext(c.editor(), c.ranking(), executor, c.dialogs(), c.locale(), c.status());
    }

    @Test
    void aRunShowsEveryMeasuresTierSharesAddingUpTo100() {
        SensitivityViewModel vm = vm(fixture.context);
        vm.samplesProperty().set(2000);
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(SensitivityViewModel.RunState.DONE);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.outcomes()).hasSize(10);
        for (OutcomeRow row : vm.outcomes()) {
            assertThat(row.shares().stream().mapToInt(TierShare::percent).sum()).as(row.measureId()).isEqualTo(100);
            assertThat(row.shares().stream().mapToDouble(TierShare::probability).sum()).isCloseTo(1, within(1e-9));
            assertThat(row.rankP5()).isLessThanOrEqualTo(row.rankP95());
            assertThat(row.meanRank()).isBetween((double) row.rankP5() - 1e-9, (double) row.rankP95() + 1e-9);
        }
        // Same seed and settings as the engine itself gives the same numbers.
        MonteCarloResult direct = fixture.context.ranking().monteCarlo(fixture.editor.plan(), Optional.empty(),
                MonteCarloOptions.defaults().withSamples(2000), org.kaname.engine.MonteCarloMonitor.NONE);
        assertThat(vm.resultProperty().get().orElseThrow().outcomes()).isEqualTo(direct.outcomes());
        assertThat(vm.readings().get(0)).contains("2,000").contains("±20%");
        OutcomeRow first = vm.outcomes().get(0);
        assertThat(first.baseRank()).isEqualTo(1);
        TierShare keep = first.shares().stream().filter(s -> s.tier().equals(first.baseTier())).findFirst()
                .orElseThrow();
        assertThat(vm.readings()).anyMatch(r -> r.startsWith(first.measureId() + " は " + keep.percent()
                + "% のサンプルで「" + first.baseTier() + "」のまま"));
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void aPlanChangeMarksTheResultStale() throws Exception {
        SensitivityViewModel vm = vm(fixture.context);
        vm.samplesProperty().set(500);
        vm.run();
        fixture.editor.apply(new SetDirectPoints("cost", 60));
        assertThat(vm.staleProperty().get()).isTrue();
        vm.run();
        assertThat(vm.staleProperty().get()).isFalse();
    }

    @Test
    void aMonitorThatCancelsStopsTheRunWithoutAResult() {
        AtomicInteger progressCalls = new AtomicInteger();
        // The executor's progress says "cancelled" as soon as the first chunk reports: as if the user pressed 中止.
        TaskExecutor cancelling = new TaskExecutor() {
            @Override
            public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                     DoubleConsumer onProgress) {
                try {
                    onSuccess.accept(work.run(new Progress() {
                        @Override
                        public void update(double fraction) {
                            progressCalls.incrementAndGet();
                            onProgress.accept(fraction);
                        }

                        @Override
                        public boolean isCancelled() {
                            return progressCalls.get() > 0;
                        }
                    }));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
                return () -> { };
            }
        };
        SensitivityViewModel vm = vm(withExecutor(cancelling));
        vm.samplesProperty().set(20_000);
        vm.run();
        assertThat(progressCalls.get()).isPositive();
        assertThat(vm.stateProperty().get()).isEqualTo(SensitivityViewModel.RunState.CANCELLED);
        assertThat(vm.resultProperty().get()).isEmpty();
        assertThat(vm.outcomes()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("分析を中止しました。");
        assertThat(fixture.statusMessages).contains("分析を中止しました。");
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void cancelDuringTheRunStopsIt() {
        SensitivityViewModel[] holder = new SensitivityViewModel[1];
        // An executor that runs the work here and lets the user press 中止 when the first progress arrives.
        TaskExecutor pressingCancel = new TaskExecutor() {
            @Override
            public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                     DoubleConsumer onProgress) {
                try {
                    onSuccess.accept(work.run(new Progress() {
                        @Override
                        public void update(double fraction) {
                            holder[0].cancel();
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    }));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
                return () -> { };
            }
        };
        holder[0] = vm(withExecutor(pressingCancel));
        holder[0].samplesProperty().set(20_000);
        holder[0].run();
        assertThat(holder[0].stateProperty().get()).isEqualTo(SensitivityViewModel.RunState.CANCELLED);
        assertThat(holder[0].resultProperty().get()).isEmpty();
        // A new run after cancelling works.
        SensitivityViewModel plain = vm(fixture.context);
        plain.samplesProperty().set(300);
        plain.run();
        assertThat(plain.stateProperty().get()).isEqualTo(SensitivityViewModel.RunState.DONE);
    }

    @Test
    void invalidSettingsFailWithAMessage() {
        SensitivityViewModel vm = vm(fixture.context);
        vm.spreadPercentProperty().set(150);
        vm.run();
        assertThat(vm.stateProperty().get()).isEqualTo(SensitivityViewModel.RunState.FAILED);
        // In the user's language, not the engine's English.
        assertThat(vm.messageProperty().get()).isEqualTo("重みのゆらぎは0以上1未満（100%未満）にしてください（指定値 1.5）。");
    }

    @Test
    void oneWayRowsFollowTheEnginesIntervalsInPlainJapanese() {
        SensitivityViewModel vm = vm(fixture.context);
        OneWaySensitivity.Result r = fixture.context.ranking().oneWay(fixture.editor.plan(), Optional.empty());
        assertThat(vm.oneWay()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            WeightInterval w = r.intervals().get(i);
            OneWayRow row = vm.oneWay().get(i);
            assertThat(row.criterionId()).isEqualTo(w.criterionId());
            assertThat(row.weightPercent()).isCloseTo(20.0, within(1e-9));
            assertThat(row.lowPercent()).isCloseTo(100 * w.low(), within(1e-9));
            assertThat(row.highPercent()).isCloseTo(100 * w.high(), within(1e-9));
            if (w.atHigh().isEmpty()) {
                assertThat(row.aboveHigh()).isEqualTo("100% まで変化なし");
            } else {
                assertThat(row.aboveHigh()).contains(w.atHigh().get(0).measureId());
            }
            assertThat(row.reading()).startsWith("「" + row.name() + "」の重みが ").contains("（現在 20.0%）");
        }
        assertThat(vm.oneWaySummaryProperty().get()).startsWith("現在の1位は " + r.firstMeasureId());
    }

    @Test
    void aPlanWithoutCriteriaOrScoresSaysSoInsteadOfFailing() throws Exception {
        SensitivityViewModel vm = vm(fixture.context);
        fixture.editor.apply(TestEdits.rewrite("new", p -> org.kaname.model.Plan.empty("新しい計画", p.fiscalYears())));
        assertThat(vm.oneWay()).isEmpty();
        assertThat(vm.oneWaySummaryProperty().get()).isEqualTo("評価基準がありません。");
        vm.run();
        assertThat(vm.stateProperty().get()).isIn(SensitivityViewModel.RunState.FAILED,
                SensitivityViewModel.RunState.DONE);
        assertThat(vm.outcomes()).isEmpty();
        assertThat(fixture.dialogs.errors).isEmpty();
    }
}
