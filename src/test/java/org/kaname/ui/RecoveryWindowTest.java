package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.PlanSummary;
import org.kaname.ui.recovery.BackupRow;
import org.kaname.ui.recovery.DataDamage;
import org.kaname.testing.TmpfsMount;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app (headless) when storage is damaged: a damaged database file at start opens the restore dialog instead
 * of the window; a damaged plan is named while the others open; a write the disk refuses is never shown as saved.
 */
class RecoveryWindowTest extends FxRobot {
    /** The app, except that ending it is only counted: the FX platform must outlive one test. */
    public static final class StayingApp extends KanameApp {
        static volatile int exits;

        @Override
        protected void exit() {
            exits++;
        }
    }

    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void register() throws Exception {
        FxToolkit.registerPrimaryStage();
        StayingApp.exits = 0;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void start(Path data) throws Exception {
        app = FxToolkit.setupApplication(StayingApp.class, "--data=" + data);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Present is not enough to type into: the node's window must be showing. */
    private void waitShown(String query) throws Exception {
        waitFor(() -> lookup(query).tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent());
    }

    @SuppressWarnings("unchecked")
    private ListView<PlanSummary> planList() {
        return lookup("#planList").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<BackupRow> backupTable() {
        return lookup("#backupTable").queryAs(TableView.class);
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return n instanceof TextArea area ? area.getText() : ((Labeled) n).getText();
    }

    /** Every text shown in a window now (labels and text areas), to check what a dialog says. */
    private Stream<String> shownTexts() {
        return lookup(n -> n instanceof Labeled || n instanceof TextArea).queryAll().stream()
                .filter(Node::isVisible)
                .map(n -> n instanceof TextArea area ? area.getText() : ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty());
    }

    @Test
    void aDamagedDatabaseAtStartListsTheBackupsAndARestoreOpensTheMainWindow() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        DataDamage.truncateDatabase(data, 4096);

        start(data);
        waitShown("#backupTable");

        assertThat(text("#restoreHeadline")).contains("データベースファイルが破損している");
        assertThat(text("#restoreFacts")).contains(DataDamage.database(data).toString(), "何も書き込んでいません");
        assertThat(backupTable().getItems()).isNotEmpty();
        assertThat(backupTable().getSelectionModel().getSelectedIndex()).as("the newest is selected").isZero();
        assertThat(backupTable().getItems().get(0).reason()).isEqualTo("手動");
        assertThat(lookup("#restoreClose").queryButton().getText()).isEqualTo("終了(_Q)");
        assertThat(lookup("#planList").tryQuery()).as("no main window before the data is sound").isEmpty();

        // Keyboard only: the list has the focus, Enter restores the selected backup.
        type(KeyCode.ENTER);
        waitFor(() -> text("#restoreOutcome").contains("復元しました"));
        assertThat(text("#restoreOutcome")).contains("kaname-before-restore-");
        try (Stream<Path> kept = Files.list(data.resolve("kept"))) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("kaname-before-restore-"));
        }
        waitFor(() -> lookup("#planList").tryQuery().isPresent() && planList().getItems().size() == 2);
        assertThat(planList().getItems()).extracting(PlanSummary::title).contains("第二の計画");
        waitFor(() -> !lookup("#navigation").queryAs(ListView.class).getItems().isEmpty());

        // Esc closes the dialog, now labelled 閉じる; the app goes on.
        assertThat(lookup("#restoreClose").queryButton().getText()).isEqualTo("閉じる");
        type(KeyCode.ESCAPE);
        waitFor(() -> lookup("#restoreDialog").tryQuery().isEmpty());
        assertThat(StayingApp.exits).isZero();
        assertThat(lookup("#saveState").queryLabeled().getText()).contains("保存済み");
    }

    @Test
    void withoutABackupItSaysSoPlainlyAndOffersOnlyToQuit() throws Exception {
        Path data = dir.resolve("data");
        Services.open(data, Locale.JAPANESE, BackupPolicy.APP).close();
        DataDamage.truncateDatabase(data, 4096);

        start(data);
        waitShown("#noBackups");
        assertThat(text("#noBackups")).contains("バックアップがありません", "削除せず", "情報システム担当部署",
                "別のパソコン");
        assertThat(lookup("#restoreButton").query().isVisible()).isFalse();
        clickOn("#restoreClose");
        waitFor(() -> StayingApp.exits == 1);
        assertThat(Files.size(DataDamage.database(data))).as("the damaged file is kept as it was").isEqualTo(4096);
    }

