package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Measures screen driven by keyboard and mouse; outcomes checked in the stored plan. */
@ExtendWith(ApplicationExtension.class)
class MeasuresScreenTest {
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
    private void selectInTree(FxRobot robot, TreeKey key) {
        TreeView<TreeKey> tree = robot.lookup("#measureTree").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<TreeKey> found = find(tree.getRoot(), key);
            tree.getSelectionModel().select(found);
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

    private void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void insertAddsAMeasureUnderTheGroupAndItsTitleAndCostsAreStored(FxRobot robot) throws Exception {
        selectInTree(robot, TreeKey.group("S2"));
        robot.type(KeyCode.INSERT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.storedPlan().measure("S2-4")).isPresent();

        replaceText(robot, "#measureTitle", "電子申請の拡充");
        replaceText(robot, "#measureInitialCost", "1,200,000");
        replaceText(robot, "#measureAnnualCost", "350000");
        Measure m = fixture.storedPlan().measure("S2-4").orElseThrow();
        assertThat(m.group()).isEqualTo("S2");
        assertThat(m.title()).isEqualTo("電子申請の拡充");
        assertThat(m.initialCost()).isEqualTo(1_200_000L);
        assertThat(m.annualCost()).isEqualTo(350_000L);
        assertThat(robot.lookup("#measureAnnualCost").queryAs(TextField.class).getText()).isEqualTo("350,000");
        assertThat(robot.lookup("#measureAnnualCostThousand").queryAs(Label.class).getText()).isEqualTo("350千円");
    }

    @Test
    void anInvalidCostIsMarkedAtTheFieldAndThePlanKept(FxRobot robot) throws Exception {
        Plan before = fixture.storedPlan();
        selectInTree(robot, TreeKey.measure("S1-1"));
        TextField cost = robot.lookup("#measureInitialCost").queryAs(TextField.class);

        replaceText(robot, "#measureInitialCost", "十万円");
        Label error = robot.lookup("#measureInitialCostError").queryAs(Label.class);
        assertThat(error.getText()).contains("十万円").contains("金額として読めません");
        assertThat(Decorator.getDecorations(cost)).isNotEmpty();

        replaceText(robot, "#measureInitialCost", "-5");
        assertThat(error.getText()).isEqualTo("金額に負の値は入力できません。");
        assertThat(Decorator.getDecorations(cost)).isNotEmpty();
        assertThat(fixture.storedPlan()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPrerequisiteThatClosesACycleIsRefusedWithTheCycleNamed(FxRobot robot) throws Exception {
        Plan before = fixture.storedPlan();
        selectInTree(robot, TreeKey.measure("S1-1"));
        ComboBox<String> candidate = robot.lookup("#prerequisiteCandidate").queryAs(ComboBox.class);
        robot.interact(() -> candidate.setValue("S1-3"));
        robot.clickOn("#prerequisiteAdd");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#prerequisiteCandidateError").queryAs(Label.class).getText())
                .contains("S1-1 → S1-3 → S1-1");
        assertThat(Decorator.getDecorations(candidate)).isNotEmpty();
        assertThat(fixture.statusMessages).anyMatch(s -> s.contains("S1-1 → S1-3 → S1-1"));
        assertThat(fixture.storedPlan()).isEqualTo(before);
    }

    @Test
    void deleteAsksThenRemovesTheMeasureWithItsScoresAndReferences(FxRobot robot) throws Exception {
        selectInTree(robot, TreeKey.measure("S1-1"));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.confirmations).singleElement().asString().contains("S1-1");
        Plan after = fixture.storedPlan();
        assertThat(after.measure("S1-1")).isEmpty();
        assertThat(after.scores()).noneMatch(s -> s.measure().equals("S1-1"));
        assertThat(after.measures()).noneMatch(m -> m.dependsOn().contains("S1-1"));
        assertThat(after.measures()).hasSize(9);
    }

    @Test
    @SuppressWarnings("unchecked")
    void problemsAndPeerCasesAreAddedAndRemovedWithTheirButtons(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#measuresTabs").queryAs(TabPane.class);
        int problems = fixture.storedPlan().problems().size();
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<Problem> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().clearSelection());
        assertThat(robot.lookup("#problemRemove").queryButton().isDisabled()).isTrue();
        robot.clickOn("#problemAdd");
        assertThat(fixture.storedPlan().problems()).hasSize(problems + 1);
        robot.interact(() -> table.getSelectionModel().select(problems));
        assertThat(robot.lookup("#problemRemove").queryButton().isDisabled()).isFalse();
        robot.clickOn("#problemRemove");
        assertThat(fixture.storedPlan().problems()).hasSize(problems);

        int cases = fixture.storedPlan().cases().size();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.clickOn("#caseAdd");
        assertThat(fixture.storedPlan().cases()).hasSize(cases + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProblemIsEditedInItsTab(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#measuresTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<Problem> table = robot.lookup("#problemsTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        replaceText(robot, "#problemTitle", "DXの恩恵の地域格差");
        assertThat(fixture.storedPlan().problems().get(1).title()).isEqualTo("DXの恩恵の地域格差");
        assertThat(table.getItems().get(1).title()).isEqualTo("DXの恩恵の地域格差");
    }

    @Test
    void f2RenamesTheSelectedItemInPlace(FxRobot robot) throws Exception {
        selectInTree(robot, TreeKey.measure("S1-2"));
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#treeRenameField").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("外部専門人材の戦略的活用と登用");
        robot.interact(() -> field.setText("外部専門人材の登用"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.storedPlan().measure("S1-2").orElseThrow().title()).isEqualTo("外部専門人材の登用");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEvidenceUrlIsCopiedToTheClipboardNotOpened(FxRobot robot) {
        selectInTree(robot, TreeKey.group("S2"));
        String url = fixture.editor.plan().group("S2").orElseThrow().evidence().get(0).url();
        assertThat(url).startsWith("http");
        robot.clickOn(robot.lookup("#groupEvidenceCopy").match(javafx.scene.Node::isVisible)
                .queryAs(javafx.scene.control.Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo(url);
        assertThat(fixture.statusMessages).anyMatch(m -> m.contains(url));
    }
}
