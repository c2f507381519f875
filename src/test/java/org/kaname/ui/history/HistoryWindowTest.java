package org.kaname.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.Cell;
import org.kaname.engine.RankedMeasure;
import org.kaname.model.Score;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The history and versions window (headless) over a main window, on the sample plan. */
@ExtendWith(ApplicationExtension.class)
class HistoryWindowTest {
    private Stage owner;
    private Path dir;
    private HistoryFixture f;
    private HistoryWindow window;
    private Score changed;
    private double original;

    @Start
    void start(Stage stage) {
        owner = stage;
        // Monocle's headless screen is 1280 × 800.
        Scene scene = new Scene(new StackPane(), 1260, 790);
        Styles.apply(scene, JapaneseFont.family());
        stage.setScene(scene);
        stage.show();
    }

    /** The database is opened here, not in {@code @Start}, which TestFX gives only a few seconds. */
    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kaname-history");
        f = new HistoryFixture(dir, Locale.JAPANESE);
        f.context.users().setDisplayName("企画課 山田");
        changed = f.firstScore();
        original = changed.value();
        f.setScore(changed, f.otherValue(changed), "ワークショップで修正");
        WaitForAsyncUtils.asyncFx(() -> {
            window = new HistoryWindow(owner, f.context, f.plan().title(), w -> f.screen.dialogs);
            window.show(HistoryWindow.Page.HISTORY);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.close()).get();
        f.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Texts of a rendered column of a table, top to bottom. */
    private static List<String> columnTexts(FxRobot robot, String tableId, String columnId) {
        List<TableCell<?, ?>> cells = new ArrayList<>();
        robot.lookup(tableId + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && !c.isEmpty())
                .forEach(cells::add);
        cells.sort(Comparator.comparingInt(c -> c.getTableRow().getIndex()));
        return cells.stream().map(TableCell::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryRow> historyTable(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    @Test
    void theHistoryShowsTheNewestEditFirstWithPersonAndBeforeAfter(FxRobot robot) {
        assertThat(window.stage().getTitle()).startsWith("変更履歴と版 — ");
        assertThat(columnTexts(robot, "#historyTable", "personColumn").get(0)).isEqualTo("企画課 山田");
        assertThat(columnTexts(robot, "#historyTable", "kindColumn").get(0)).isEqualTo("評価の変更");
        assertThat(columnTexts(robot, "#historyTable", "changeColumn").get(0)).isEqualTo(
                HistoryFixture.plainNumber(original) + " → " + HistoryFixture.plainNumber(f.valueOf(Cell.of(changed))));
        assertThat(columnTexts(robot, "#historyTable", "reasonColumn").get(0)).isEqualTo("ワークショップで修正");
        assertThat(robot.lookup("#displayNameField").queryTextInputControl().getText()).isEqualTo("企画課 山田");
        assertThat(robot.lookup("#displayNameHelp").queryLabeled().getText()).contains("変更した人");
        assertThat(robot.lookup("#displayNameNow").queryLabeled().getText()).contains("企画課 山田");
        // The window fits the 1280 × 800 screen.
        assertThat(window.stage().getWidth()).isLessThanOrEqualTo(1280);
        assertThat(window.stage().getHeight()).isLessThanOrEqualTo(800);
    }

    @Test
    void theMeasureFilterNarrowsTheList(FxRobot robot) {
        int all = historyTable(robot).getItems().size();
        @SuppressWarnings("unchecked")
        ComboBox<FilterChoice> measure = robot.lookup("#measureFilter").queryAs(ComboBox.class);
        assertThat(measure.getValue().label()).isEqualTo("すべて");
        FilterChoice only = measure.getItems().stream().filter(c -> changed.measure().equals(c.value()))
                .findFirst().orElseThrow();
        robot.interact(() -> measure.setValue(only));
        assertThat(historyTable(robot).getItems()).hasSizeLessThan(all).isNotEmpty()
                .allSatisfy(r -> assertThat(r.entry().measure()).isEqualTo(changed.measure()));
        robot.interact(() -> measure.setValue(measure.getItems().get(0)));
        assertThat(historyTable(robot).getItems()).hasSize(all);
    }

    @Test
    void revertingTheSelectedRowAsksAndAddsANewEntry(FxRobot robot) {
        assertThat(robot.lookup("#revertButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> historyTable(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#revertButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#historyDetails").queryTextInputControl().getText())
                .contains("ワークショップで修正");
        f.screen.dialogs.answer = true;
        robot.clickOn("#revertButton");
        assertThat(f.screen.dialogs.questions).singleElement().asString().contains("取り消す");
        assertThat(f.valueOf(Cell.of(changed))).isEqualTo(original);
        assertThat(columnTexts(robot, "#historyTable", "kindColumn").get(0)).isEqualTo("取消し（履歴から）");
        assertThat(robot.lookup("#historyMessage").queryLabeled().getText()).endsWith("番の変更を取り消しました。");
    }

    @Test
    void aNameTypedAndEnteredIsRecordedForTheNextEdit(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(HistoryWindow.Page.DISPLAY_NAME));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#displayNameField").query().isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#displayNameField").queryTextInputControl().clear());
        robot.clickOn("#displayNameField").write("防災課 佐藤").type(KeyCode.ENTER);
        assertThat(f.context.users().current()).isEqualTo("防災課 佐藤");
        robot.interact(() -> {
            try {
                f.setScore(changed, original, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(columnTexts(robot, "#historyTable", "personColumn").get(0)).isEqualTo("防災課 佐藤");
    }

    @Test
    void aSavedVersionComparedWithNowShowsTheMovementAsArrowAndText(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(HistoryWindow.Page.VERSIONS));
        robot.clickOn("#saveVersionButton");
        // The window's own dialog proposes a name with the fiscal year; an empty one is refused in place.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#versionNameField").queryTextInputControl().getText()).matches(
                "\\d{4}年度（令和.+年度）\\d+月\\d+日時点");
        robot.interact(() -> robot.lookup("#versionNameField").queryTextInputControl().clear());
        robot.clickOn("#versionNameField").type(KeyCode.ENTER);
        assertThat(robot.lookup("#versionNameProblem").queryLabeled().getText())
                .isEqualTo("版の名前を入力してください。何も保存していません。");
        robot.write("当初案").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#versionNameField").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<VersionRow> versions = robot.lookup("#versionsTable").queryAs(TableView.class);
        assertThat(versions.getItems()).extracting(VersionRow::name).containsExactly("当初案");
        assertThat(columnTexts(robot, "#versionsTable", "versionUserColumn")).containsExactly("企画課 山田");

        RankedMeasure last = f.lastRanked();
        robot.interact(() -> {
            try {
                f.scoreTop(last.measureId());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // Enter on the list compares the selected version with now.
        robot.interact(() -> versions.requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#historyTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("compareTabHeader");
        assertThat(robot.lookup("#compareSummary").queryLabeled().getText()).startsWith("版 1「当初案」 → 現在");
        @SuppressWarnings("unchecked")
        TableView<ComparisonRows.MovementRow> movement = robot.lookup("#movementTable").queryAs(TableView.class);
        int index = -1;
        for (int i = 0; i < movement.getItems().size(); i++) {
            if (movement.getItems().get(i).measureId().equals(last.measureId())) {
                index = i;
            }
        }
        int row = index;
        robot.interact(() -> movement.scrollTo(row));
        TableCell<?, ?> move = robot.lookup("#movementTable .move-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow().getIndex() == row).findFirst().orElseThrow();
        assertThat(move.getText()).matches("↑\\d+");
        assertThat(move.getStyleClass()).contains("move-up");
        assertThat(move.getTooltip().getText()).endsWith("位上がった");
        // Only the changed rows, on request.
        robot.clickOn("#compareChangedOnly");
        assertThat(movement.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.changed()).isTrue());
    }

    @Test
    void followsTheMainWindowsThemeAndTextSize(FxRobot robot) {
        String contrast = getClass().getResource("/org/kaname/ui/kaname-high-contrast.css").toExternalForm();
        javafx.scene.Parent root = window.stage().getScene().getRoot();
        assertThat(root.getStylesheets()).doesNotContain(contrast);
        robot.interact(() -> {
            owner.getScene().getStylesheets().add(contrast);
            owner.getScene().getRoot().setStyle("-fx-font-size: 21px;");
        });
        assertThat(root.getStylesheets()).contains(contrast).last().isEqualTo(HistoryWindow.STYLESHEET);
        assertThat(root.getStyle()).contains("21px");
        robot.interact(() -> owner.getScene().getStylesheets().remove(contrast));
        assertThat(root.getStylesheets()).doesNotContain(contrast);
    }

    @Test
    void escapeClosesTheWindow(FxRobot robot) {
        robot.interact(() -> historyTable(robot).requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(window.isShowing()).isFalse();
    }
}
