package org.kaname.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.ui.sheets.Workbooks.cell;
import static org.kaname.ui.sheets.Workbooks.edit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Score;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialogs end to end: collect a sheet with a problem, see it listed, accept the valid rows, close. */
@ExtendWith(ApplicationExtension.class)
class CollectDialogFlowTest {
    @TempDir
    Path dir;
    ScreenFixture f;
    Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        org.kaname.ui.Styles.apply(stage.getScene(), org.kaname.ui.JapaneseFont.family());
        stage.show();
    }

    @BeforeEach
    void open() throws Exception {
        f = new ScreenFixture(dir.resolve("data"), Locale.JAPANESE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Present is not enough to click: the dialog's window must be showing and the node visible in it. */
    private static void waitUntilShown(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theValidRowsOfASheetWithAProblemAreStoredOnlyAfterChoosingSo(FxRobot robot) throws Exception {
        List<Path> files = new SheetsWork(Locale.JAPANESE).writeSheets(f.editor.plan(), f.editor.planId(),
                f.editor.plan().raters().subList(0, 1), dir.resolve("out"), SampleReports.NOW,
                SampleReports.NO_PROGRESS);
        edit(files.get(0), wb -> {
            cell(wb.getSheet("記入"), "G4").setCellValue(9);
            cell(wb.getSheet("記入"), "G5").setCellValue(1);
        });
        FakeSheets chooser = new FakeSheets();
        chooser.fileChoices.add(files);
        ScoreSheetActions actions = new ScoreSheetActions(f.editor, new CurrentThreadTaskExecutor(), f.dialogs,
                Locale.JAPANESE, f.statusMessages::add, chooser, new FxSheetsUi(owner, Locale.JAPANESE),
                Clock.fixed(SampleReports.NOW, ZoneOffset.UTC));

        Platform.runLater(actions::collectSheets);
        waitUntilShown(robot, "#collectImportValid");
        assertThat(robot.lookup("#collectImportAll").queryButton().isDisabled()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> String.valueOf(((javafx.scene.control.Labeled) n).getText()).contains("評点 9")));
        assertThat(feasibility()).as("nothing stored while the report is open").isEqualTo(3.0);

        robot.clickOn("#collectImportValid");
        waitUntilShown(robot, "#sheetsInfo");
        assertThat(robot.lookup("#sheetsInfo").queryTextInputControl().getText()).contains("変更 1 件", "Ctrl+Z");
        robot.clickOn("閉じる");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(feasibility()).isEqualTo(1.0);
        assertThat(f.storedPlan()).isEqualTo(f.editor.plan());
        assertThat(f.statusMessages).last().asString().contains("採点表を取り込みました");
    }

    private double feasibility() {
        return f.editor.plan().scores().stream().filter(s -> s.measure().equals("S1-1")
                && s.criterion().equals("feasibility") && s.rater().equals("r1")).map(Score::value).findFirst()
                .orElseThrow();
    }
}
