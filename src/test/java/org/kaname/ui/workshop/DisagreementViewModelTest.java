package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.model.RoundState;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.QueueingTaskExecutor;
import org.kaname.ui.task.QueueingTaskExecutor.WhenCancelled;
import org.kaname.edit.CollectScores;
import org.kaname.ui.TestEdits;

/**
 * Disagreement in focus on the sample plan: 3 raters (r1 企画課, r2 情報政策課, r3 人事課) × 10 measures × 5
 * criteria, all cells scored. In the sample the raters differ by at most one point, so every cell that differs has
 * values like 3, 3, 4: sd √(1/3) ≈ 0.58, range 1 — not strong on 1–5 (needs range ≥ 2 or sd ≥ 1).
 */
class DisagreementViewModelTest {
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    @TempDir
    Path dir;
    ScreenFixture fixture;
    DisagreementViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new DisagreementViewModel(fixture.editor, fixture.statusMessages::add,
                fixture.context.messages("org.kaname.ui.workshop.messages"), () -> T);
    }

    @AfterEach
    void tearDown() {
        vm.dispose();
        fixture.close();
    }

    private void setScores(String measure, String criterion, double r1, double r2, double r3) throws Exception {
        fixture.editor.apply(new CollectScores(List.of("test"), List.of(
                CollectScores.Entry.filled(new Score(measure, criterion, "r1", r1, "r1 note", T)),
                CollectScores.Entry.filled(new Score(measure, criterion, "r2", r2, "", T)),
                CollectScores.Entry.filled(new Score(measure, criterion, "r3", r3, "r3 note", T)))));
    }

    @Test
    void onTheSampleEqualSpreadsKeepPlanOrderAndTheExtremesShowTheirRationales() {
        // 50 cells with three values each; 27 of them differ (by one point), the rest are unanimous.
        assertThat(vm.rows()).hasSize(50);
        assertThat(vm.rows().stream().filter(r -> !r.sd().equals("0.00")).count()).isEqualTo(27);
        assertThat(vm.rows()).noneMatch(SpreadRow::strong);
        // Ties are in plan order: S1-1 speed (3, 3, 4) then S1-1 feasibility (3, 4, 4).
        assertThat(vm.rows().get(0)).satisfies(r -> {
            assertThat(r.measureId()).isEqualTo("S1-1");
            assertThat(r.criterionName()).isEqualTo("即効性・波及効果");
            assertThat(r.count()).isEqualTo(3);
            assertThat(r.sd()).isEqualTo("0.58");
            assertThat(r.range()).isEqualTo("3–4");
        });
        assertThat(vm.rows().get(1).criterionId()).isEqualTo("feasibility");
        // A unanimous cell (S2-1 feasibility: 3, 3, 3) comes after every cell that differs.
        int unanimous = indexOf("S2-1", "feasibility");
        assertThat(unanimous).isGreaterThanOrEqualTo(27);

        assertThat(vm.selectedProperty().get()).isNull();
        assertThat(vm.nextTopic()).isTrue();
        assertThat(vm.lowestProperty().get()).satisfies(x -> {
            assertThat(x.label()).isEqualTo("企画課");
            assertThat(x.valueText()).isEqualTo("3");
            assertThat(x.note()).startsWith("戦略・スキル標準の策定");
        });
        assertThat(vm.highestProperty().get()).satisfies(x -> {
            assertThat(x.label()).isEqualTo("人事課");
            assertThat(x.valueText()).isEqualTo("4");
            assertThat(x.note()).startsWith("人事課として、共同採用は");
        });
        assertThat(vm.nextTopic()).isTrue();
        assertThat(vm.selectedProperty().get().criterionId()).isEqualTo("feasibility");
    }

    private int indexOf(String measure, String criterion) {
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).measureId().equals(measure) && vm.rows().get(i).criterionId().equals(criterion)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aWideSpreadGoesToTheTopMarkedStrong() throws Exception {
        // 1, 5, 3: sd 2 (half the span), range 4 → strong, and larger than anything in the sample.
        setScores("S3-3", "cost", 1, 5, 3);
        // 2, 4, 4: sd √(4/3) ≈ 1.15, range 2 → strong, second.
        setScores("S3-2", "speed", 2, 4, 4);
        assertThat(vm.rows()).extracting(r -> r.measureId() + "/" + r.criterionId()).startsWith("S3-3/cost",
                "S3-2/speed");
        assertThat(vm.rows().get(0).sd()).isEqualTo("2.00");
        assertThat(vm.rows().get(1).sd()).isEqualTo("1.15");
        assertThat(vm.rows().subList(0, 2)).allMatch(SpreadRow::strong);
        assertThat(vm.rows().get(2).strong()).isFalse();
        vm.first();
        assertThat(vm.lowestProperty().get().label()).isEqualTo("企画課");
        assertThat(vm.lowestProperty().get().note()).isEqualTo("r1 note");
        assertThat(vm.highestProperty().get().label()).isEqualTo("情報政策課");
        assertThat(vm.highestProperty().get().note()).isEmpty();
    }

    @Test
    void editingAnExtremeChangesThePlanScoreAndKeepsTheCellSelected() throws Exception {
        setScores("S3-3", "cost", 1, 5, 3);
        vm.first();
        assertThat(vm.saveExtreme(DisagreementViewModel.Side.HIGHEST, "x", "")).isFalse();
        assertThat(fixture.statusMessages).last().asString().contains("数字で入力");
        assertThat(vm.saveExtreme(DisagreementViewModel.Side.HIGHEST, "6", "")).isFalse();
        assertThat(fixture.statusMessages).last().asString().contains("範囲外");
        assertThat(vm.saveExtreme(DisagreementViewModel.Side.HIGHEST, "3", "説明を聞いて修正")).isTrue();
        Score stored = fixture.storedPlan().scores().stream().filter(s -> s.measure().equals("S3-3")
                && s.criterion().equals("cost") && s.rater().equals("r2")).findFirst().orElseThrow();
        assertThat(stored.value()).isEqualTo(3.0);
        assertThat(stored.note()).isEqualTo("説明を聞いて修正");
        // Now 1, 3, 3: still the same cell selected, wherever it moved; its highest is r2 or r3 at 3 — the last in
        // plan order among equal highest values, r3.
        assertThat(vm.selectedProperty().get().measureId()).isEqualTo("S3-3");
        assertThat(vm.highestProperty().get().raterId()).isEqualTo("r3");
        fixture.editor.undo();
        assertThat(vm.highestProperty().get().valueText()).isEqualTo("5");
    }

    @Test
    void namesAreLettersWhenTheLatestRevealedRoundWasAnonymous() throws Exception {
        setScores("S3-3", "cost", 1, 5, 3);
        fixture.editor.apply(TestEdits.rewrite("round", p -> {
            List<ScoringRound> rounds = new ArrayList<>(p.rounds());
            rounds.add(new ScoringRound(1, "匿名", List.of("S3-3"), List.of("r2", "r1", "r3"), true,
                    RoundState.REVEALED, T, T, List.of()));
            return p.withRounds(rounds);
        }));
        assertThat(vm.anonymous()).isTrue();
        vm.first();
        // Letters follow the round's rater order: r2 → A, r1 → B.
        assertThat(vm.lowestProperty().get().label()).isEqualTo("評価者B");
        assertThat(vm.highestProperty().get().label()).isEqualTo("評価者A");
    }

    @Test
    void nextTopicStopsAtTheEnd() throws Exception {
        vm.selectedProperty().set(vm.rows().get(vm.rows().size() - 1));
        assertThat(vm.nextTopic()).isFalse();
        assertThat(fixture.statusMessages).last().isEqualTo("最後の論点です。");
    }

    /**
     * The spreads of every cell are plan-wide work: they go through the task executor, never computed on the calling
     * (FX) thread. Until the queued work runs the list shows what it showed before; then the new order.
     */
    @Test
    void theSpreadsAreComputedThroughTheTaskExecutor() throws Exception {
        QueueingTaskExecutor queue = new QueueingTaskExecutor(WhenCancelled.TOO_LATE);
        DisagreementViewModel later = new DisagreementViewModel(fixture.editor, queue, fixture.statusMessages::add,
                fixture.context.messages("org.kaname.ui.workshop.messages"), () -> T, ScreenContext.ALWAYS_SHOWN);
        try {
            assertThat(later.rows()).as("nothing computed before the executor runs the work").isEmpty();
            later.first(); // asked for while the spreads are on their way: the top row, once they arrive
            assertThat(later.selectedProperty().get()).isNull();
            queue.runAll();
            assertThat(later.rows()).hasSize(50);
            assertThat(later.selectedProperty().get()).isSameAs(later.rows().get(0));
            assertThat(later.selectedProperty().get().measureId()).isEqualTo("S1-1");

            setScores("S3-3", "cost", 1, 5, 3);
            setScores("S2-1", "feasibility", 2, 4, 4);
            assertThat(later.rows().get(0).measureId()).as("the old order until the work has run").isEqualTo("S1-1");
            assertThat(queue.pending()).isEqualTo(2);
            queue.runAll();
            // Only the latest plan's spreads are shown: 1, 5, 3 first, then 2, 4, 4.
            assertThat(later.rows().subList(0, 2)).extracting(SpreadRow::measureId).containsExactly("S3-3", "S2-1");
            assertThat(later.selectedProperty().get().measureId()).as("the same cell stays selected")
                    .isEqualTo("S1-1");
        } finally {
            later.dispose();
        }
    }
}
