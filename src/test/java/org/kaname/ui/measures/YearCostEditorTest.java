package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.SetPersonnelRate;
import org.kaname.model.YearCost;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16: a measure's costs by 年度 typed by keyboard in the measures form, in 千円, stored in yen, with the
 * computed 人件費 and the totals following. S1-1 of the sample plan costs 15,000,000 + 8,000,000 in 2026 and
 * 8,000,000 in 2027 (simple form, from 2026).
 */
@ExtendWith(ApplicationExtension.class)
class YearCostEditorTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    MeasuresScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new MeasuresScreen(fixture.context);
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1280, 900);
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
    private void select(FxRobot robot, String measureId) {
        TreeView<TreeKey> tree = robot.lookup("#measureTree").queryAs(TreeView.class);
        robot.interact(() -> {
            tree.getSelectionModel().select(find(tree.getRoot(), TreeKey.measure(measureId)));
            tree.requestFocus();
        });
    }

    private static TreeItem<TreeKey> find(TreeItem<TreeKey> item, TreeKey key) {
        if (key.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<TreeKey> c : item.getChildren()) {
            TreeItem<TreeKey> f = find(c, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** True when the node and every parent are visible. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Types {@code text} into cell (row, column) of the table by keyboard: F2, the text over the old, Enter. */
    private static void typeInCell(FxRobot robot, TableView<YearCost> table, int row, int column, String text) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
            table.getFocusModel().focus(row, table.getColumns().get(column));
            table.scrollTo(row);
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = (TextField) robot.lookup("#measureYearCosts .text-field").query();
        assertThat(field.getSelectedText()).as("the old value is selected, so typing replaces it")
                .isEqualTo(field.getText());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aYearsCostTypedByKeyboardIsStoredInYenAndTheTotalsFollow(FxRobot robot) throws Exception {
        select(robot, "S1-1");
        Label totals = robot.lookup("#measureYearCostTotals").queryAs(Label.class);
        assertThat(totals.getText()).isEqualTo("全年度の計: 事業費 31,000千円、人件費 0千円、合計 31,000千円（うち一般財源 31,000千円）");
        TableView<YearCost> table = robot.lookup("#measureYearCosts").queryAs(TableView.class);
        assertThat(shown(table)).as("the table shows only for costs by 年度").isFalse();

        // Switch to costs by 年度 by keyboard: the simple form becomes one row per year as planned.
        RadioButton byYear = robot.lookup("#measureCostsByYear").queryAs(RadioButton.class);
        robot.interact(byYear::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().yearCosts()).containsExactly(
                YearCost.project(2026, 23_000_000), YearCost.project(2027, 8_000_000));
        assertThat(shown(table)).isTrue();
        assertThat(robot.lookup("#measureInitialCost").queryAs(TextField.class).isDisabled()).isTrue();

        // 2026's 事業費 typed in 千円: 25,000 is 25,000,000 yen.
        typeInCell(robot, table, 0, 1, "25,000");
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().yearCosts().get(0).projectCost())
                .isEqualTo(25_000_000);
        assertThat(totals.getText()).isEqualTo("全年度の計: 事業費 33,000千円、人件費 0千円、合計 33,000千円（うち一般財源 33,000千円）");

        // With a 単価 of 8,000,000 yen, 0.5 人工 in 2027 is 4,000千円 of 人件費; 国庫 1,000千円 leaves 一般財源 11,000.
        robot.interact(() -> {
            try {
                fixture.editor.apply(new SetPersonnelRate(8_000_000));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        typeInCell(robot, table, 1, 2, "0.5");
        typeInCell(robot, table, 1, 4, "1000");
        YearCost y2027 = fixture.storedPlan().measure("S1-1").orElseThrow().yearCosts().get(1);
        assertThat(y2027).isEqualTo(new YearCost(2027, 8_000_000, List.of(), 0.5, 1_000_000, 0, 0));
        assertThat(table.getColumns().get(3).getCellData(1)).isEqualTo("4,000");
        assertThat(table.getColumns().get(7).getCellData(1)).isEqualTo("11,000");
        assertThat(totals.getText()).isEqualTo("全年度の計: 事業費 33,000千円、人件費 4,000千円、合計 37,000千円（うち一般財源 36,000千円）");

        // A year added follows the last; a text that is no amount is refused and nothing changes.
        javafx.scene.control.Button add = robot.lookup("#measureYearCostsAdd").queryAs(javafx.scene.control.Button.class);
        robot.interact(add::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().yearCosts())
                .extracting(YearCost::year).containsExactly(2026, 2027, 2028);
        typeInCell(robot, table, 2, 1, "たくさん");
        assertThat(fixture.statusMessages).anyMatch(m -> m.contains("「たくさん」は千円単位の金額として読めません"));
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().yearCosts().get(2).projectCost()).isZero();

        // Back to the simple form: its amounts were kept.
        RadioButton simple = robot.lookup("#measureCostsSimple").queryAs(RadioButton.class);
        robot.interact(simple::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().hasYearCosts()).isFalse();
        assertThat(fixture.storedPlan().measure("S1-1").orElseThrow().initialCost()).isEqualTo(15_000_000);
        assertThat(shown(table)).isFalse();
    }
}
