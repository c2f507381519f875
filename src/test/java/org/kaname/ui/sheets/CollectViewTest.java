package org.kaname.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.ui.ScreenFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The collection report dialog on real sheets: what it lists, which choices it offers, what a click answers. */
@ExtendWith(ApplicationExtension.class)
class CollectViewTest {
    @TempDir
    Path dir;
    ScreenFixture f;
    Stage stage;
    final List<CollectDecision> decisions = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1040, 640));
        // The app's colour variables, which the dialog's stylesheet uses.
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

    private void show(FxRobot robot, CollectModel model) {
        robot.interact(() -> {
            var root = new CollectView(model, Messages.of(SheetsTexts.BUNDLE, Locale.JAPANESE), decisions::add)
                    .build();
            root.getStylesheets().add(FxSheetsUi.STYLESHEET);
            stage.getScene().setRoot(root);
        });
    }

    @Test
    void problemsAreListedWithSheetCellAndReasonAndOnlyTheValidRowsCanBeImported(FxRobot robot) throws Exception {
        show(robot, new CollectModel(SampleReports.withProblems(f.editor, dir.resolve("out"), Locale.JAPANESE),
                Locale.JAPANESE));

        @SuppressWarnings("unchecked")
        TableView<ProblemRow> problems = robot.lookup("#collectProblems").queryAs(TableView.class);
        assertThat(problems.getItems()).hasSize(2);
        ProblemRow outOfScale = problems.getItems().get(0);
        assertThat(outOfScale.file()).isEqualTo("採点表_r1_企画課.xlsx");
        assertThat(outOfScale.sheet()).isEqualTo("記入");
        assertThat(outOfScale.cell()).isEqualTo("G4");
        assertThat(outOfScale.reason()).contains("評点 8", "1〜5");
        assertThat(problems.getItems().get(1).cell()).isEqualTo("G7");
        assertThat(problems.getItems().get(1).reason()).contains("数値ではありません", "高い");
        // What is drawn, not only what is held: the reason is in a visible cell.
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Labeled) n).getText()).contains("評点 8"));

        @SuppressWarnings("unchecked")
        TableView<FileRow> files = robot.lookup("#collectFiles").queryAs(TableView.class);
        assertThat(files.getItems()).extracting(FileRow::status)
                .containsExactly("不受理（有効な行あり）", "受理");
        assertThat(files.getItems()).extracting(FileRow::validRows).containsExactly(48, 50);

        Button importAll = robot.lookup("#collectImportAll").queryButton();
        Button importValid = robot.lookup("#collectImportValid").queryButton();
        assertThat(importAll.getText()).isEqualTo("取り込む(_I)");
        assertThat(importAll.isDisabled()).isTrue();
        assertThat(importValid.isDisabled()).isFalse();
        assertThat(robot.lookup("#collectCancel").queryButton().isDisabled()).isFalse();
        Label warning = robot.lookup("#collectWarning").queryAs(Label.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("⚠", "問題のある行の評点は今のまま残ります", "48 件");

        robot.clickOn("#collectCopy");
        final String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        assertThat(text[0]).contains("不受理", "記入!G4", "記入!G7");

        robot.clickOn("#collectImportValid");
        assertThat(decisions).containsExactly(CollectDecision.IMPORT_VALID);
    }

    @Test
    void aCleanCollectionOffersImportAndNoWarning(FxRobot robot) throws Exception {
        show(robot, new CollectModel(SampleReports.clean(f.editor, dir.resolve("out"), Locale.JAPANESE),
                Locale.JAPANESE));

        assertThat(robot.lookup("#collectImportAll").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#collectImportValid").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#collectWarning").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#collectNoProblems").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#collectSummary").queryAs(Label.class).getText())
                .isEqualTo("1 ファイルを確認しました: 受理 1 件、不受理 0 件、問題 0 件");

        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(decisions).containsExactly(CollectDecision.IMPORT_ALL);
    }

    @Test
    void controlsAreNamedForScreenReadersByTheOneRule(FxRobot robot) throws Exception {
        show(robot, new CollectModel(SampleReports.withProblems(f.editor, dir.resolve("out"), Locale.JAPANESE),
                Locale.JAPANESE));

        // A button says its own words (without the mnemonic); its explanation is the tooltip and accessible help.
        Button importValid = robot.lookup("#collectImportValid").queryButton();
        assertThat(importValid.getAccessibleText()).isEqualTo("有効な行だけ取り込む");
        assertThat(importValid.getTooltip().getText()).startsWith("問題のあるファイルについても");
        assertThat(importValid.getAccessibleHelp()).isEqualTo(importValid.getTooltip().getText());
        assertThat(robot.lookup("#collectCopy").queryButton().getAccessibleText()).isEqualTo("一覧をコピー");
        // A table is named by its heading's key.accessible, and the heading's mnemonic focuses it.
        TableView<?> files = robot.lookup("#collectFiles").queryAs(TableView.class);
        assertThat(files.getAccessibleText()).isEqualTo("確認したファイルと、受理・不受理の判定");
        Label filesLabel = robot.lookup("#collectFilesLabel").queryAs(Label.class);
        assertThat(filesLabel.getLabelFor()).isSameAs(files);
        assertThat(filesLabel.getStyleClass()).contains("sheets-heading");
        assertThat(robot.lookup("#collectProblems").queryAs(TableView.class).getAccessibleText())
                .startsWith("問題の一覧");
    }
}
