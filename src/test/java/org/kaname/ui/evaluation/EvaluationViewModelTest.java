package org.kaname.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Holder;
import org.kaname.edit.SetIndicatorNumbers;
import org.kaname.edit.SetIndicators;
import org.kaname.model.FutureDirection;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.QueueingTaskExecutor;

/**
 * Issue 16 items 1 and 3 without a screen: the evaluation view model on the sample plan, whose S1 KGI (配置率, %) is
 * given 現状値 40 (2025), targets 60 (2027) and 80 (2030, final). Every change is an edit in the history.
 */
class EvaluationViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    String kgi;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        kgi = withNumbers(fixture);
    }

    /** Gives every indicator an id (SetIndicators assigns missing ones) and S1's KGI its numbers; its id. */
    static String withNumbers(ScreenFixture fixture) throws Exception {
        Plan plan = fixture.editor.plan();
        fixture.editor.apply(new SetIndicators(Holder.GROUP, "S1", plan.group("S1").orElseThrow().indicators()));
        Indicator kgi = fixture.editor.plan().group("S1").orElseThrow().indicators().get(0);
        fixture.editor.apply(new SetIndicatorNumbers(Holder.GROUP, "S1", kgi.id(), IndicatorDirection.UP, 40.0, 2025,
                List.of(new IndicatorTarget(2027, 60, false), new IndicatorTarget(2030, 80, true))));
        return kgi.id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private EvaluationViewModel viewModel(ScreenContext context) {
        EvaluationViewModel vm = new EvaluationViewModel(context, context.messages(EvaluationScreen.BUNDLE));
        vm.refresh();
        // As the screen does while shown: the tables follow the plan.
        context.editor().addListener(plan -> vm.refresh());
        return vm;
    }

    private IndicatorRow row(EvaluationViewModel vm, String id) {
        return vm.indicators().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private MeasureRow measure(EvaluationViewModel vm, String id) {
        return vm.measures().stream().filter(r -> r.measureId().equals(id)).findFirst().orElseThrow();
    }

    /** The indicator as the open plan has it after the edits. */
    private Indicator stored(String id) {
        return fixture.editor.plan().group("S1").orElseThrow().indicators().stream().filter(i -> i.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void everyIndicatorIsListedGroupedByItsOwnerForTheFirstYearWithoutActuals() {
        EvaluationViewModel vm = viewModel(fixture.context);
        Plan plan = fixture.editor.plan();
        int all = plan.groups().stream().mapToInt(g -> g.indicators().size()).sum()
                + plan.measures().stream().mapToInt(m -> m.indicators().size()).sum();
        assertThat(vm.indicators()).hasSize(all);
        assertThat(vm.yearProperty().get()).as("no actual yet: the plan's first year").isEqualTo(2026);
        assertThat(vm.measures()).hasSize(plan.measures().size());
        IndicatorRow first = vm.indicators().get(0);
        assertThat(first.firstOfOwner()).isTrue();
        assertThat(first.ownerTitle()).startsWith("S1 ");
        assertThat(vm.indicators().get(1).firstOfOwner()).as("the second of S1's").isFalse();
        // 2026 has no target of its own: the final one stands in, marked.
        assertThat(vm.targetText(row(vm, kgi).result())).isEqualTo("80（最終）");
        assertThat(vm.baselineText(row(vm, kgi).result().indicator())).isEqualTo("40（2025（R7））");
    }

    @Test
    void anActualTypedInIsOneEditAndTheAchievementAndGradeFollow() throws Exception {
        EvaluationViewModel vm = viewModel(fixture.context);
        vm.yearProperty().set(2027);
        // Full-width digits and the unit, as typed on a Japanese keyboard: 55%.
        assertThat(vm.setActual(kgi, "５５％")).isTrue();
        assertThat(stored(kgi).actualFor(2027)).contains(IndicatorActual.of(2027, 55));
        IndicatorRow r = row(vm, kgi);
        // (55 − 40) / (60 − 40) = 0.75 → 75%, below 80%: C.
        assertThat(vm.achievementText(r.result())).isEqualTo("75%");
        assertThat(vm.gradeText(r.result().grade())).isEqualTo("C");
        assertThat(fixture.editor.undoDescription()).isPresent();
        // S1-1 has no numeric indicator of its own: its support measure's KGI grades it.
        assertThat(vm.gradeText(measure(vm, "S1-1").grade().derived())).isEqualTo("C");
        fixture.editor.undo();
        assertThat(stored(kgi).actualFor(2027)).isEmpty();
        assertThat(vm.actualText(row(vm, kgi).result())).isEmpty();
    }

    @Test
    void textThatIsNotANumberIsRefusedAndNothingChanges() throws Exception {
        EvaluationViewModel vm = viewModel(fixture.context);
        Plan before = fixture.editor.plan();
        assertThat(vm.setActual(kgi, "約50")).isFalse();
        assertThat(vm.errorProperty().get()).contains("約50").contains(kgi).contains("2026年度");
        assertThat(fixture.statusMessages).last().asString().contains("約50");
        assertThat(fixture.editor.plan()).isSameAs(before);
    }

    @Test
    void theDetailShowsTheTrendAndTakesDateSourceAndNote() throws Exception {
        EvaluationViewModel vm = viewModel(fixture.context);
        vm.selectedIndicatorProperty().set(kgi);
        assertThat(vm.indicatorShownProperty().get()).isTrue();
        assertThat(vm.yearEntries()).extracting(YearEntry::year).containsExactly(2026, 2027, 2028, 2029, 2030);
        assertThat(vm.setActual(kgi, 2026, "50")).isTrue();
        assertThat(vm.setActualDate(2026, "令和8年5月31日")).isTrue();
        assertThat(vm.setActualSource(2026, "人事課調べ")).isTrue();
        IndicatorActual a = stored(kgi).actualFor(2026).orElseThrow();
        assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(a.source()).isEqualTo("人事課調べ");
        assertThat(a.value()).isEqualTo(50);
        // Trend: 2026 (actual 50 against the final 80: (50−40)/(80−40) = 25%), 2027 (target 60), 2030 (80).
        assertThat(vm.trend()).extracting(TrendRow::year).containsExactly(2026, 2027, 2030);
        assertThat(vm.trend().get(0).achievement()).isEqualTo("25%");
        assertThat(vm.trend().get(0).target()).as("no target of its own").isEqualTo("—");
        assertThat(vm.chartProperty().get()).isNotNull();
        assertThat(vm.chartProperty().get().points()).hasSize(3);
        assertThat(vm.setActualDate(2026, "5月ごろ")).isFalse();
        assertThat(vm.errorProperty().get()).contains("5月ごろ");
    }

    @Test
    void targetsFinalMarkAndBaselineAreEditsOfTheIndicatorsNumbers() throws Exception {
        EvaluationViewModel vm = viewModel(fixture.context);
        vm.selectedIndicatorProperty().set(kgi);
        assertThat(vm.setTarget(2028, "70")).isTrue();
        assertThat(vm.setFinal(2028, true)).isTrue();
        assertThat(stored(kgi).targets()).containsExactly(new IndicatorTarget(2027, 60, false),
                new IndicatorTarget(2028, 70, true), new IndicatorTarget(2030, 80, false));
        vm.directionProperty().set(IndicatorDirection.DOWN);
        vm.baselineProperty().set("90");
        assertThat(vm.applyNumbers()).isTrue();
        assertThat(stored(kgi).direction()).isEqualTo(IndicatorDirection.DOWN);
        assertThat(stored(kgi).baseline()).isEqualTo(90.0);
        assertThat(stored(kgi).baselineYear()).isEqualTo(2025);
        vm.baselineYearProperty().set("令和7");
        assertThat(vm.applyNumbers()).isFalse();
        assertThat(vm.errorProperty().get()).contains("令和7");
        assertThat(vm.setTarget(2029, "")).as("removing a target that is not there changes nothing").isTrue();
        assertThat(vm.setTarget(2027, "")).isTrue();
        assertThat(stored(kgi).targetFor(2027)).isEmpty();
    }

    @Test
    void aMeasureIsEvaluatedAbolishedWithAReasonAndReopened() throws Exception {
        EvaluationViewModel vm = viewModel(fixture.context);
        vm.yearProperty().set(2027);
        vm.selectedMeasureProperty().set("S1-1");
        assertThat(vm.measureShownProperty().get()).isTrue();
        vm.futureDirectionProperty().set(FutureDirection.ABOLISH.name());
        assertThat(vm.saveEvaluation()).as("廃止 needs a reason").isFalse();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(fixture.editor.plan().followUp().evaluations()).isEmpty();
        vm.directionReasonProperty().set("国の事業に統合されたため");
        vm.commentProperty().set("令和9年度で終了");
        assertThat(vm.saveEvaluation()).isTrue();
        var e = fixture.editor.plan().followUp().evaluation("S1-1", 2027).orElseThrow();
        assertThat(e.direction()).isEqualTo(FutureDirection.ABOLISH);
        assertThat(e.directionReason()).isEqualTo("国の事業に統合されたため");
        assertThat(e.comment()).isEqualTo("令和9年度で終了");
        assertThat(measure(vm, "S1-1").ended()).isTrue();
        assertThat(vm.futureText(measure(vm, "S1-1"))).isEqualTo("廃止 【終了】");
        assertThat(vm.canReopenProperty().get()).isTrue();
        assertThat(vm.endedTextProperty().get()).contains("2027年度").contains("廃止");

        fixture.dialogs.promptAnswers.add("議会の要望で継続");
        assertThat(vm.reopen()).isTrue();
        assertThat(fixture.editor.plan().followUp().hasEnded("S1-1")).isFalse();
        assertThat(vm.canReopenProperty().get()).isFalse();
        assertThat(measure(vm, "S1-1").ended()).isFalse();
    }

    @Test
    void anOverrideGradeNeedsAReasonAndShowsAsOverridden() throws Exception {
        EvaluationViewModel vm = viewModel(fixture.context);
        vm.selectedMeasureProperty().set("S1-2");
        assertThat(vm.gradeChoices()).containsExactly("", "A", "B", "C");
        vm.overrideGradeProperty().set("A");
        assertThat(vm.saveEvaluation()).isFalse();
        vm.gradeReasonProperty().set("指標の対象外の成果が大きい");
        assertThat(vm.isEvaluationChanged()).isTrue();
        assertThat(vm.saveEvaluation()).isTrue();
        assertThat(vm.isEvaluationChanged()).isFalse();
        assertThat(vm.effectiveGradeText(measure(vm, "S1-2"))).isEqualTo("A（上書き）");
    }

    @Test
    void theYearShownByDefaultIsTheLatestWithAnActual() throws Exception {
        fixture.editor.apply(new org.kaname.edit.SetActuals(List.of(
                org.kaname.edit.SetActuals.Entry.of(kgi, IndicatorActual.of(2028, 70)))));
        EvaluationViewModel vm = viewModel(fixture.context);
        assertThat(vm.yearProperty().get()).isEqualTo(2028);
        assertThat(vm.achievementText(row(vm, kgi).result())).as("(70 − 40) / (80 − 40)").isEqualTo("75%");
    }

    @Test
    void theTablesAreMadeOnTheExecutorNotOnTheCallingThread() {
        QueueingTaskExecutor queue = new QueueingTaskExecutor();
        ScreenContext c = fixture.context;
        EvaluationViewModel vm = viewModel(new ScreenContext(c.editor(), c.ranking(), queue, c.dialogs(), c.locale(),
                c.status()));
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.indicators()).as("nothing before the executor runs").isEmpty();
        vm.yearProperty().set(2027);
        assertThat(queue.pending()).isEqualTo(2);
        assertThat(queue.isCancelled(0)).as("the run for the old year is cancelled").isTrue();
        queue.runAll();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.indicators()).isNotEmpty();
        assertThat(vm.indicators().get(0).result().year()).isEqualTo(2027);
    }
}