    @Test
    void aDamagedPlanIsNamedTheOthersOpenAndABackupBringsItBack() throws Exception {
        Path data = dir.resolve("data");
        DataDamage.twoPlansWithBackup(data, "第二の計画");
        DataDamage.changeFirstMeasureTitle(data, 1, "書き換えられた施策");

        start(data);
        waitShown("#askNo");
        assertThat(shownTexts()).anyMatch(t -> t.contains("情報化推進リーダー") && t.contains("ID 1")
                && t.contains("ほかの計画は、これまでどおり使えます"));
        clickOn("#askNo");
        waitShown("#damagedPlanRestore");
        assertThat(shownTexts()).anyMatch(t -> t.contains("データが破損しているため開けません"));

        // The other plan opens and can be used.
        interact(() -> planList().getSelectionModel().select(1));
        waitFor(() -> !lookup("#navigation").queryAs(ListView.class).getItems().isEmpty());
        assertThat(lookup("#damagedPlan").tryQuery()).isEmpty();

        // Back to the damaged one, and restore from its placeholder.
        interact(() -> planList().getSelectionModel().select(0));
        waitShown("#askNo");
        clickOn("#askNo");
        waitShown("#damagedPlanRestore");
        clickOn("#damagedPlanRestore");
        waitShown("#backupTable");
        assertThat(text("#restoreHeadline")).contains("情報化推進リーダー", "ID 1");
        assertThat(text("#restoreNote")).contains("すべての計画", "計画ファイルへの書出し");
        clickOn("#restoreButton");
        waitShown("#askYes");
        clickOn("#askYes");
        waitFor(() -> text("#restoreOutcome").contains("復元しました"));
        clickOn("#restoreClose");
        waitFor(() -> lookup("#restoreDialog").tryQuery().isEmpty() && lookup("#planList").tryQuery().isPresent()
                && planList().getItems().size() == 2);

        interact(() -> planList().getSelectionModel().select(0));
        waitFor(() -> !lookup("#navigation").queryAs(ListView.class).getItems().isEmpty());
        assertThat(lookup("#damagedPlan").tryQuery()).isEmpty();
        assertThat(lookup("#askNo").tryQuery()).isEmpty();
    }

    /** Chooses a File menu command as a click would (without waiting: it may open a modal dialog). */
    private void fileMenu(String id) {
        javafx.scene.control.MenuBar bar = lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        javafx.application.Platform.runLater(item::fire);
    }

    @Test
    void theFileMenuBacksUpNowAndOffersEveryBackupToRestore() throws Exception {
        Path data = dir.resolve("data");
        start(data);
        waitFor(() -> lookup("#planList").tryQuery().isPresent() && !planList().getItems().isEmpty());

        fileMenu("menuBackUpNow");
        waitShown("#informText");
        assertThat(text("#informText")).contains("バックアップを作成し", data.resolve("backups").toString(),
                "-manual.zip");
        type(KeyCode.ENTER);
        waitFor(() -> lookup("#informText").tryQuery().isEmpty());
        assertThat(text("#statusLine")).startsWith("バックアップを作成しました: kaname-");

        fileMenu("menuRestore");
        waitShown("#backupTable");
        assertThat(text("#restoreHeadline")).contains("すべての計画をその時点の内容に戻します");
        assertThat(backupTable().getItems()).extracting(BackupRow::reason).contains("手動");
        assertThat(lookup("#restoreClose").queryButton().getText()).isEqualTo("キャンセル");
        type(KeyCode.ESCAPE);
        waitFor(() -> lookup("#restoreDialog").tryQuery().isEmpty());
        assertThat(planList().getItems()).hasSize(1);
        assertThat(StayingApp.exits).isZero();
    }

    @Test
    void aWriteTheDiskRefusesIsNeverShownAsSaved() throws Exception {
        try (TmpfsMount disk = TmpfsMount.mountOrSkip(dir.resolve("disk"), 24L * 1024 * 1024)) {
            start(disk.dir().resolve("data"));
            waitFor(() -> lookup("#planList").tryQuery().isPresent() && !planList().getItems().isEmpty());
            press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
            waitShown("#addCriterion");
            disk.fill();
            // Edits that fit into space the file already has are really stored; sooner or later one needs more.
            for (int i = 0; i < 60 && lookup("#storageFailureBanner").tryQuery().map(n -> !n.isVisible()).orElse(true)
                    && lookup("#storageFailureQuit").tryQuery().isPresent(); i++) {
                if (lookup(".dialog-pane").tryQuery().isPresent()) {
                    break;
                }
                interact(() -> lookup("#addCriterion").queryButton().fire());
                WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            }
            waitFor(() -> lookup(".dialog-pane").tryQuery().isPresent());
            assertThat(shownTexts()).anyMatch(t -> t.contains("直前の変更は保存されていません")
                    && t.contains("ディスクの空き容量が足りません") && t.contains("再起動"));
            type(KeyCode.ENTER);
            waitFor(() -> lookup(".dialog-pane").tryQuery().isEmpty());

            assertThat(lookup("#saveState").queryLabeled().getText()).doesNotContain("保存済み")
                    .contains("保存できませんでした");
            assertThat(lookup("#saveState").query().getStyleClass()).contains("save-failed");
            assertThat(lookup("#storageFailureBanner").query().isVisible()).isTrue();
            assertThat(text("#storageFailureText")).contains("保存されていません", "空き容量", "再起動");
            assertThat(text("#statusLine")).doesNotContain("保存済み");

            // A further edit is not shown as saved either.
            interact(() -> lookup("#addCriterion").queryButton().fire());
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup(".dialog-pane").tryQuery()).as("said once").isEmpty();
            assertThat(lookup("#saveState").queryLabeled().getText()).doesNotContain("保存済み");
            assertThat(text("#statusLine")).contains("変更は保存されていません");

            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }
}
