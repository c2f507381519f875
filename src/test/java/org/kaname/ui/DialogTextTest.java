package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dialog messages are shown whole (issue 13: the second instance's "folder in use" dialog was cut off): the message
 * label is as tall as its wrapped text, its rendered text is the whole text with no "…", and it lies inside the
 * window; a message too long for the screen scrolls inside a dialog that fits on the screen.
 */
class DialogTextTest extends FxRobot {
    /** A long folder name with no spaces, the hardest case for wrapping. */
    private static final String LONG_FOLDER = "企画課共有フォルダ".repeat(4) + "/kaname-data-folder-for-the-shared-office-pc";

    @TempDir
    Path dir;
    Application app;
    Stage owner;

    @BeforeEach
    void register() throws Exception {
        owner = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theSecondInstanceSaysWholeThatTheFolderIsInUse() throws Exception {
        Path data = dir.resolve(LONG_FOLDER);
        try (Services first = Services.open(data, Locale.JAPANESE, BackupPolicy.APP)) {
            app = FxToolkit.setupApplication(RecoveryWindowTest.StayingApp.class, "--data=" + data);
            waitShown("#dialogMessage");
            Label label = lookup("#dialogMessage").queryAs(Label.class);
            assertThat(label.getText()).contains(data.toString(), "別の Kaname が使用中です", "もう一度起動してください");
            assertShownWhole(label);
            closeDialog();
        }
    }

    @Test
    void everyMessageDialogWrapsALongMessageAndGrowsToHoldIt() throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 640, 480));
            stage.show();
        });
        FxDialogService dialogs = new FxDialogService(owner, Messages.of("org.kaname.ui.messages", Locale.JAPANESE));
        String message = "データフォルダ /home/user/" + LONG_FOLDER + " を開けません。"
                + "ほかのプログラムがこのフォルダを使っていないか確かめてから、もう一度お試しください。\n"
                + "The data directory could not be opened because another program holds it; close it and try again.";
        List<Consumer<String>> kinds = List.of(
                m -> dialogs.showError("開けません", m),
                m -> dialogs.confirm("確認", m),
                m -> dialogs.ask("確認", m, "復元する", "やめる"),
                m -> dialogs.showUnexpected("予期しないエラー", m, "details\n".repeat(5)));
        for (Consumer<String> kind : kinds) {
            Platform.runLater(() -> kind.accept(message));
            waitShown("#dialogMessage");
            Label label = lookup("#dialogMessage").queryAs(Label.class);
            assertThat(label.getText()).isEqualTo(message);
            assertShownWhole(label);
            Text text = (Text) label.lookup(".text");
            assertThat(text.getLayoutBounds().getHeight()).as("wrapped onto several lines")
                    .isGreaterThan(3 * text.getFont().getSize());
            closeDialog();
        }
    }

    @Test
    void aMessageTooLongForTheScreenScrollsInADialogThatFits() throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 640, 480));
            stage.show();
        });
        FxDialogService dialogs = new FxDialogService(owner, Messages.of("org.kaname.ui.messages", Locale.JAPANESE));
        String message = String.join("\n", java.util.Collections.nCopies(120, "施策 S1-1 の前提施策が循環しています。"));
        Platform.runLater(() -> dialogs.showError("読み込めません", message));
        waitShown("#dialogMessageScroll");
        ScrollPane scroll = lookup("#dialogMessageScroll").queryAs(ScrollPane.class);
        Label label = (Label) scroll.getContent();
        Text text = (Text) label.lookup(".text");
        assertThat(text.getText()).as("nothing cut off with …").isEqualTo(message);
        assertThat(label.getHeight()).isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
        Stage window = (Stage) scroll.getScene().getWindow();
        assertThat(window.getHeight()).as("the dialog fits on Monocle's 1200-pixel screen").isLessThan(900);
        assertInsideWindow(scroll);
        assertInsideWindow(lookup(".dialog-pane").queryAs(DialogPane.class).lookup(".button-bar"));
        closeDialog();
    }

    /** A confirmation in the Japanese UI says キャンセル, not JavaFX's 「取消」. */
    @Test
    void aJapaneseConfirmationSaysCancelInJapanese() throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 640, 480));
            stage.show();
        });
        FxDialogService dialogs = new FxDialogService(owner, Messages.of("org.kaname.ui.messages", Locale.JAPANESE));
        Platform.runLater(() -> dialogs.confirm("確認", "削除しますか。"));
        waitShown("#dialogMessage");
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> texts = pane.getButtonTypes().stream().map(t -> t.getText()).toList();
        assertThat(texts).containsExactly("OK", "キャンセル");
        closeDialog();
    }

    /** The label's whole text is rendered, it is as tall as that text, and it lies inside its window. */
    static void assertShownWhole(Label label) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Text text = (Text) label.lookup(".text");
        assertThat(text).as("the label's text node").isNotNull();
        assertThat(text.getText()).as("nothing cut off with …").isEqualTo(label.getText());
        assertThat(label.getHeight()).as("the label's height against its wrapped text's")
                .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5)
                .isGreaterThanOrEqualTo(text.getLayoutBounds().getHeight() - 0.5);
        assertInsideWindow(label);
    }

    private static void assertInsideWindow(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        Scene scene = node.getScene();
        assertThat(b.getMinY()).isGreaterThanOrEqualTo(-0.5);
        assertThat(b.getMaxY()).as(node + " bottom inside the window").isLessThanOrEqualTo(scene.getHeight() + 0.5);
        assertThat(b.getMaxX()).as(node + " right edge inside the window").isLessThanOrEqualTo(scene.getWidth() + 0.5);
    }

    /** Presses the dialog's first button, as a user would, and waits until it is gone. */
    private void closeDialog() throws Exception {
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        Button first = (Button) pane.lookupButton(pane.getButtonTypes().get(0));
        interact(first::fire);
        waitFor(() -> lookup(".dialog-pane").tryQuery().isEmpty());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitShown(String query) throws Exception {
        waitFor(() -> lookup(query).tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent());
    }
}
