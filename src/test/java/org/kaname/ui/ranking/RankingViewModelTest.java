package org.kaname.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.ModelKind;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.QueueingTaskExecutor;
import org.kaname.ui.task.QueueingTaskExecutor.WhenCancelled;
import org.kaname.ui.task.TaskExecutor;
import org.kaname.edit.RemoveScenario;
import org.kaname.ui.TestEdits;

/**
 * The ranking view model on the sample plan. Expected scores are worked out by hand: with five equal weights a
 * measure's score is 100 × the mean over criteria of (mean rating − 1) / 4; e.g. S1-1 has rating means 10/3, 11/3,
 * 5, 5, 4 → (7/12 + 8/12 + 1 + 1 + 9/12) / 5 = 0.8 → 80.00.
 */
class RankingViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    RankingViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
    }

    private static Messages messages(Locale locale) {
        return Messages.of(RankingScreen.BUNDLE, locale);
    }

    /** The view model on the fixture's context, whose executor runs work at once on the calling thread. */
    private RankingViewModel direct() {
        vm = new RankingViewModel(fixture.context, messages(Locale.JAPANESE));
        return vm;
    }

    /** The view model on the fixture's plan with {@code executor} in place of the fixture's. */
    private RankingViewModel on(TaskExecutor executor) {
        ScreenContext context = new ScreenContext(fixture.editor, new RankingService(), executor, fixture.dialogs,
                Locale.JAPANESE, fixture.context.status());
        vm = new RankingViewModel(context, messages(Locale.JAPANESE));
        return vm;
    }

    @AfterEach
    void tearDown() {
        if (vm != null) {
            vm.dispose();
        }
        fixture.close();
    }

    private RankRow row(String measureId) {
        return vm.rows().stream().filter(r -> r.measureId().equals(measureId)).findFirst().orElseThrow();
    }

    /** Every rater gives {@code value} to {@code measure} on every criterion. */
    private static org.kaname.edit.Edit allScores(String measure, double value) {
        return TestEdits.rewrite("all " + value, p -> {
            List<Score> scores = new ArrayList<>();
            for (Score s : p.scores()) {
                scores.add(s.measure().equals(measure)
                        ? new Score(s.measure(), s.criterion(), s.rater(), value, s.note(), s.time()) : s);
            }
            return p.withScores(scores);
        });
    }

    @Test
    void theSamplePlanIsRankedWithTwoDecimalScoresTiersAndTiesSharingARank() {
        direct();

        assertThat(vm.rows()).extracting(RankRow::measureId).startsWith("S1-1", "S1-3", "S1-2", "S1-4", "S2-3");
        assertThat(vm.rows().get(0).scoreText()).isEqualTo("80.00");
        assertThat(vm.rows().get(0).rankText()).isEqualTo("1");
        assertThat(vm.rows().get(0).tierText()).isEqualTo("高");
        assertThat(vm.rows().get(0).level()).isEqualTo(TierLevel.HIGH);
        assertThat(row("S1-3").scoreText()).isEqualTo("76.67");
        // S1-4 and S2-3 both score 71.67 (43/60 × 100): rank 4 each, plan order kept; the next rank is 6.
        assertThat(row("S1-4").rankText()).isEqualTo("4");
        assertThat(row("S2-3").rankText()).isEqualTo("4");
        assertThat(row("S2-1").rankText()).isEqualTo("6");
        assertThat(row("S3-2").scoreText()).isEqualTo("55.00");
        assertThat(row("S3-2").tierText()).isEqualTo("中");
        assertThat(row("S3-2").level()).isEqualTo(TierLevel.MID);
        assertThat(row("S1-1").groupTitle()).startsWith("支援策①");
        // Contributions: 100 × 0.2 × v; speed v = 7/12.
        Map<String, Double> parts = row("S1-1").contributionByCriterion();
        assertThat(parts.get("speed")).isCloseTo(100 * 0.2 * 7 / 12, within(1e-9));
        assertThat(parts.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(80, within(1e-9));
    }

    @Test
    void theSummaryListsEachPillarBeforeItsSupportMeasureWithMeanTierAndCounts() {
        direct();

        assertThat(vm.summaries()).extracting(SummaryRow::kind, SummaryRow::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SummaryRow.Kind.PILLAR, "people"),
                org.assertj.core.groups.Tuple.tuple(SummaryRow.Kind.GROUP, "S1"),
                org.assertj.core.groups.Tuple.tuple(SummaryRow.Kind.PILLAR, "operations"),
                org.assertj.core.groups.Tuple.tuple(SummaryRow.Kind.GROUP, "S2"),
                org.assertj.core.groups.Tuple.tuple(SummaryRow.Kind.PILLAR, "service"),
                org.assertj.core.groups.Tuple.tuple(SummaryRow.Kind.GROUP, "S3"));
        SummaryRow s1 = vm.summaries().get(1);
        // (80 + 73.33 + 76.67 + 71.67) / 4 = 75.42, all four measures in 高.
        assertThat(s1.meanText()).isEqualTo("75.42");
        assertThat(s1.tierText()).isEqualTo("高");
        assertThat(s1.level()).isEqualTo(TierLevel.HIGH);
        assertThat(s1.count("高")).isEqualTo(4);
        assertThat(s1.count("中")).isZero();
        SummaryRow s3 = vm.summaries().get(5);
        assertThat(s3.meanText()).isEqualTo("61.11");
        assertThat(s3.tierText()).isEqualTo("中");
        assertThat(vm.tierNames()).containsExactly("高", "中", "低", "未評価");
    }

    @Test
    void aScoreChangeReordersTheRankingAtOnceAndUndoRestoresIt() throws Exception {
        direct();
        assertThat(row("S3-2").rankText()).isEqualTo("10");

        fixture.editor.apply(allScores("S3-2", 5));

        assertThat(vm.rows().get(0).measureId()).isEqualTo("S3-2");
        assertThat(vm.rows().get(0).scoreText()).isEqualTo("100.00");
        assertThat(row("S1-1").rankText()).isEqualTo("2");

        fixture.editor.undo();
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S1-1");
    }

    @Test
    void theModelSwitchGivesTopsisScoresWithoutContributionsAndBack() {
        direct();
        vm.modelProperty().set(ModelKind.TOPSIS);

        assertThat(vm.rankingProperty().get().model()).isEqualTo(ModelKind.TOPSIS);
        assertThat(row("S1-1").scoreText()).isNotEqualTo("80.00");
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.contributionByCriterion()).isEmpty());

        vm.modelProperty().set(ModelKind.WEIGHTED_SUM);
        assertThat(row("S1-1").scoreText()).isEqualTo("80.00");
    }

    @Test
    void aScenarioRanksByItsWeightsAndARemovedScenarioFallsBackToThePlansOwn() throws Exception {
        direct();
        assertThat(vm.scenarioNames()).containsExactly("財政重視", "即効性重視");

        vm.scenarioProperty().set("財政重視");

        // 10/25/40/15/10 %: 0.1×7/12 + 0.25×8/12 + 0.4×1 + 0.15×1 + 0.1×9/12 = 0.85.
        assertThat(row("S1-1").scoreText()).isEqualTo("85.00");
        assertThat(vm.rankingProperty().get().scenario()).isEqualTo("財政重視");

        fixture.editor.apply(new RemoveScenario(fixture.editor.plan().scenarios().get(0).name()));
        assertThat(vm.scenarioProperty().get()).isNull();
        assertThat(vm.scenarioNames()).containsExactly("即効性重視");
        assertThat(row("S1-1").scoreText()).isEqualTo("80.00");
    }

    @Test
    void anUnscoredMeasureComesLastAs未評価AndCountsSo() throws Exception {
        direct();
        fixture.editor.apply(TestEdits.rewrite("clear", p -> p.withScores(p.scores().stream()
                .filter(s -> !(s.measure().equals("S1-1") && s.criterion().equals("cost"))).toList())));

        RankRow last = vm.rows().get(vm.rows().size() - 1);
        assertThat(last.measureId()).isEqualTo("S1-1");
        assertThat(last.rankText()).isEqualTo("—");
        assertThat(last.scoreText()).isEqualTo("—");
        assertThat(last.tierText()).isEqualTo("未評価");
        assertThat(last.level()).isEqualTo(TierLevel.NONE);
        SummaryRow s1 = vm.summaries().get(1);
        // (76.67 + 73.33 + 71.67) / 3 = 73.89
        assertThat(s1.meanText()).isEqualTo("73.89");
        assertThat(s1.count("未評価")).isEqualTo(1);
        assertThat(s1.count("高")).isEqualTo(3);
        assertThat(s1.measureCount()).isEqualTo(4);
    }

    @Test
    void inEnglishAnUnscoredMeasureReadsNotScoredWhileThePlansOwnTierNamesStay() throws Exception {
        vm = new RankingViewModel(fixture.context, messages(Locale.ENGLISH));
        fixture.editor.apply(TestEdits.rewrite("clear", p -> p.withScores(p.scores().stream()
                .filter(s -> !(s.measure().equals("S1-1") && s.criterion().equals("cost"))).toList())));

        RankRow last = vm.rows().get(vm.rows().size() - 1);
        assertThat(last.measureId()).isEqualTo("S1-1");
        assertThat(last.tier()).as("the engine's name, as in the CSV").isEqualTo("未評価");
        assertThat(last.tierText()).isEqualTo("Not scored");
        assertThat(vm.rows().get(0).tierText()).as("the plan's own tier name").isEqualTo("高");
        assertThat(vm.tierNames()).last().isEqualTo("未評価");
        assertThat(vm.tierText("未評価")).isEqualTo("Not scored");
        assertThat(vm.tierText(null)).isEqualTo("—");
        assertThat(vm.summaries().get(1).count("未評価")).isEqualTo(1);
    }

    @Test
    void theRadarComparesTheTopThreeUntilMeasuresAreSelected() {
        direct();
        RadarData top = vm.radarProperty().get();
        assertThat(top.topByDefault()).isTrue();
        assertThat(top.axes()).containsExactly("即効性・波及効果", "実現可能性", "費用対効果", "公平性・持続可能性", "客観的根拠の有無");
        assertThat(top.series()).extracting(RadarData.Series::measureId).containsExactly("S1-1", "S1-3", "S1-2");

        vm.selectedMeasureIds().setAll("S3-2");

        RadarData chosen = vm.radarProperty().get();
        assertThat(chosen.topByDefault()).isFalse();
        // S3-2 ratings 2,2,2 / 4,4,4 / 3,4,4 / 4,5,4 / 2,2,2 → v = 1/4, 3/4, 2/3, 5/6, 1/4.
        assertThat(chosen.series()).singleElement().satisfies(s -> {
            assertThat(s.label()).startsWith("10位");
            assertThat(s.values()).containsExactly(new double[] {0.25, 0.75, 2.0 / 3, 5.0 / 6, 0.25}, within(1e-9));
        });
    }

    @Test
    void theRankingIsComputedOnlyOnTheExecutorAndTheOldOneStaysUntilItDelivers() throws Exception {
        QueueingTaskExecutor executor = new QueueingTaskExecutor(WhenCancelled.TOO_LATE);
        on(executor);
        // Nothing is ranked on the calling (FX) thread: the first ranking waits in the executor's queue.
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaries()).isEmpty();
        assertThat(vm.criteria()).isEmpty();
        assertThat(vm.weightsLineProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();
        executor.runAll();
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S1-1");
        String weights = vm.weightsLineProperty().get();
        assertThat(weights).contains("即効性・波及効果 20.0%");
        assertThat(vm.busyProperty().get()).isFalse();

        // A small edit (one measure's scores) is queued too: until it runs, the old ranking is shown whole.
        fixture.editor.apply(allScores("S3-2", 5));
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S1-1");
        assertThat(row("S3-2").rankText()).isEqualTo("10");
        assertThat(vm.radarProperty().get().series()).extracting(RadarData.Series::measureId)
                .containsExactly("S1-1", "S1-3", "S1-2");
        executor.runAll();
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S3-2");
        assertThat(vm.radarProperty().get().series()).extracting(RadarData.Series::measureId).startsWith("S3-2");
        assertThat(vm.busyProperty().get()).isFalse();

        // So is a change of weights: the plan's own weights stay in the table and the weights line until it runs.
        vm.scenarioProperty().set("財政重視");
        assertThat(row("S1-1").scoreText()).isEqualTo("80.00");
        assertThat(vm.weightsLineProperty().get()).isEqualTo(weights);
        assertThat(vm.rankingProperty().get().scenario()).isNotEqualTo("財政重視");
        executor.runAll();
        assertThat(row("S1-1").scoreText()).isEqualTo("85.00");
        assertThat(vm.weightsLineProperty().get()).contains("即効性・波及効果 10.0%");
    }

    @Test
    void aNewerRankingCancelsTheOlderAndStaleResultsAreDropped() throws Exception {
        QueueingTaskExecutor executor = new QueueingTaskExecutor(WhenCancelled.TOO_LATE);
        on(executor);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.busyProperty().get()).isTrue();
        executor.runAll();
        assertThat(vm.rows()).hasSize(10);
        assertThat(vm.busyProperty().get()).isFalse();

        fixture.editor.apply(allScores("S3-2", 5));
        fixture.editor.undo();
        assertThat(executor.pending()).isEqualTo(2);
        executor.runAll();

        // Only the newest plan (after the undo) is shown, even though the older result arrived too.
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S1-1");
        assertThat(executor.cancels()).isEqualTo(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void afterDisposeEditsNoLongerReachTheViewModel() throws Exception {
        direct();
        vm.dispose();
        fixture.editor.apply(allScores("S3-2", 5));
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S1-1");
    }

    @Test
    void aRankingStillQueuedWhenThePlanIsClosedIsDropped() throws Exception {
        QueueingTaskExecutor executor = new QueueingTaskExecutor(WhenCancelled.TOO_LATE);
        on(executor);
        executor.runAll();
        fixture.editor.apply(allScores("S3-2", 5));

        vm.dispose();
        executor.runAll();

        assertThat(executor.cancels()).isEqualTo(1);
        assertThat(vm.rows().get(0).measureId()).isEqualTo("S1-1");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void tierLevelsFollowThePlansTierOrder() {
        Plan plan = fixture.editor.plan();
        assertThat(TierLevel.of("高", plan.tiers())).isEqualTo(TierLevel.HIGH);
        assertThat(TierLevel.of("中", plan.tiers())).isEqualTo(TierLevel.MID);
        assertThat(TierLevel.of("低", plan.tiers())).isEqualTo(TierLevel.LOW);
        assertThat(TierLevel.of("未評価", plan.tiers())).isEqualTo(TierLevel.NONE);
        assertThat(TierLevel.of("", plan.tiers())).isEqualTo(TierLevel.NONE);
    }
}
