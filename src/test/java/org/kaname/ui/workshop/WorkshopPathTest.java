package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.service.Services;
import org.kaname.ui.KanameApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workshop run end to end on the real application (headless), by keyboard and mouse like a facilitator: Ctrl+8,
 * a round for the three raters on two measures, each rater's sheet typed in turn, reveal, the top disagreement,
 * a second round started from the revealed values with one value changed, reveal, two rounds in the history — and
 * the stored plan holds both rounds, with the plan scores equal to round 2's values.
 */
class WorkshopPathTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KanameApp.class, "--data=" + dir);
        waitFor(() -> lookup("#planList").tryQuery().isPresent()
                && !lookup("#planList").queryListView().getItems().isEmpty()
                && lookup("#navigation").tryQuery().isPresent()
                && !lookup("#navigation").queryListView().getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickButton(String id) throws Exception {
        waitFor(() -> lookup(id).tryQuery().map(n -> n.isVisible() && !n.isDisabled()).orElse(false));
        clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void typeSheet(int... digits) {
        for (int d : digits) {
            type(KeyCode.getKeyCode(Integer.toString(d)));
            type(KeyCode.TAB);
        }
    }

    private void startRound(String... measures) throws Exception {
        clickButton("#startRound");
        clickButton("#formAllMeasures");
        for (String m : measures) {
            clickButton("#formMeasure-" + m);
        }
        clickButton("#formStart");
        waitFor(() -> lookup("#roundGrid").query().isVisible() && lookup("#roundGrid").query().isFocused());
    }

    private void revealAndConfirm(int rounds) throws Exception {
        clickButton("#revealRound");
        // The confirmation dialog: OK is its default button.
        type(KeyCode.ENTER);
        waitFor(() -> lookup("#historyTable").queryTableView().getItems().size() == rounds);
    }

    @Test
    void twoRoundsWithThreeRatersAreRevealedAndKept() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        waitFor(() -> lookup("#workshopScreen").tryQuery().map(Node::isVisible).orElse(false));

        startRound("S1-1", "S2-1");
        // Criteria in plan order: speed, feasibility, cost, fairness, evidence; S1-1's five then S2-1's five.
        typeSheet(1, 2, 3, 4, 5, 2, 2, 2, 2, 2);
        clickButton("#nextRater");
        typeSheet(5, 4, 3, 2, 1, 2, 2, 2, 2, 2);
        clickButton("#nextRater");
        typeSheet(3, 3, 3, 3, 3, 4, 4, 4, 4, 4);
        revealAndConfirm(1);

        // S1-1 speed (1, 5, 3) and evidence (5, 1, 3) have sd 2, the largest; plan order puts speed first.
        TableView<?> topics = lookup("#disagreementTable").queryTableView();
        waitFor(() -> topics.getSelectionModel().getSelectedItem() != null);
        SpreadRow top = (SpreadRow) topics.getSelectionModel().getSelectedItem();
        assertThat(top.measureId() + "/" + top.criterionId()).isEqualTo("S1-1/speed");
        assertThat(top.strong()).isTrue();
        assertThat(lookup("#lowestRater").queryLabeled().getText()).isEqualTo("企画課");
        assertThat(lookup("#highestRater").queryLabeled().getText()).isEqualTo("情報政策課");

        // Round 2 starts from the revealed values (prefill on by default from round 2): only r1's speed moves.
        startRound("S1-1", "S2-1");
        assertThat(lookup("#roundState").queryLabeled().getText()).contains("第2回");
        type(KeyCode.DIGIT3);
        revealAndConfirm(2);
        waitFor(() -> lookup("#saveState").queryLabeled().getText().contains("保存済み"));

        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            Plan plan = services.plans().open(services.plans().plans().get(0).id()).plan();
            assertThat(plan.rounds()).extracting(ScoringRound::state)
                    .containsExactly(RoundState.REVEALED, RoundState.REVEALED);
            ScoringRound second = plan.rounds().get(1);
            assertThat(second.number()).isEqualTo(2);
            // 3 raters × 2 measures × 5 criteria, all carried over from round 1.
            assertThat(second.scores()).hasSize(30);
            assertThat(value(second.scores(), "S1-1", "speed", "r1")).isEqualTo(3.0);
            assertThat(value(plan.rounds().get(0).scores(), "S1-1", "speed", "r1")).isEqualTo(1.0);
            for (Score s : second.scores()) {
                assertThat(value(plan.scores(), s.measure(), s.criterion(), s.rater()))
                        .as("%s/%s/%s", s.measure(), s.criterion(), s.rater()).isEqualTo(s.value());
            }
            assertThat(value(plan.scores(), "S1-1", "evidence", "r2")).isEqualTo(1.0);
            assertThat(value(plan.scores(), "S2-1", "cost", "r3")).isEqualTo(4.0);
        }
    }

    private static double value(List<Score> scores, String m, String c, String r) {
        return scores.stream().filter(s -> s.measure().equals(m) && s.criterion().equals(c) && s.rater().equals(r))
                .findFirst().orElseThrow().value();
    }
}
