package org.kaname.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.i18n.Messages;
import org.kaname.store.ServerAddress;
import org.kaname.ui.ShownMainView;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, item 1: the connect dialog by keyboard over the main window. A wrong port and an empty server are named
 * under their fields and nothing is tried; a filled form connects on Enter with what was typed and closes.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest extends FxRobot {
    private Stage stage;
    private ShownMainView main;
    private final List<ServerAddress> tried = new ArrayList<>();
    private final List<String> passwords = new ArrayList<>();
    private volatile Optional<ConnectViewModel.Connected> result;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (main != null) {
            main.close();
        }
    }

    private void open() throws Exception {
        main = ShownMainView.show(stage, Locale.JAPANESE);
        ConnectViewModel vm = new ConnectViewModel(Messages.of(SharedTexts.BUNDLE, Locale.JAPANESE),
                new CurrentThreadTaskExecutor(), (address, password) -> {
                    tried.add(address);
                    passwords.add(new String(password));
                    return null;
                }, Map.of(), Duration.ofSeconds(5));
        Platform.runLater(() -> result = new ConnectDialog(stage, vm).showAndWait());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#connectHost").tryQuery()
                .filter(n -> n.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void saysWhatIsWrongUnderTheFieldAndConnectsWithWhatWasTyped() throws Exception {
        open();
        assertThat(lookup("#connectHost").queryAs(TextField.class).isFocused()).as("typing starts at the server")
                .isTrue();
        assertThat(lookup("#connectPort").queryAs(TextField.class).getText()).isEqualTo("5432");

        // Port: select what is there and type a word.
        clickOn("#connectPort").push(KeyCode.CONTROL, KeyCode.A).write("abc");
        assertThat(text("#connectPortError")).isEqualTo("ポート「abc」は数字ではありません。1〜65535 の数字を入力してください。");
        type(KeyCode.ENTER);
        assertThat(text("#connectHostError")).isEqualTo("サーバーを入力してください（例: db.example.lg.jp）。");
        assertThat(text("#connectDatabaseError")).isEqualTo("データベース名を入力してください。");
        assertThat(tried).as("nothing is tried while a field is wrong").isEmpty();
        Scene dialog = lookup("#connectDialog").query().getScene();
        WaitForAsyncUtils.asyncFx(() -> Shots.take(stage.getScene(), dialog, "connect-dialog-errors-ja")).get();

        clickOn("#connectHost").write("db.example.lg.jp");
        clickOn("#connectPort").push(KeyCode.CONTROL, KeyCode.A).write("5432");
        clickOn("#connectDatabase").write("kaname");
        clickOn("#connectUser").write("yamada");
        clickOn("#connectPassword").write("pw");
        assertThat(text("#connectHostError")).isEmpty();
        assertThat(text("#connectPortError")).isEmpty();
        assertThat(text("#connectPasswordNote")).isEqualTo("パスワードは保存しません。次回の起動時にも尋ねます。");
        WaitForAsyncUtils.asyncFx(() -> Shots.take(stage.getScene(), dialog, "connect-dialog-ja")).get();
        type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result != null);
        assertThat(tried).containsExactly(new ServerAddress("db.example.lg.jp", 5432, "kaname", "yamada"));
        assertThat(passwords).containsExactly("pw");
        assertThat(result).isPresent();
        assertThat(Window.getWindows()).as("the dialog closed").hasSize(1);
    }

    @Test
    void escapeCancelsWithoutConnecting() throws Exception {
        open();
        write("db.example.lg.jp");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result != null);
        assertThat(result).isEmpty();
        assertThat(tried).isEmpty();
    }
}
