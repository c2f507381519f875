package org.kaname.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.Cell;
import org.kaname.edit.ScoreEdits;
import org.kaname.engine.RankingService;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scoring by keyboard on the real screen (headless): what is typed is stored and moves the ranking. */
@ExtendWith(ApplicationExtension.class)
class ScoringScreenTest {
    private Path dir;
    private ScreenFixture fixture;
    private ScoringScreen screen;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * The database and the screen are set up here, not in {@code @Start}: TestFX gives {@code @Start} only a few
     * seconds, too few for a first H2 start and font load on a busy two-core machine.
     */
    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kaname-scoring");
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        WaitForAsyncUtils.asyncFx(() -> {
            screen = new ScoringScreen(fixture.context);
            Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1280, 800);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.dispose()).get();
        fixture.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<ScoringRow> grid(FxRobot robot) {
        return robot.lookup("#scoreGrid").queryAs(TableView.class);
    }

    /** Focuses the grid; it puts the focus on the first criterion cell of the first measure. */
    private void focusGrid(FxRobot robot) {
        robot.interact(() -> grid(robot).requestFocus());
    }

    private static double value(Plan plan, String measure, String criterion, String rater) {
        return ScoreEdits.find(plan, new Cell(measure, criterion, rater)).map(Score::value).orElse(Double.NaN);
    }

