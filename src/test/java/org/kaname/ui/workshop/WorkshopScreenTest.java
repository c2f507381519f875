package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workshop screen driven by mouse and keyboard on the sample plan (raters r1 企画課, r2 情報政策課, r3 人事課). */
@ExtendWith(ApplicationExtension.class)
class WorkshopScreenTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    WorkshopScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new WorkshopScreen(fixture.context);
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1400, 900);
        Styles.apply(scene, JapaneseFont.family());
        stage.setScene(scene);
        stage.show();
        stage.toFront();
        // Start from a clean keyboard and mouse, whatever a test before this one left pressed.
        FxRobot robot = new FxRobot();
        robot.release(new KeyCode[0]);
        robot.release(new javafx.scene.input.MouseButton[0]);
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    private static double value(List<Score> scores, String m, String c, String r) {
        return scores.stream().filter(s -> s.measure().equals(m) && s.criterion().equals(c) && s.rater().equals(r))
                .findFirst().orElseThrow().value();
    }

    /** Types one digit per cell, Tab between them (Tab wraps to the next measure after the last criterion). */
    private static void typeSheet(FxRobot robot, int... digits) {
        for (int d : digits) {
            robot.type(KeyCode.getKeyCode(Integer.toString(d)));
            robot.type(KeyCode.TAB);
        }
    }

    private void startRoundOn(FxRobot robot, String... measures) {
        robot.clickOn("#startRound");
        assertThat(robot.lookup("#roundForm").query().isVisible()).isTrue();
        robot.clickOn("#formAllMeasures");
        for (String m : measures) {
            robot.clickOn("#formMeasure-" + m);
        }
        robot.clickOn("#formStart");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRoundIsStartedEnteredByKeyboardPerRaterAndRevealed(FxRobot robot) throws Exception {
        startRoundOn(robot, "S1-1", "S2-1");
        ScoringRound open = fixture.storedPlan().openRound().orElseThrow();
        assertThat(open.measures()).containsExactly("S1-1", "S2-1");
        assertThat(open.raters()).containsExactly("r1", "r2", "r3");
        assertThat(open.scores()).isEmpty();
        assertThat(robot.lookup("#roundEntry").query().isVisible()).isTrue();
        assertThat(robot.lookup("#roundState").queryLabeled().getText()).contains("第1回ラウンド", "実施中");

        // The grid has the focus on the first cell: r1's sheet by keyboard only.
        typeSheet(robot, 1, 2, 3, 4, 5, 2, 2, 2, 2, 2);
        robot.clickOn("#nextRater");
        typeSheet(robot, 5, 4, 3, 2, 1, 2, 2, 2, 2, 2);
        robot.clickOn("#nextRater");
        typeSheet(robot, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2);
        Plan stored = fixture.storedPlan();
        assertThat(stored.openRound().orElseThrow().scores()).hasSize(30);
        assertThat(value(stored.openRound().get().scores(), "S1-1", "speed", "r2")).isEqualTo(5.0);
        // Hidden until reveal: the plan's own S1-1 speed of r2 is still the sample's 3.
        assertThat(value(stored.scores(), "S1-1", "speed", "r2")).isEqualTo(3.0);
        assertThat(robot.lookup("#roundProgress").queryListView().getItems())
                .allSatisfy(p -> assertThat(((org.kaname.engine.workshop.RaterProgress) p).complete()).isTrue());

        robot.clickOn("#revealRound");
        assertThat(fixture.dialogs.confirmations).singleElement().asString().startsWith("ラウンドの開示");
        stored = fixture.storedPlan();
        assertThat(stored.openRound()).isEmpty();
        assertThat(value(stored.scores(), "S1-1", "speed", "r2")).isEqualTo(5.0);
        assertThat(robot.lookup("#roundHistory").query().isVisible()).isTrue();
        TableView<?> history = robot.lookup("#historyTable").queryTableView();
        assertThat(history.getItems()).hasSize(1);

        // The top disagreement: S1-1 speed (1, 5, 3: sd 2) and evidence (5, 1, 3: sd 2); plan order puts speed
        // first. Lowest 企画課 1, highest 情報政策課 5.
        TableView<?> topics = robot.lookup("#disagreementTable").queryTableView();
        SpreadRow top = (SpreadRow) topics.getSelectionModel().getSelectedItem();
        assertThat(top.measureId()).isEqualTo("S1-1");
        assertThat(top.criterionId()).isEqualTo("speed");
        assertThat(top.strong()).isTrue();
        assertThat(text(robot, "#lowestRater")).isEqualTo("企画課");
        assertThat(text(robot, "#lowestValue")).isEqualTo("1");
        assertThat(text(robot, "#highestRater")).isEqualTo("情報政策課");
        assertThat(text(robot, "#highestValue")).isEqualTo("5");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void nextTopicByKeyAndEditingTheHighestValueThere(FxRobot robot) throws Exception {
        TableView<?> topics = robot.lookup("#disagreementTable").queryTableView();
        // Selected on arrival: the top of the sample's list, S1-1 speed (3, 3, 4).
        assertThat(((SpreadRow) topics.getSelectionModel().getSelectedItem()).criterionId()).isEqualTo("speed");
        robot.interact(topics::requestFocus);
        robot.type(KeyCode.N);
        SpreadRow second = (SpreadRow) topics.getSelectionModel().getSelectedItem();
        assertThat(second.measureId() + "/" + second.criterionId()).isEqualTo("S1-1/feasibility");
        // S1-1 feasibility: r1 3, r2 4, r3 4 → lowest 企画課, highest 人事課 (last of the equal highest).
        assertThat(text(robot, "#lowestRater")).isEqualTo("企画課");
        assertThat(text(robot, "#highestRater")).isEqualTo("人事課");
        robot.clickOn("#nextTopic");
        assertThat(((SpreadRow) topics.getSelectionModel().getSelectedItem()).measureId()).isEqualTo("S1-2");
        robot.type(KeyCode.UP);
        assertThat(text(robot, "#highestRater")).isEqualTo("人事課");

        javafx.scene.control.TextField field = robot.lookup("#highestValueField").queryAs(
                javafx.scene.control.TextField.class);
        robot.interact(field::clear);
        robot.clickOn(field).write("3");
        robot.type(KeyCode.ENTER);
        assertThat(value(fixture.storedPlan().scores(), "S1-1", "feasibility", "r3")).isEqualTo(3.0);
        robot.interact(fixture.editor::undo);
        assertThat(value(fixture.editor.plan().scores(), "S1-1", "feasibility", "r3")).isEqualTo(4.0);
        assertThat(robot.lookup("#highestValueField").queryTextInputControl().getText()).isEqualTo("4");
    }

    @Test
    void discardAsksFirstAndNothingChangesWhenDeclined(FxRobot robot) throws Exception {
        startRoundOn(robot, "S3-1");
        robot.type(KeyCode.DIGIT1);
        fixture.dialogs.answer = false;
        robot.clickOn("#discardRound");
        assertThat(fixture.storedPlan().openRound()).isPresent();
        fixture.dialogs.answer = true;
        robot.clickOn("#discardRound");
        assertThat(fixture.storedPlan().rounds()).isEmpty();
        assertThat(fixture.dialogs.confirmations).hasSize(2);
        Node start = robot.lookup("#startRound").query();
        assertThat(start.isDisabled()).isFalse();
        // A discarded round leaves no number behind: the next is round 1 again; while open, start is off.
        startRoundOn(robot, "S3-1");
        assertThat(start.isDisabled()).isTrue();
        assertThat(fixture.statusMessages).last().isEqualTo("第1回ラウンドを開始しました。");
    }
}
