package org.kaname.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.Ahp;
import org.kaname.engine.AhpResult;
import org.kaname.engine.ScenarioComparison;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.WeightingMethod;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The criteria & weights screen driven through its controls; the stored plan is what counts. */
@ExtendWith(ApplicationExtension.class)
class CriteriaScreenTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    CriteriaScreen screen;

    @org.junit.jupiter.api.BeforeAll
    static void patience() {
        // Opening the fixture's database inside @Start can exceed TestFX's default on a busy 2-core machine.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new CriteriaScreen(fixture.context);
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1360, 860);
        Styles.apply(scene, "System");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Criterion> table(FxRobot robot) {
        return robot.lookup("#criteriaTable").queryAs(TableView.class);
    }

    private void selectRow(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#criteriaTable .table-cell").match(
                (Node n) -> n instanceof javafx.scene.control.Labeled l && name.equals(l.getText())).<Node>query());
    }

    @Test
    void anAddedCriterionIsStoredAndItsNameTypedIn(FxRobot robot) throws Exception {
        robot.clickOn("#addCriterion");
        Plan stored = fixture.storedPlan();
        assertThat(stored.criteria()).hasSize(6);
        assertThat(table(robot).getItems()).hasSize(6);
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo(stored.criteria().get(5).id());
        TextField name = robot.lookup("#criterionName").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("新しい評価基準 6");
        robot.clickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("デジタル基盤").type(KeyCode.ENTER);
        assertThat(fixture.storedPlan().criteria().get(5).name()).isEqualTo("デジタル基盤");
        assertThat(table(robot).getItems().get(5).name()).isEqualTo("デジタル基盤");
    }

    @Test
    void removingACriterionWithScoresAsksThenRemovesItsScores(FxRobot robot) throws Exception {
        selectRow(robot, "費用対効果");
        robot.clickOn("#removeCriterion");
        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("費用対効果").contains("30 件");
        Plan stored = fixture.storedPlan();
        assertThat(stored.criterion("cost")).isEmpty();
        assertThat(stored.scores()).isNotEmpty().noneMatch(s -> s.criterion().equals("cost"));
        assertThat(table(robot).getItems()).extracting(Criterion::id).doesNotContain("cost");
    }

    @Test
    void declinedRemovalKeepsEverything(FxRobot robot) throws Exception {
        fixture.dialogs.answer = false;
        selectRow(robot, "費用対効果");
        robot.type(KeyCode.DELETE);
        assertThat(fixture.dialogs.confirmations).hasSize(1);
        assertThat(fixture.storedPlan().criterion("cost")).isPresent();
    }

    @Test
    void reorderByAltArrowsAndButtons(FxRobot robot) throws Exception {
        selectRow(robot, "即効性・波及効果");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(fixture.storedPlan().criteria()).extracting(Criterion::id)
                .containsExactly("feasibility", "speed", "cost", "fairness", "evidence");
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("speed");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        robot.clickOn("#moveCriterionUp");
        robot.clickOn("#moveCriterionUp");
        assertThat(fixture.storedPlan().criteria()).extracting(Criterion::id)
                .containsExactly("speed", "feasibility", "cost", "fairness", "evidence");
    }

    @Test
    void directPointsShowTheNewShare(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showTab("weightsTab"));
        @SuppressWarnings("unchecked")
        Spinner<Double> speed = robot.lookup("#directPoints-speed").queryAs(Spinner.class);
        robot.clickOn(speed.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("40").type(KeyCode.ENTER);
        assertThat(fixture.storedPlan().criterion("speed").orElseThrow().weight()).isEqualTo(40.0);
        // 40 of 120.
        assertThat(robot.lookup("#directPercent-speed").queryAs(Label.class).getText()).isEqualTo("33.3%");
        assertThat(robot.lookup("#directPercent-cost").queryAs(Label.class).getText()).isEqualTo("16.7%");
    }

    @SuppressWarnings("unchecked")
    private void setCell(FxRobot robot, int row, int col, double value) {
        ComboBox<Double> cell = robot.lookup("#ahp-" + row + "-" + col).queryAs(ComboBox.class);
        robot.interact(() -> cell.setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void chooseAhp(FxRobot robot) {
        robot.interact(() -> screen.showTab("weightsTab"));
        ComboBox<WeightingMethod> method = robot.lookup("#weightingMethod").queryAs(ComboBox.class);
        robot.interact(() -> method.setValue(WeightingMethod.AHP));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void rankButtonsAndTheFixedSwingPointsSayWhichCriterion(FxRobot robot) {
        robot.interact(() -> screen.showTab("weightsTab"));
        ComboBox<WeightingMethod> method = robot.lookup("#weightingMethod").queryAs(ComboBox.class);
        robot.interact(() -> method.setValue(WeightingMethod.SWING));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<WeightRow> rows = screen.weightsViewModel().rows();
        WeightRow first = rows.stream().filter(r -> r.rank() == 1).findFirst().orElseThrow();
        WeightRow second = rows.stream().filter(r -> r.rank() == 2).findFirst().orElseThrow();
        javafx.scene.control.Button up = robot.lookup("#rankUp-" + second.id()).queryButton();
        assertThat(up.getText()).isEqualTo("↑");
        assertThat(up.getAccessibleText()).isEqualTo("「" + second.name() + "」の重要度を上げる");
        assertThat(up.getAccessibleHelp()).isEqualTo(up.getTooltip().getText())
                .isEqualTo("「" + second.name() + "」の重要度を一つ上げます（Alt+↑）");
        assertThat(robot.lookup("#rankDown-" + second.id()).queryButton().getAccessibleText())
                .isEqualTo("「" + second.name() + "」の重要度を下げる");
        Label fixed = robot.lookup("#swingPoints-" + first.id()).queryAs(Label.class);
        assertThat(fixed.getAccessibleText()).isEqualTo("「" + first.name() + "」のスウィング点数 100（最上位のため固定）");
        assertThat(fixed.getTooltip().getText()).isEqualTo("最上位の評価基準は 100 点で固定です");
    }

    @Test
    void editingAnAhpCellFillsTheReciprocalAndUpdatesWeightsAndCr(FxRobot robot) throws Exception {
        chooseAhp(robot);
        assertThat(fixture.storedPlan().weighting().method()).isEqualTo(WeightingMethod.AHP);
        String crBefore = robot.lookup("#ahpCr").queryAs(Label.class).getText();
        assertThat(crBefore).isEqualTo("整合比 CR: 0.000");
        setCell(robot, 0, 1, 3);
        setCell(robot, 0, 2, 2);
        assertThat(robot.lookup("#ahp-1-0").queryAs(Label.class).getText()).isEqualTo("1/3");
        assertThat(robot.lookup("#ahp-1-0").queryAs(Label.class).getAccessibleText()).endsWith(": 1/3（自動で入る逆数）");
        assertThat(robot.lookup("#ahp-2-0").queryAs(Label.class).getText()).isEqualTo("1/2");
        Plan stored = fixture.storedPlan();
        AhpResult expected = Ahp.analyse(stored.criteria(), stored.weighting().judgments());
        assertThat(robot.lookup("#ahpCr").queryAs(Label.class).getText()).isEqualTo(String.format(Locale.ROOT,
                "整合比 CR: %.3f", expected.consistencyRatio().getAsDouble())).isNotEqualTo(crBefore);
        assertThat(robot.lookup("#ahpLambda").queryAs(Label.class).getText()).isEqualTo(String.format(Locale.ROOT,
                "最大固有値 λmax: %.3f", expected.lambdaMax()));
        for (String id : expected.weights().keySet()) {
            assertThat(robot.lookup("#ahpWeight-" + id).queryAs(Label.class).getText())
                    .isEqualTo(String.format(Locale.ROOT, "%.1f%%", 100 * expected.weights().get(id)));
            assertThat(stored.criterion(id).orElseThrow().weight())
                    .isCloseTo(100 * expected.weights().get(id), org.assertj.core.api.Assertions.within(1e-3));
        }
        assertThat(expected.weights().get("speed")).isGreaterThan(expected.weights().get("feasibility"));
    }

    @Test
    void anInconsistentMatrixShowsTheWarningAndHighlightsAJudgment(FxRobot robot) throws Exception {
        chooseAhp(robot);
        assertThat(robot.lookup("#ahpWarning").queryAs(Label.class).getText()).startsWith("✔");
        assertThat(robot.lookup("#ahpInconsistentMark").tryQuery()).isEmpty();
        // speed ≫ feasibility ≫ cost, yet cost ≫ speed.
        setCell(robot, 0, 1, 9);
        setCell(robot, 1, 2, 9);
        setCell(robot, 0, 2, 1.0 / 9);
        Label warning = robot.lookup("#ahpWarning").queryAs(Label.class);
        assertThat(warning.getText()).startsWith("⚠").contains("0.10 を超えています");
        assertThat(warning.getStyleClass()).contains("warning-box");
        assertThat(robot.lookup("#ahpInconsistentMark").tryQuery()).isPresent();
        assertThat(robot.lookup("#ahpSuggestion").queryAs(Label.class).getText()).contains("最も整合しない判断");
        robot.clickOn("#applySuggestion");
        Plan stored = fixture.storedPlan();
        assertThat(Ahp.analyse(stored.criteria(), stored.weighting().judgments()).consistencyRatio().getAsDouble())
                .isLessThan(Ahp.analyseIds(java.util.List.of("speed", "feasibility", "cost", "fairness", "evidence"),
                        java.util.List.of(new org.kaname.model.Judgment("speed", "feasibility", 9),
                                new org.kaname.model.Judgment("speed", "cost", 1.0 / 9),
                                new org.kaname.model.Judgment("speed", "fairness", 1),
                                new org.kaname.model.Judgment("speed", "evidence", 1),
                                new org.kaname.model.Judgment("feasibility", "cost", 9),
                                new org.kaname.model.Judgment("feasibility", "fairness", 1),
                                new org.kaname.model.Judgment("feasibility", "evidence", 1),
                                new org.kaname.model.Judgment("cost", "fairness", 1),
                                new org.kaname.model.Judgment("cost", "evidence", 1),
                                new org.kaname.model.Judgment("fairness", "evidence", 1)))
                        .consistencyRatio().getAsDouble());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aScenarioIsCreatedAndComparedSideBySide(FxRobot robot) throws Exception {
        robot.interact(() -> screen.showTab("scenariosTab"));
        TableView<ScenarioComparison.Row> table = robot.lookup("#scenarioTable").queryAs(TableView.class);
        // Measure, plan's weights, 財政重視, 即効性重視, change.
        assertThat(table.getColumns()).hasSize(5);
        robot.clickOn("#createScenario");
        assertThat(fixture.storedPlan().scenarios()).hasSize(3);
        assertThat(fixture.storedPlan().scenarios().get(2).weights()).containsEntry("speed", 20.0);
        assertThat(table.getColumns()).hasSize(6);
        assertThat(table.getColumns().get(4).getText()).isEqualTo("シナリオ 3");
        assertThat(table.getItems()).hasSize(10);
        // Made from the current weights: every measure's rank equals its rank under the plan's weights.
        for (ScenarioComparison.Row row : table.getItems()) {
            assertThat(row.ranks().get(3)).isEqualTo(row.ranks().get(0));
            assertThat(table.getColumns().get(4).getCellData(row)).isEqualTo(table.getColumns().get(1).getCellData(row));
        }
        ScenarioComparison.Row first = table.getItems().get(0);
        ScenarioComparison.Row last = table.getItems().get(9);
        assertThat(first.rankChange()).isGreaterThanOrEqualTo(last.rankChange());
        assertThat(table.getColumns().get(5).getCellData(first)).isEqualTo(String.valueOf(first.rankChange()));
    }
}
