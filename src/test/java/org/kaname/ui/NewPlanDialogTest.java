package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The new-plan dialog at its default size in the Japanese UI (issue 15 A7: its label read 「計画の名…」 and its buttons
 * Cancel/OK): the label shows whole, and the buttons say what they do, in Japanese, each whole.
 */
class NewPlanDialogTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KanameApp.class, "--data=" + dir);
        waitFor(() -> lookup("#newPlanButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theLabelShowsWholeAndTheButtonsReadCreateAndCancelInJapanese() throws Exception {
        clickOn("#newPlanButton");
        waitFor(() -> lookup("#promptLabel").tryQuery().map(n -> n.getScene() != null
                && n.getScene().getWindow().isShowing()).orElse(false));
        Label label = lookup("#promptLabel").queryAs(Label.class);
        assertThat(label.getText()).isEqualTo("計画の名前:");
        DialogTextTest.assertShownWhole(label);
        assertThat(lookup("#promptField").queryTextInputControl().getText()).isEqualTo("新しい計画");

        Button accept = lookup("#promptAccept").queryButton();
        Button cancel = lookup("#promptCancel").queryButton();
        assertThat(accept.getText()).isEqualTo("作成");
        assertThat(cancel.getText()).isEqualTo("キャンセル");
        assertThat(accept.isDefaultButton()).as("Enter creates the plan").isTrue();
        assertRenderedWhole(accept);
        assertRenderedWhole(cancel);
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getButtonTypes()).extracting(t -> t.getText()).containsExactlyInAnyOrder("作成", "キャンセル");

        interact(cancel::fire);
        waitFor(() -> lookup("#promptLabel").tryQuery().isEmpty());
    }

    /** The button's rendered text is its whole text: no "…". */
    private static void assertRenderedWhole(Labeled labeled) {
        Node text = labeled.lookup(".text");
        assertThat(text).as("the text node of " + labeled.getText()).isInstanceOf(Text.class);
        assertThat(((Text) text).getText()).as("nothing cut off with …").isEqualTo(labeled.getText());
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
