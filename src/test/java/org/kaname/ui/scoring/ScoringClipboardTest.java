package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.Cell;
import org.kaname.edit.ScoreEdits;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.ShownScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Excel habits on the scoring grid (headless): Ctrl+V pastes a tab-separated block from the focused cell, all or
 * nothing and as one undo step; Ctrl+C puts the selected block on the clipboard as tab-separated text.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringClipboardTest {
    private ShownScreen<ScoringScreen> shown;
    private ScreenFixture fixture;
    private ScoringScreen screen;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        shown = ShownScreen.show(stage, Locale.JAPANESE, 1280, 800, ScoringScreen::new);
        fixture = shown.fixture;
        screen = shown.screen;
    }

    @AfterEach
    void tearDown() throws Exception {
        shown.close();
    }

    private void focusGrid(FxRobot robot) {
        robot.interact(() -> robot.lookup("#scoreGrid").queryAs(TableView.class).requestFocus());
    }

    private static void putOnClipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static Score score(Plan plan, String measure, String criterion) {
        return ScoreEdits.find(plan, new Cell(measure, criterion, "r1")).orElse(null);
    }

    @Test
    void aValidBlockIsStoredAndOneUndoTakesItAllBack(FxRobot robot) throws Exception {
        Plan before = fixture.storedPlan();
        assertThat(score(before, "S1-3", "feasibility")).as("the blank must clear a value").isNotNull();
        focusGrid(robot);
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT); // S1-2 × 実現可能性
        // As Excel copies 2 rows × 2 columns: full-width digits, one blank cell, CR LF after each row.
        putOnClipboard(robot, "１\t2\r\n\t５\r\n");

        shortcut(robot, KeyCode.V);

        Plan after = fixture.storedPlan();
        assertThat(score(after, "S1-2", "feasibility").value()).isEqualTo(1.0);
        assertThat(score(after, "S1-2", "cost").value()).isEqualTo(2.0);
        assertThat(score(after, "S1-3", "feasibility")).as("a blank pasted cell clears the score").isNull();
        assertThat(score(after, "S1-3", "cost").value()).isEqualTo(5.0);
        assertThat(score(after, "S1-2", "feasibility").note()).as("the rationale stays, as when typing")
                .isEqualTo(score(before, "S1-2", "feasibility").note());
        assertThat(fixture.statusMessages).last().asString().startsWith("4 セルを貼り付けました");
        assertThat(fixture.editor.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("貼り付け"));
        assertThat(robot.lookup("#scoreGrid").queryAs(TableView.class).getSelectionModel().getSelectedCells())
                .as("the pasted block is selected").hasSize(4);
        robot.interact(() -> Shots.take(stage.getScene(), "scoring-pasted-ja"));

        robot.interact(fixture.editor::undo);

        assertThat(fixture.storedPlan().scores()).containsExactlyInAnyOrderElementsOf(before.scores());
        assertThat(fixture.editor.canUndo()).as("one paste, one undo step").isFalse();
    }

    @Test
    void oneBadCellChangesNothingAndTheMessageNamesIt(FxRobot robot) throws Exception {
        Plan before = fixture.storedPlan();
        focusGrid(robot); // S1-1 × 即効性・波及効果
        putOnClipboard(robot, "4\t高\r\n2\t3\r\n");

        shortcut(robot, KeyCode.V);

        assertThat(fixture.storedPlan()).isEqualTo(before);
        assertThat(fixture.editor.canUndo()).isFalse();
        Label notice = robot.lookup("#gridNotice").queryAs(Label.class);
        assertThat(notice.getParent().isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("貼り付けませんでした。次の 1 セル")
                .contains("S1-1 × 実現可能性：「高」は 1〜5 の整数ではありません");
        assertThat(fixture.statusMessages).last().asString().startsWith("貼り付けませんでした").doesNotContain("\n");
        robot.interact(() -> Shots.take(stage.getScene(), "scoring-paste-refused-ja"));

        robot.clickOn("#gridNoticeClose");
        assertThat(notice.getParent().isVisible()).isFalse();
    }

    @Test
    void inEnglishTooTheMessageNamesEachBadCell(FxRobot robot) throws Exception {
        shown.close();
        shown = ShownScreen.show(stage, Locale.ENGLISH, 1280, 800, ScoringScreen::new); // closed after the test
        {
            ScreenFixture en = shown.fixture;
            Plan before = en.storedPlan();
            focusGrid(robot);
            robot.type(KeyCode.DOWN); // S1-2 × 即効性・波及効果
            putOnClipboard(robot, "6\t3\r\n2\tx\r\n");

            shortcut(robot, KeyCode.V);

            assertThat(en.storedPlan()).isEqualTo(before);
            assertThat(robot.lookup("#gridNotice").queryAs(Label.class).getText().split("\n")).containsExactly(
                    "Nothing was pasted: 2 cells do not hold a usable score (no score was changed).",
                    "S1-2 × 即効性・波及効果: \"6\" is not a whole number from 1 to 5",
                    "S1-3 × 実現可能性: \"x\" is not a whole number from 1 to 5");
            robot.interact(() -> Shots.take(stage.getScene(), "scoring-paste-refused-en"));
        }
    }

    @Test
    void ctrlCPutsTheSelectedBlockOnTheClipboardAsTabSeparatedText(FxRobot robot) throws Exception {
        Plan plan = fixture.storedPlan();
        focusGrid(robot);
        robot.type(KeyCode.RIGHT); // S1-1 × 実現可能性, then a 2 × 2 block by Shift+arrows
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        shortcut(robot, KeyCode.C);

        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        String expected = ScoringViewModel.number(score(plan, "S1-1", "feasibility").value()) + "\t"
                + ScoringViewModel.number(score(plan, "S1-1", "cost").value()) + "\r\n"
                + ScoringViewModel.number(score(plan, "S1-2", "feasibility").value()) + "\t"
                + ScoringViewModel.number(score(plan, "S1-2", "cost").value()) + "\r\n";
        assertThat(copied.get()).isEqualTo(expected);
        assertThat(fixture.statusMessages).last().asString().startsWith("2 行 × 2 列をコピーしました");
    }
}