    /** The rendered cell of a measure row (0-based) in a criterion column. */
    private static TableCell<?, ?> cell(FxRobot robot, int row, String criterionId) {
        return robot.lookup(".score-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getIndex() == row
                        && c.getTableColumn() != null && ("criterion-" + criterionId).equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void digitsTypedWithArrowsTabAndEnterAreStoredAndMoveTheRanking(FxRobot robot) throws Exception {
        RankingService ranking = new RankingService();
        Plan before = fixture.storedPlan();
        assertThat(ranking.rank(before).find("S1-1").orElseThrow().score().getAsDouble()).isEqualTo(80.0);
        // The Ranking screen's view model on the same editor: it must follow what is typed here.
        org.kaname.ui.ranking.RankingViewModel rankingView = new org.kaname.ui.ranking.RankingViewModel(fixture.context,
                fixture.context.messages("org.kaname.ui.ranking.messages"));
        assertThat(rankingView.rows().get(0).scoreText()).isEqualTo("80.00");
        focusGrid(robot);

        // S1-1: speed 5, Right, feasibility 2; Enter down to S1-2 feasibility: 1; Tab to S1-2 cost: 4.
        robot.type(KeyCode.DIGIT5).type(KeyCode.RIGHT).type(KeyCode.DIGIT2).type(KeyCode.ENTER)
                .type(KeyCode.DIGIT1).type(KeyCode.TAB).type(KeyCode.NUMPAD4);

        Plan stored = fixture.storedPlan();
        assertThat(value(stored, "S1-1", "speed", "r1")).isEqualTo(5.0);
        assertThat(value(stored, "S1-1", "feasibility", "r1")).isEqualTo(2.0);
        assertThat(value(stored, "S1-2", "feasibility", "r1")).isEqualTo(1.0);
        assertThat(value(stored, "S1-2", "cost", "r1")).isEqualTo(4.0);
        assertThat(stored.scores()).hasSameSizeAs(before.scores());
        // S1-1 as now: speed 5,3,4 → 3/4; feasibility 2,4,4 → 7/12; cost, fairness 1; evidence 3/4 → 49/60.
        assertThat(rankingView.rows().stream().filter(r -> r.measureId().equals("S1-1")).findFirst().orElseThrow()
                .scoreText()).isEqualTo("81.67");
        rankingView.dispose();
        // Four values, four undo steps.
        for (int i = 0; i < 4; i++) {
            assertThat(fixture.editor.canUndo()).isTrue();
            robot.interact(fixture.editor::undo);
        }
        assertThat(fixture.editor.canUndo()).isFalse();
        robot.interact(fixture.editor::redo);
        robot.interact(fixture.editor::redo);
        // S1-1 speed 5,3,4 → 4 → v 3/4; feasibility 2,4,4 → 10/3 → v 7/12; others 1, 1, 3/4: mean 49/60 → 81.67.
        assertThat(ranking.rank(fixture.storedPlan()).find("S1-1").orElseThrow().score().getAsDouble())
                .isCloseTo(100 * 49.0 / 60, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(cell(robot, 0, "speed").getText()).as("the sample's rationale is kept: ※").isEqualTo("5 ※");
    }

    @Test
    void deleteClearsTheFocusedScore(FxRobot robot) throws Exception {
        focusGrid(robot);
        robot.type(KeyCode.RIGHT).type(KeyCode.DELETE);

        assertThat(ScoreEdits.find(fixture.storedPlan(), new Cell("S1-1", "feasibility", "r1"))).isEmpty();
        assertThat(ScoreEdits.find(fixture.storedPlan(), new Cell("S1-1", "feasibility", "r2"))).isPresent();
        assertThat(cell(robot, 0, "feasibility").getText()).isEmpty();

        robot.type(KeyCode.BACK_SPACE);
        assertThat(fixture.editor.undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("評価を取消し"));
    }

    @Test
    void aValueOutsideTheScaleIsRefusedWithAMessage(FxRobot robot) throws Exception {
        Plan before = fixture.storedPlan();
        focusGrid(robot);

        robot.type(KeyCode.DIGIT8);

        assertThat(fixture.storedPlan()).isEqualTo(before);
        assertThat(fixture.statusMessages).singleElement().asString().contains("8", "1〜5");
        // Said at the cell too, without hovering: a second line and a dashed frame; the full sentence is spoken.
        TableCell<?, ?> refused = cell(robot, 0, "speed");
        assertThat(refused.getText()).isEqualTo("3 ※");
        assertThat(((javafx.scene.control.Label) refused.getGraphic()).getText()).isEqualTo("8 は範囲外");
        assertThat(refused.getStyleClass()).contains("refused");
        assertThat(refused.getAccessibleText()).contains(fixture.statusMessages.get(0));
        assertThat(refused.getTooltip().getText()).contains(fixture.statusMessages.get(0));
        robot.interact(() -> Shots.take(stage.getScene(), "scoring-out-of-scale-ja"));

        robot.type(KeyCode.DIGIT4);

        assertThat(value(fixture.storedPlan(), "S1-1", "speed", "r1")).isEqualTo(4.0);
        assertThat(cell(robot, 0, "speed").getText()).as("a stored value ends the mark").isEqualTo("4 ※");
        assertThat(cell(robot, 0, "speed").getStyleClass()).doesNotContain("refused");
    }

    @Test
    void withNoRaterTheGridSaysToAddOneAndATypedDigitSaysItWasNotEntered(FxRobot robot) throws Exception {
        javafx.scene.control.Label notice = robot.lookup("#gridNotice").queryAs(javafx.scene.control.Label.class);
        assertThat(notice.getParent().isVisible()).as("raters exist: nothing to say").isFalse();
        for (String rater : new String[] {"r1", "r2", "r3"}) {
            robot.interact(() -> {
                try {
                    fixture.editor.apply(new org.kaname.edit.RemoveRater(rater));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
        Plan before = fixture.storedPlan();
        assertThat(before.raters()).isEmpty();
        assertThat(notice.getParent().isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("評価者がまだいません").contains("「評価者名」", "「追加」");
        assertThat(robot.lookup("#gridNoticeClose").queryButton().isVisible()).isFalse();
        robot.interact(() -> Shots.take(stage.getScene(), "scoring-no-rater-ja"));

        focusGrid(robot);
        robot.type(KeyCode.DIGIT3);

        assertThat(fixture.storedPlan()).isEqualTo(before);
        assertThat(notice.getText()).startsWith("評価者がいないため、数字は入力されませんでした");
        assertThat(notice.getParent().getStyleClass()).contains("refused");
        assertThat(notice.getAccessibleText()).isEqualTo(notice.getText());
        assertThat(fixture.statusMessages).last().isEqualTo(notice.getText());
        robot.interact(() -> Shots.take(stage.getScene(), "scoring-no-rater-typed-ja"));

        robot.clickOn("#raterName").write("財政課");
        robot.clickOn("#addRater");

        assertThat(notice.getParent().isVisible()).as("a rater added: the message has done its work").isFalse();
        focusGrid(robot);
        robot.type(KeyCode.DIGIT3);
        assertThat(fixture.storedPlan().scores()).singleElement().satisfies(s -> assertThat(s.value()).isEqualTo(3));
    }

    @Test
    void theConsensusViewShowsEachCellsMeanAndSpread(FxRobot robot) {
        robot.clickOn("#consensusToggle");

        String text = cell(robot, 0, "speed").getText();
        assertThat(text).startsWith("3.33").contains("3〜4", "SD 0.58", "3名");
        assertThat(robot.lookup("#raterChooser").queryAs(ComboBox.class).isDisabled()).isTrue();
    }

    @Test
    void strongDisagreementIsMarkedWithAnIconAndColourAndTheLevelsFollowTheFocus(FxRobot robot) {
        focusGrid(robot);
        assertThat(cell(robot, 0, "speed").getStyleClass()).doesNotContain("disagreement");
        assertThat(robot.lookup("#levelList").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(5)
                .filteredOn(n -> n.getStyleClass().contains("level-current")).singleElement()
                .satisfies(n -> assertThat(((javafx.scene.control.Label) n).getText()).startsWith("▶ 3"));

        robot.type(KeyCode.DIGIT1); // 1, 3, 4

        TableCell<?, ?> marked = cell(robot, 0, "speed");
        assertThat(marked.getStyleClass()).contains("disagreement");
        assertThat(marked.getGraphic()).isNotNull();
        assertThat(marked.getAccessibleText()).contains("分かれて");
        assertThat(robot.lookup("#levelList").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .filteredOn(n -> n.getStyleClass().contains("level-current")).singleElement()
                .satisfies(n -> assertThat(((javafx.scene.control.Label) n).getText()).startsWith("▶ 1"));
    }

    @Test
    void f2OpensTheRationaleAndCtrlEnterSavesItBackToTheGrid(FxRobot robot) throws Exception {
        focusGrid(robot);
        robot.type(KeyCode.F2);
        TextArea note = robot.lookup("#noteArea").queryAs(TextArea.class);
        assertThat(note.isFocused()).isTrue();
        assertThat(note.getText()).startsWith("戦略・スキル標準");

        // Emptying the rationale removes the ※ mark.
        robot.type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(ScoreEdits.find(fixture.storedPlan(), new Cell("S1-1", "speed", "r1")).orElseThrow().note()).isEmpty();
        assertThat(cell(robot, 0, "speed").getText()).isEqualTo("3");
        assertThat(grid(robot).isFocused()).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL); // Ctrl+Enter opens it too
        assertThat(note.isFocused()).isTrue();
        robot.write("quick win");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        Score stored = ScoreEdits.find(fixture.storedPlan(), new Cell("S1-1", "speed", "r1")).orElseThrow();
        assertThat(stored.note()).isEqualTo("quick win");
        assertThat(stored.value()).isEqualTo(3.0);
        assertThat(grid(robot).isFocused()).isTrue();
        assertThat(cell(robot, 0, "speed").getText()).isEqualTo("3 ※");
    }

    @Test
    void ratersAreAddedChosenAndRemovedAfterConfirmation(FxRobot robot) throws Exception {
        robot.clickOn("#raterName").write("Finance");
        robot.clickOn("#addRater");

        assertThat(fixture.storedPlan().raters()).extracting(Rater::name).endsWith("Finance");
        @SuppressWarnings("unchecked")
        ComboBox<Rater> chooser = robot.lookup("#raterChooser").queryAs(ComboBox.class);
        assertThat(chooser.getValue().name()).isEqualTo("Finance");
        assertThat(cell(robot, 0, "speed").getText()).as("the new rater has no scores").isEmpty();

        robot.clickOn("#removeRater");

        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("Finance");
        assertThat(fixture.storedPlan().raters()).extracting(Rater::name).doesNotContain("Finance").hasSize(3);
        assertThat(chooser.getValue().id()).isEqualTo("r1");
    }

    @Test
    void clickingAMeasureNameThenTypingScoresItsFirstCriterion(FxRobot robot) throws Exception {
        TableCell<?, ?> name = robot.lookup(".measure-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getIndex() == 2).findFirst().orElseThrow();
        assertThat(name.getText()).startsWith("内部人材");

        robot.clickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT1);

        // S1-3 speed by r1 was 3.
        assertThat(value(fixture.storedPlan(), "S1-3", "speed", "r1")).isEqualTo(1.0);
        assertThat(robot.lookup("#criterionHeading").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("即効性・波及効果");
    }
}
