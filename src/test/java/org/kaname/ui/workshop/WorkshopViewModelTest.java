package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.Ranking;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.ui.ScreenFixture;

/** The rounds side of the workshop screen, without a screen, on the sample plan (raters r1, r2, r3). */
class WorkshopViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    WorkshopViewModel vm;
    final AtomicLong seconds = new AtomicLong(1_764_000_000L);

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new WorkshopViewModel(fixture.editor, fixture.dialogs, fixture.statusMessages::add,
                fixture.context.messages("org.kaname.ui.workshop.messages"),
                () -> Instant.ofEpochSecond(seconds.getAndAdd(60)), ZoneOffset.ofHours(9));
    }

    @AfterEach
    void tearDown() {
        vm.dispose();
        fixture.close();
    }

    private Plan plan() {
        return fixture.editor.plan();
    }

    private Ranking ranking() {
        return fixture.context.ranking().rank(plan());
    }

    private void startRound(List<String> measures, boolean prefill) {
        assertThat(vm.showForm()).isTrue();
        vm.form().selectOnly(measures);
        vm.form().prefillProperty().set(prefill);
        assertThat(vm.startRound()).as(String.valueOf(fixture.statusMessages)).isTrue();
    }

    /** Enters {@code values} (one per criterion in plan order) on {@code measure} for the chosen rater. */
    private void enter(String rater, String measure, int... values) {
        vm.selectedRaterIdProperty().set(rater);
        for (int i = 0; i < values.length; i++) {
            vm.focus(null, null);
            assertThat(vm.typeDigit(measure, plan().criteria().get(i).id(), values[i])).isTrue();
        }
    }

    private static double value(List<Score> scores, String m, String c, String r) {
        return scores.stream().filter(s -> s.measure().equals(m) && s.criterion().equals(c) && s.rater().equals(r))
                .findFirst().orElseThrow().value();
    }

    @Test
    void theFormProposesEverythingForTheFirstRoundWithoutPrefill() {
        assertThat(vm.showForm()).isTrue();
        assertThat(vm.form().titleProperty().get()).isEqualTo("第1回");
        assertThat(vm.form().selectedMeasureIds()).hasSize(10);
        assertThat(vm.form().selectedRaterIds()).containsExactly("r1", "r2", "r3");
        assertThat(vm.form().prefillProperty().get()).isFalse();
        vm.form().selectAllMeasures(false);
        vm.form().selectGroup("S2", true);
        assertThat(vm.form().selectedMeasureIds()).containsExactly("S2-1", "S2-2", "S2-3");
        assertThat(vm.startRound()).isTrue();
        assertThat(plan().openRound().orElseThrow().measures()).containsExactly("S2-1", "S2-2", "S2-3");
    }

    @Test
    void aRoundWithoutRatersOrMeasuresIsRefusedWithAJapaneseReason() {
        vm.showForm();
        vm.form().selectOnlyRaters(List.of());
        assertThat(vm.startRound()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("評価者を1名以上選んでください。");
        vm.form().selectOnlyRaters(List.of("r1"));
        vm.form().selectAllMeasures(false);
        assertThat(vm.startRound()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("施策を1件以上選んでください。");
        assertThat(plan().rounds()).isEmpty();
    }

    @Test
    void valuesStayHiddenUntilRevealThenBecomeThePlanScoresAndTheHistory() throws Exception {
        Ranking before = ranking();
        List<Score> scoresBefore = plan().scores();
        startRound(List.of("S1-1", "S2-1"), false);
        ScoringRound open = vm.openRoundProperty().get();
        assertThat(open.number()).isEqualTo(1);
        assertThat(open.measures()).containsExactly("S1-1", "S2-1");
        assertThat(vm.rows()).extracting(EntryRow::measureId).containsExactly("S1-1", "S2-1");
        assertThat(vm.roundRaters()).extracting(r -> r.id()).containsExactly("r1", "r2", "r3");
        assertThat(vm.selectedRaterIdProperty().get()).isEqualTo("r1");
        assertThat(vm.history().rows()).isEmpty();

        enter("r1", "S1-1", 1, 1, 1, 1, 1);
        enter("r2", "S1-1", 5, 5, 5, 5, 5);
        enter("r3", "S1-1", 3, 3, 3, 3, 3);
        enter("r1", "S2-1", 2, 2, 2, 2, 2);
        // Each rater has 2 measures × 5 criteria = 10 cells; r1 entered 10, r2 and r3 5 each.
        assertThat(vm.progress()).extracting(p -> p.entered()).containsExactly(10, 5, 5);
        assertThat(vm.progress()).extracting(p -> p.expected()).containsExactly(10, 10, 10);
        assertThat(vm.progressText(vm.progress().get(0))).contains("企画課", "10 / 10", "入力完了");
        vm.selectedRaterIdProperty().set("r2");
        assertThat(vm.cellText("S1-1", "speed")).isEqualTo("5");
        assertThat(vm.cellText("S2-1", "speed")).isEmpty();

        // Hidden: the plan's scores and the ranking are exactly as before.
        assertThat(plan().scores()).isEqualTo(scoresBefore);
        assertThat(ranking()).isEqualTo(before);
        assertThat(fixture.storedPlan().openRound()).isPresent();

        assertThat(vm.reveal()).isTrue();
        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("30 セル中 20 セル");
        assertThat(plan().openRound()).isEmpty();
        assertThat(value(plan().scores(), "S1-1", "speed", "r1")).isEqualTo(1.0);
        assertThat(value(plan().scores(), "S1-1", "evidence", "r2")).isEqualTo(5.0);
        assertThat(value(plan().scores(), "S2-1", "cost", "r1")).isEqualTo(2.0);
        // Not entered in the round: r2's S2-1 speed keeps the sample's 5.
        assertThat(value(plan().scores(), "S2-1", "speed", "r2")).isEqualTo(5.0);
        assertThat(ranking()).isNotEqualTo(before);
        assertThat(vm.history().rows()).singleElement().satisfies(h -> {
            assertThat(h.number()).isEqualTo(1);
            assertThat(h.title()).isEqualTo("第1回");
            // Strong cells: S1-1's five criteria (1, 5, 3: range 4 ≥ 2). S2-1 has only r1 → no spread.
            assertThat(h.strongCells()).isEqualTo(5);
            // sd of 1, 5, 3 is 2, half the 1–5 span: 50 %.
            assertThat(h.meanSpread()).isEqualTo("50%");
            assertThat(h.revealed()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        });
        assertThat(vm.history().selectedRoundProperty().get()).isEqualTo(1);
        assertThat(vm.history().chartMeasureIdProperty().get()).isEqualTo("S1-1");
        assertThat(vm.history().chartProperty().get()).isNotNull();
        Plan stored = fixture.storedPlan();
        assertThat(stored.rounds()).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(RoundState.REVEALED));
    }

    @Test
    void aSecondRoundStartsFromTheCurrentScoresAndOnlyTheChangedValueMoves() throws Exception {
        startRound(List.of("S1-1"), false);
        enter("r1", "S1-1", 1, 1, 1, 1, 1);
        enter("r2", "S1-1", 5, 5, 5, 5, 5);
        enter("r3", "S1-1", 3, 3, 3, 3, 3);
        vm.reveal();

        assertThat(vm.showForm()).isTrue();
        assertThat(vm.form().titleProperty().get()).isEqualTo("第2回");
        assertThat(vm.form().prefillProperty().get()).isTrue();
        vm.form().selectOnly(List.of("S1-1"));
        assertThat(vm.startRound()).isTrue();
        ScoringRound second = vm.openRoundProperty().get();
        assertThat(second.number()).isEqualTo(2);
        // Prefilled: the 3 raters × 5 criteria of S1-1 as they stand.
        assertThat(second.scores()).hasSize(15);
        assertThat(value(second.scores(), "S1-1", "speed", "r2")).isEqualTo(5.0);
        assertThat(vm.progress()).allSatisfy(p -> assertThat(p.complete()).isTrue());
        vm.selectedRaterIdProperty().set("r2");
        assertThat(vm.cellText("S1-1", "speed")).isEqualTo("5");

        vm.selectedRaterIdProperty().set("r2");
        assertThat(vm.typeDigit("S1-1", "speed", 2)).isTrue();
        assertThat(vm.saveNote("S1-1", "speed", " 議論を踏まえ下方修正 ")).isTrue();
        assertThat(vm.cellText("S1-1", "speed")).isEqualTo("2 ※");
        assertThat(value(plan().scores(), "S1-1", "speed", "r2")).isEqualTo(5.0);
        assertThat(vm.reveal()).isTrue();

        assertThat(vm.history().rows()).extracting(HistoryRow::number).containsExactly(1, 2);
        // Round 2 speed: 1, 2, 3 (sd 1 = 25 %); other criteria still 1, 5, 3 (50 %): mean (25 + 4 × 50) / 5 = 45 %.
        assertThat(vm.history().rows().get(1).meanSpread()).isEqualTo("45%");
        Plan stored = fixture.storedPlan();
        assertThat(stored.rounds()).extracting(ScoringRound::state)
                .containsExactly(RoundState.REVEALED, RoundState.REVEALED);
        assertThat(value(stored.scores(), "S1-1", "speed", "r2")).isEqualTo(2.0);
        assertThat(stored.scores().stream().filter(s -> s.measure().equals("S1-1") && s.criterion().equals("speed")
                && s.rater().equals("r2")).findFirst().orElseThrow().note()).isEqualTo("議論を踏まえ下方修正");
        // The first round is history: still 5 there.
        assertThat(value(stored.rounds().get(0).scores(), "S1-1", "speed", "r2")).isEqualTo(5.0);
    }

    @Test
    void onlyOneRoundIsOpenAndDiscardLeavesThePlanScores() {
        List<Score> before = plan().scores();
        startRound(List.of("S1-1"), false);
        assertThat(vm.showForm()).isFalse();
        assertThat(fixture.statusMessages).last().asString().contains("第1回ラウンドを実施中です");
        enter("r1", "S1-1", 1);
        fixture.dialogs.answer = false;
        assertThat(vm.discard()).isFalse();
        assertThat(plan().openRound()).isPresent();
        fixture.dialogs.answer = true;
        assertThat(vm.discard()).isTrue();
        assertThat(plan().rounds()).isEmpty();
        assertThat(plan().scores()).isEqualTo(before);
        assertThat(vm.openRoundProperty().get()).isNull();
        assertThat(vm.reveal()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("実施中のラウンドがありません。");
    }

    @Test
    void offScaleValuesAndNotesWithoutValueAreRefusedAndUndoFollows() {
        startRound(List.of("S1-1"), false);
        assertThat(vm.setValue("S1-1", "speed", 7)).isFalse();
        assertThat(fixture.statusMessages).last().asString().contains("範囲外");
        assertThat(vm.saveNote("S1-1", "speed", "x")).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("根拠メモを付ける前に評点を入力してください。");
        assertThat(vm.typeDigit("S1-1", "speed", 4)).isTrue();
        assertThat(vm.cellText("S1-1", "speed")).isEqualTo("4");
        fixture.editor.undo();
        assertThat(vm.cellText("S1-1", "speed")).isEmpty();
        fixture.editor.undo();
        assertThat(vm.openRoundProperty().get()).isNull();
        fixture.editor.redo();
        assertThat(vm.openRoundProperty().get()).isNotNull();
    }

    @Test
    void nextRaterGoesRoundTheRoundsRaters() {
        startRound(List.of("S1-1"), false);
        vm.nextRater();
        assertThat(vm.selectedRaterIdProperty().get()).isEqualTo("r2");
        vm.nextRater();
        vm.nextRater();
        assertThat(vm.selectedRaterIdProperty().get()).isEqualTo("r1");
    }

    /** Rater r's values on S1-4 for speed and feasibility (the other criteria left empty). */
    private void enterTwo(String rater, int speed, int feasibility) {
        vm.selectedRaterIdProperty().set(rater);
        assertThat(vm.setValue("S1-4", "speed", speed)).as(String.valueOf(fixture.statusMessages)).isTrue();
        assertThat(vm.setValue("S1-4", "feasibility", feasibility)).isTrue();
    }

    private void reveal() {
        fixture.dialogs.answer = true;
        assertThat(vm.reveal()).isTrue();
    }

    @Test
    void aLaterRoundShowsHowConsensusMovedFromThePreviousRevealedRound() {
        // Round 1: speed 1, 3, 5 (sd 2, a half of the span 4); feasibility 2, 2, 5 (sd √3 = 1.732, 43%): mean 47%,
        // both strong (range ≥ 2).
        startRound(List.of("S1-4"), false);
        enterTwo("r1", 1, 2);
        enterTwo("r2", 3, 2);
        enterTwo("r3", 5, 5);
        reveal();
        assertThat(vm.history().movementSummaryProperty().get()).as("nothing before round 1").isEmpty();
        assertThat(vm.history().movement()).isEmpty();
        // Round 2: speed 3, 3, 4 (sd √(1/3) = 0.577, 14%, range 1: not strong); feasibility 2, 3, 5 (sd √(7/3) =
        // 1.528, 38%, still strong): mean 26%.
        startRound(List.of("S1-4"), false);
        enterTwo("r1", 3, 2);
        enterTwo("r2", 3, 3);
        enterTwo("r3", 4, 5);
        reveal();
        assertThat(vm.history().selectedRoundProperty().get()).isEqualTo(2);
        assertThat(vm.history().movementSummaryProperty().get()).isEqualTo("第1回 → 第2回：平均のばらつき 47% → 26%、強い相違 2 → 1");
        // Speed fell by 1.42, feasibility by 0.20: speed first.
        assertThat(vm.history().movement()).extracting(MovementRow::criterionId).containsExactly("speed", "feasibility");
        MovementRow speed = vm.history().movement().get(0);
        assertThat(speed.sdBefore()).isEqualTo("2.00");
        assertThat(speed.sdAfter()).isEqualTo("0.58");
        assertThat(speed.text()).isEqualTo("S1-4 DX推進専門部署の設置と権限強化／即効性・波及効果：SD 2.00 → 0.58");
        assertThat(vm.history().movement().get(1).sdBefore()).isEqualTo("1.73");
        assertThat(vm.history().movement().get(1).sdAfter()).isEqualTo("1.53");
        // Back on round 1 there is nothing to compare with; round 2 again compares with round 1.
        vm.history().selectedRoundProperty().set(1);
        assertThat(vm.history().movementSummaryProperty().get()).isEmpty();
        assertThat(vm.history().movement()).isEmpty();
        vm.history().selectedRoundProperty().set(2);
        assertThat(vm.history().movement()).hasSize(2);
        // A round discarded, then round 3 (the discarded number is used again) unchanged from round 2.
        startRound(List.of("S1-4"), false);
        fixture.dialogs.answer = true;
        assertThat(vm.discard()).isTrue();
        startRound(List.of("S1-4"), false);
        enterTwo("r1", 3, 2);
        enterTwo("r2", 3, 3);
        enterTwo("r3", 4, 5);
        reveal();
        assertThat(vm.history().selectedRoundProperty().get()).isEqualTo(3);
        assertThat(vm.history().movementSummaryProperty().get()).isEqualTo("第2回 → 第3回：平均のばらつき 26% → 26%、強い相違 1 → 1");
        assertThat(vm.history().movement()).as("unchanged cells are not listed").isEmpty();
    }

    @Test
    void theHistoryFollowsRevealUndoAndRedoFromTheWorkshopsOneListener() {
        startRound(List.of("S1-4"), false);
        enterTwo("r1", 1, 2);
        enterTwo("r2", 3, 2);
        enterTwo("r3", 5, 5);
        RoundHistoryViewModel history = vm.history();
        assertThat(history.rows()).as("an open round is not history").isEmpty();
        reveal();
        assertThat(vm.history()).as("one history for the life of the view model").isSameAs(history);
        assertThat(history.rows()).extracting(HistoryRow::number).containsExactly(1);
        assertThat(history.selectedRoundProperty().get()).isEqualTo(1);
        fixture.editor.undo();
        // The reveal undone: round 1 is open again, so nothing is history and nothing is charted.
        assertThat(vm.openRoundProperty().get()).isNotNull();
        assertThat(history.rows()).isEmpty();
        assertThat(history.selectedRoundProperty().get()).isNull();
        assertThat(history.chartProperty().get()).isNull();
        fixture.editor.redo();
        assertThat(history.rows()).extracting(HistoryRow::number).containsExactly(1);
        assertThat(history.selectedRoundProperty().get()).isEqualTo(1);
        assertThat(history.chartMeasureIdProperty().get()).isEqualTo("S1-4");
        assertThat(history.chartProperty().get()).isNotNull();
    }

    @Test
    void everyRefusalOfTheRoundsEngineIsSaidInJapaneseBeforeTheEngineIsAsked() throws Exception {
        // Before any round: reveal, enter and discard have nothing to act on.
        assertThat(vm.reveal()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("実施中のラウンドがありません。");
        assertThat(vm.setValue("S1-4", "speed", 3)).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("実施中のラウンドがありません。");
        assertThat(vm.discard()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("実施中のラウンドがありません。");
        // The form was filled while 人事課 (r3) was in the plan; an edit took them away before the start.
        assertThat(vm.showForm()).isTrue();
        fixture.editor.apply(new org.kaname.edit.RemoveRater("r3"));
        vm.form().selectOnly(List.of("S1-4"));
        assertThat(vm.startRound()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo(
                "評価者「r3」は計画にありません（削除または元に戻す操作で無くなった可能性があります）。フォームを開き直してください。");
        assertThat(plan().rounds()).isEmpty();
        fixture.editor.undo();
        // A round on S1-4 with r1 and r2 only.
        assertThat(vm.showForm()).isTrue();
        vm.form().selectOnly(List.of("S1-4"));
        vm.form().selectOnlyRaters(List.of("r1", "r2"));
        assertThat(vm.startRound()).isTrue();
        // A second round while one is open.
        assertThat(vm.startRound()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo(
                "第1回ラウンドを実施中です。開示するか破棄してから、次のラウンドを開始してください。");
        vm.selectedRaterIdProperty().set("r1");
        // A measure outside the round, a rater outside the round, a criterion not in the plan, a value off the scale.
        assertThat(vm.setValue("S2-1", "speed", 3)).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo(
                "施策「S2-1 「書かない・待たせない・回らない」窓口の標準モデル構築と展開」は第1回ラウンドの対象ではありません。");
        assertThat(vm.saveNote("S2-1", "speed", "x")).isFalse();
        assertThat(fixture.statusMessages).last().asString().endsWith("は第1回ラウンドの対象ではありません。");
        assertThat(vm.setValue("S1-4", "c9", 3)).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("評価基準「c9」は計画にありません。");
        assertThat(vm.setValue("S1-4", "speed", 9)).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("評点 9 は「即効性・波及効果」の尺度（1〜5）の範囲外です。");
        vm.selectedRaterIdProperty().set("r3");
        assertThat(vm.setValue("S1-4", "speed", 3)).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("評価者「人事課」は第1回ラウンドの対象ではありません。");
        vm.selectedRaterIdProperty().set(null);
        assertThat(vm.setValue("S1-4", "speed", 3)).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("入力する評価者を選んでください。");
        // Nothing reached the round, and no English reached the room.
        assertThat(plan().openRound().orElseThrow().scores()).isEmpty();
        assertThat(fixture.statusMessages).noneMatch(m -> m.matches("(?s).*[A-Za-z]{4,}.*"));
    }
}
