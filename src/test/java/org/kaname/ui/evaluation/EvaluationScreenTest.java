package org.kaname.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.Holder;
import org.kaname.edit.SetIndicatorNumbers;
import org.kaname.edit.SetIndicators;
import org.kaname.model.Evaluation;
import org.kaname.model.FutureDirection;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Plan;
import org.kaname.service.HistoryService;
import org.kaname.service.PlanEditor;
import org.kaname.store.JournalFilter;
import org.kaname.ui.ShownMainView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 by keyboard only, in the whole window on the sample plan (S1's KGI given 現状値 40 in 2025, targets 60 in
 * 2027 and 80 final in 2030): Ctrl+9 opens 評価, the 年度 is chosen, an actual typed into its cell shows its 達成率 and
 * grade at once and is in the history; then a measure is set to 廃止 with its reason.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluationScreenTest {
    private Stage stage;
    private ShownMainView shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    private PlanEditor editor() {
        return shown.vm.editorProperty().get();
    }

    /** Ids for every indicator and numbers for S1's KGI; its id. */
    private String givenNumbers() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Plan plan = editor().plan();
            editor().apply(new SetIndicators(Holder.GROUP, "S1", plan.group("S1").orElseThrow().indicators()));
            Indicator kgi = editor().plan().group("S1").orElseThrow().indicators().get(0);
            editor().apply(new SetIndicatorNumbers(Holder.GROUP, "S1", kgi.id(), IndicatorDirection.UP, 40.0, 2025,
                    List.of(new IndicatorTarget(2027, 60, false), new IndicatorTarget(2030, 80, true))));
            return kgi.id();
        }).get();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anActualTypedByKeyboardIsGradedAtOnceAndAMeasureIsAbolishedWithItsReason(FxRobot robot) throws Exception {
        shown = ShownMainView.show(stage, Locale.JAPANESE);
        waitUntil(() -> shown.vm.editorProperty().get() != null);
        String kgi = givenNumbers();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT9).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#evaluationScreen").tryQuery().map(Node::isVisible).orElse(false));

        // 年度(Y): open the list and go one year on, 2026 → 2027.
        robot.press(KeyCode.ALT).type(KeyCode.Y).release(KeyCode.ALT);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> year = robot.lookup("#evaluationYear").queryAs(ComboBox.class);
        assertThat(year.isFocused()).as("Alt+Y focuses the year").isTrue();
        assertThat(year.getValue()).isEqualTo(2026);
        robot.type(KeyCode.F4).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> Integer.valueOf(2027).equals(year.getValue()));

        // 指標(I): the table; S1's KGI is its first row. Enter starts typing its actual.
        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        @SuppressWarnings("unchecked")
        TableView<IndicatorRow> table = robot.lookup("#indicatorTable").queryAs(TableView.class);
        assertThat(table.isFocused()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> table.getFocusModel().focus(0)).get();
        assertThat(table.getItems()).as("rows; error: %s; summary: %s",
                robot.lookup("#evaluationError").queryLabeled().getText(),
                robot.lookup("#evaluationSummary").queryLabeled().getText()).isNotEmpty();
        assertThat(table.getItems().get(0).id()).isEqualTo(kgi);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getEditingCell()).as("Enter edits the actual").isNotNull();
        robot.write("55").type(KeyCode.ENTER);
        waitUntil(() -> editor().plan().group("S1").orElseThrow().indicators().get(0).actualFor(2027).isPresent());

        // (55 − 40) / (60 − 40) = 75%: below 80%, grade C — in the row at once.
        assertThat(table.getItems().get(0).result().actual()).isEqualTo(55.0);
        assertThat(table.getColumns().stream().filter(c -> "indicatorAchievement".equals(c.getId())).findFirst()
                .orElseThrow().getCellData(0)).isEqualTo("75%");
        assertThat(table.getColumns().stream().filter(c -> "indicatorGrade".equals(c.getId())).findFirst()
                .orElseThrow().getCellData(0)).isEqualTo("C");
        List<HistoryService.Row> history = shown.services.history().rows(editor().planId(), JournalFilter.ALL,
                Locale.JAPANESE);
        // Oldest first: the newest entry is the actual typed.
        assertThat(history.get(history.size() - 1).entry().kind()).isEqualTo("set-actuals");
        assertThat(editor().undoDescription()).hasValueSatisfying(d -> assertThat(d).contains("実績値"));

        // Ctrl+Tab: the measures' evaluations. 施策(M), the first measure (S1-1), 今後の方向性(U) 廃止 and its reason.
        assertThat(stage.getScene().getFocusOwner()).as("the focus stays in the table").isSameAs(table);
        assertThat(table.getFocusModel().getFocusedIndex()).as("on the next row, as in a spreadsheet").isEqualTo(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#evaluationTabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        @SuppressWarnings("unchecked")
        TableView<MeasureRow> measures = robot.lookup("#measureEvaluationTable").queryAs(TableView.class);
        assertThat(measures.isFocused()).isTrue();
        robot.type(KeyCode.HOME);
        waitUntil(() -> measures.getSelectionModel().getSelectedItem() != null);
        String measureId = measures.getSelectionModel().getSelectedItem().measureId();
        assertThat(measureId).isEqualTo("S1-1");
        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        assertThat(robot.lookup("#evaluationFuture").query().isFocused()).isTrue();
        // (未設定), 拡充, 継続, 改善, 縮小, 廃止: five down.
        robot.type(KeyCode.F4).type(KeyCode.DOWN, 5).type(KeyCode.ENTER);
        robot.press(KeyCode.ALT).type(KeyCode.J).release(KeyCode.ALT);
        assertThat(robot.lookup("#evaluationFutureReason").query().isFocused()).isTrue();
        robot.write("国の事業に統合されたため");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> editor().plan().followUp().evaluation("S1-1", 2027).isPresent());

        Evaluation e = editor().plan().followUp().evaluation("S1-1", 2027).orElseThrow();
        assertThat(e.direction()).isEqualTo(FutureDirection.ABOLISH);
        assertThat(e.directionReason()).isEqualTo("国の事業に統合されたため");
        assertThat(editor().plan().followUp().hasEnded("S1-1")).isTrue();
        history = shown.services.history().rows(editor().planId(), JournalFilter.ALL, Locale.JAPANESE);
        assertThat(history.get(history.size() - 1).entry().kind()).isEqualTo("set-evaluation");
        waitUntil(() -> !robot.lookup("#reopenMeasure").query().isDisabled());
    }
}
