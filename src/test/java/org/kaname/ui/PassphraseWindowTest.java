package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.Services;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Passphrase;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 7: the real app (headless) on an encrypted data folder asks for the passphrase before anything else,
 * by keyboard alone; a wrong one says so and asks again, the right one opens the plans, and quitting the dialog ends
 * the app without opening anything.
 */
class PassphraseWindowTest extends FxRobot {
    private static final String PASS = "correct horse battery";

    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void register() throws Exception {
        FxToolkit.registerPrimaryStage();
        RecoveryWindowTest.StayingApp.exits = 0;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private Path encryptedFolder() throws Exception {
        Path data = dir.resolve("data");
        Services.open(data, Locale.JAPANESE, BackupPolicy.COMMAND_LINE, Passphrase.of(PASS.toCharArray())).close();
        return data;
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitShown(String query) throws Exception {
        waitFor(() -> lookup(query).tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent());
    }

    @Test
    void aWrongPassphraseIsSaidAndTheRightOneOpensThePlans() throws Exception {
        Path data = encryptedFolder();
        app = FxToolkit.setupApplication(RecoveryWindowTest.StayingApp.class, "--data=" + data);

        waitShown("#passphrase");
        DialogTextTest.assertShownWhole(lookup("#dialogMessage").queryAs(Label.class));
        assertThat(lookup("#passphrase").queryAs(PasswordField.class).isFocused()).as("typing goes to the field")
                .isTrue();
        assertThat(lookup("#planList").tryQuery()).as("nothing opens before the passphrase").isEmpty();
        clickOn("#passphrase").write("not the passphrase").type(KeyCode.ENTER);

        waitShown("#passphrase-error");
        assertThat(lookup("#passphrase-error").queryAs(Label.class).getText()).isEqualTo(
                "パスフレーズが違います。もう一度入力してください。");
        assertThat(lookup("#passphrase").queryAs(PasswordField.class).getText()).isEmpty();
        clickOn("#passphrase").write(PASS).type(KeyCode.ENTER);

        waitFor(() -> lookup("#planList").tryQuery().isPresent()
                && !lookup("#planList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(lookup("#passphrase").tryQuery()).isEmpty();
        assertThat(RecoveryWindowTest.StayingApp.exits).isZero();
    }

    @Test
    void escapeQuitsWithoutOpeningTheFolder() throws Exception {
        Path data = encryptedFolder();
        app = FxToolkit.setupApplication(RecoveryWindowTest.StayingApp.class, "--data=" + data);

        waitShown("#passphrase");
        type(KeyCode.ESCAPE);

        waitFor(() -> RecoveryWindowTest.StayingApp.exits == 1);
        assertThat(lookup("#passphrase").tryQuery()).isEmpty();
        assertThat(lookup("#planList").tryQuery()).isEmpty();
    }
}
