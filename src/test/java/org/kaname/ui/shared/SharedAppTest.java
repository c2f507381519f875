package org.kaname.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;
import org.kaname.ui.KanameApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, items 1 and 5, in the real app (headless) against a real PostgreSQL: File › 共有データベースに接続… with
 * the password typed switches the window to the server and the status bar says 共有; the server is remembered
 * without its password, so the next start asks only the password and opens the server again; a server that does
 * not answer at start is named within 10 s and the local database is offered and opens.
 */
class SharedAppTest extends FxRobot {
    /** The app as started by the tests: its environment is the test's, and it never ends the JVM. */
    public static final class TestApp extends KanameApp {
        static volatile Map<String, String> env = Map.of();
        static volatile int exits;

        @Override
        protected Map<String, String> environment() {
            return env;
        }

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
        TestApp.env = Map.of();
        TestApp.exits = 0;
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String query) {
        return lookup(query).tryQuery().filter(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).isPresent();
    }

    private String database() {
        return lookup("#databaseLabel").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void type(String id, String text) {
        TextField field = lookup(id).queryAs(TextField.class);
        interact(() -> field.setText(""));
        clickOn(field).write(text);
    }

    @Test
    void connectsThroughTheDialogAndOpensTheServerAgainAtTheNextStart() throws Exception {
        ServerAddress db = PostgresTestServer.shared().newDatabase();
        String password = new String(PostgresTestServer.shared().superuserPassword());
        Path data = dir.resolve("data");
        app = FxToolkit.setupApplication(TestApp.class, "--data=" + data);
        waitFor(60, () -> database().startsWith("ローカル: "));
        assertThat(database()).isEqualTo("ローカル: " + data);

        Platform.runLater(() -> ((KanameApp) app).connectToServer());
        waitFor(20, () -> shown("#connectHost"));
        type("#connectHost", db.host());
        type("#connectPort", Integer.toString(db.port()));
        type("#connectDatabase", db.database());
        type("#connectUser", db.user());
        clickOn("#connectPassword").write(password);
        Node dialog = lookup("#connectDialog").query();
        Window main = Window.getWindows().stream().filter(w -> w != dialog.getScene().getWindow()).findFirst()
                .orElseThrow();
        interact(() -> Shots.take(main.getScene(), dialog.getScene(), "connect-dialog-filled-ja"));
        type(KeyCode.ENTER);

        String shared = "共有: " + db.user() + "@" + db.host() + ":" + db.port() + "/" + db.database();
        waitFor(15, () -> database().startsWith(shared));
        assertThat(lookup("#planList").queryAs(ListView.class).getItems()).as("no sample on a server").isEmpty();
        interact(() -> Shots.take(main.getScene(), null, "status-bar-shared-ja"));
        String settings = Files.readString(data.resolve("settings.properties"));
        assertThat(settings).contains("shared.database=" + db.uri().replace(":", "\\:").replace("=", "\\="))
                .doesNotContain(password);

        // The next start: the server again, only the password asked (none in .pgpass or PGPASSWORD here).
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(TestApp.class, "--data=" + data);
        waitFor(30, () -> shown("#connectPassword"));
        assertThat(lookup("#connectHost").queryAs(TextField.class).getText()).isEqualTo(db.host());
        assertThat(lookup("#connectPassword").queryAs(TextField.class).isFocused()).isTrue();
        clickOn("#connectPassword").write(password).type(KeyCode.ENTER);
        waitFor(15, () -> database().startsWith(shared));

        // Back to the local database: the sample plan of the data folder again, and remembered so.
        interact(() -> ((KanameApp) app).backToLocal());
        waitFor(30, () -> database().startsWith("ローカル: "));
        waitFor(30, () -> !lookup("#planList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(Files.readString(data.resolve("settings.properties"))).contains("shared.database=\n");
    }

    @Test
    void aServerThatCannotBeReachedAtStartIsNamedWithinTenSecondsAndTheLocalDatabaseOffered() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        TestApp.env = Map.of("PGPASSWORD", "any");
        Path data = dir.resolve("data");
        long start = System.nanoTime();
        app = FxToolkit.setupApplication(TestApp.class, "--data=" + data,
                "--db=postgresql://127.0.0.1:" + closed + "/kaname?user=yamada");
        waitFor(20, () -> shown("#askYes"));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(seconds).as("said within 10 s of the start").isLessThanOrEqualTo(10);
        String message = lookup("#dialogMessage").queryAs(Label.class).getText();
        assertThat(message).contains("yamada@127.0.0.1:" + closed + "/kaname")
                .contains("ローカルのデータベースで開きますか");
        clickOn("#askYes");
        waitFor(60, () -> database().startsWith("ローカル: "));
        waitFor(30, () -> !lookup("#planList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(TestApp.exits).isZero();
    }
}
