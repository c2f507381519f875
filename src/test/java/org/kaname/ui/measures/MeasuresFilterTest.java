package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.ShownScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filters of the Measures screen on the sample plan: the tree keeps the way to each match open, the lists keep
 * only matching rows, and an edit made on a filtered list or tree goes to the item shown, checked in the stored plan.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuresFilterTest {
    ShownScreen<MeasuresScreen> shown;
    ScreenFixture fixture;
    MeasuresScreen screen;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void show() throws Exception {
        shown = ShownScreen.show(stage, Locale.JAPANESE, 1280, 800, MeasuresScreen::new);
        fixture = shown.fixture;
        screen = shown.screen;
    }

    @AfterEach
    void close() throws Exception {
        shown.close();
    }

    @SuppressWarnings("unchecked")
    private TreeView<TreeKey> tree(FxRobot robot) {
        return robot.lookup("#measureTree").queryAs(TreeView.class);
    }

    /** The keys of the rows the tree shows now (expanded items only), top to bottom. */
    private List<TreeKey> visibleRows(FxRobot robot) {
        TreeView<TreeKey> tree = tree(robot);
        List<TreeKey> rows = new ArrayList<>();
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            rows.add(tree.getTreeItem(i).getValue());
        }
        return rows;
    }

    private void filter(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String count(FxRobot robot, String id) {
        return robot.lookup(id + "Count").queryAs(Label.class).getText();
    }

    private void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTreeKeepsTheWayToEachMatchOpenIgnoringWidthAndCase(FxRobot robot) {
        // The user had closed support measure ③; a match inside it still shows.
        robot.interact(() -> findItem(tree(robot).getRoot(), TreeKey.group("S3")).setExpanded(false));

        // Full-width letters find UI/UX; half-width kana find ガイドライン.
        filter(robot, "#measureFilter", "ｕｉ");
        assertThat(visibleRows(robot)).containsExactly(TreeKey.pillar("service"), TreeKey.group("S3"),
                TreeKey.measure("S3-2"));
        assertThat(count(robot, "#measureFilter")).isEqualTo("1 / 10 件");
        filter(robot, "#measureFilter", "ｶﾞｲﾄﾞﾗｲﾝ");
        assertThat(visibleRows(robot)).containsExactly(TreeKey.pillar("service"), TreeKey.group("S3"),
                TreeKey.measure("S3-2"));

        // An id in lower case; words are all required.
        filter(robot, "#measureFilter", "s1-1");
        assertThat(visibleRows(robot)).containsExactly(TreeKey.pillar("people"), TreeKey.group("S1"),
                TreeKey.measure("S1-1"));
        filter(robot, "#measureFilter", "人事課　育成");
        assertThat(visibleRows(robot)).containsExactly(TreeKey.pillar("people"), TreeKey.group("S1"),
                TreeKey.measure("S1-1"), TreeKey.measure("S1-3"));

        // Esc in the field shows everything again, and the closed support measure is closed again.
        robot.clickOn("#measureFilter").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measureFilter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(visibleRows(robot)).contains(TreeKey.measure("S1-1"), TreeKey.measure("S2-1"))
                .doesNotContain(TreeKey.measure("S3-2"));
        assertThat(count(robot, "#measureFilter")).isEqualTo("10 / 10 件");
    }

    @Test
    void aRenameInTheFilteredTreeGoesToTheMeasureShown(FxRobot robot) throws Exception {
        filter(robot, "#measureFilter", "人事課");
        assertThat(visibleRows(robot)).containsExactly(TreeKey.pillar("people"), TreeKey.group("S1"),
                TreeKey.measure("S1-1"), TreeKey.measure("S1-2"), TreeKey.measure("S1-3"));

        robot.interact(() -> {
            tree(robot).getSelectionModel().select(4);
            tree(robot).requestFocus();
        });
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#treeRenameField").queryAs(TextField.class).setText("育成プログラム"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.storedPlan().measure("S1-3").orElseThrow().title()).isEqualTo("育成プログラム");

        // The form edits the same measure; it stays in the tree although its owner no longer matches.
        replaceText(robot, "#measureOwner", "企画課");
        Plan stored = fixture.storedPlan();
        assertThat(stored.measure("S1-3").orElseThrow().owner()).isEqualTo("企画課");
        assertThat(stored.measure("S1-2").orElseThrow().owner()).isEqualTo("人事課");
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue()).isEqualTo(TreeKey.measure("S1-3"));
    }

    @Test
    void ctrlFFocusesTheFilterOfTheTabShown(FxRobot robot) {
        robot.interact(() -> tree(robot).requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measureFilter").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("S3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(count(robot, "#measureFilter")).isEqualTo("3 / 10 件");

        TabPane tabs = robot.lookup("#measuresTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.clickOn("#casesTable");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#caseFilter").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditInTheFilteredCaseListGoesToTheCaseShown(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#measuresTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        List<PeerCase> before = fixture.storedPlan().cases();

        filter(robot, "#caseFilter", "ＲＰＡ");
        TableView<PeerCase> table = robot.lookup("#casesTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(PeerCase::municipality).containsExactly("板橋区", "船橋市");
        assertThat(count(robot, "#caseFilter")).isEqualTo("2 / 6 件");

        // Row 2 of the filtered list is the sixth case of the plan.
        robot.interact(() -> table.getSelectionModel().select(1));
        replaceText(robot, "#caseTitle", "保育園窓口のRPA");
        List<PeerCase> after = fixture.storedPlan().cases();
        assertThat(after.get(5).title()).isEqualTo("保育園窓口のRPA");
        assertThat(after.get(1)).isEqualTo(before.get(1));
        assertThat(table.getSelectionModel().getSelectedItem().municipality()).isEqualTo("船橋市");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditInTheFilteredProblemListGoesToTheProblemShown(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#measuresTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));

        filter(robot, "#problemFilter", "ｐ4");
        TableView<Problem> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Problem::id).containsExactly("P4");
        assertThat(count(robot, "#problemFilter")).isEqualTo("1 / 5 件");

        robot.interact(() -> table.getSelectionModel().select(0));
        replaceText(robot, "#problemTitle", "BPRなきデジタル化");
        assertThat(fixture.storedPlan().problems().get(3).title()).isEqualTo("BPRなきデジタル化");
        assertThat(fixture.storedPlan().problems().get(0).title()).isEqualTo("デジタルデバイド（情報格差）の深刻化");
    }

    private static TreeItem<TreeKey> findItem(TreeItem<TreeKey> item, TreeKey key) {
        if (key.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<TreeKey> c : item.getChildren()) {
            TreeItem<TreeKey> f = findItem(c, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
