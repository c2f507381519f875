package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ui.help.UserGuideOpener;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › User guide (F1) in the main window (headless): the guide at the chapter of the screen in front. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    @TempDir
    Path dir;
    private Stage stage;
    private ShownMainView window;
    private MainView view;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<URI> shown = new ArrayList<>();
    private boolean browserWorks = true;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(Locale locale) throws Exception {
        window = ShownMainView.show(stage, locale, dialogs, new Actions(), 1280, 800);
        view = window.view;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    private static MenuItem userGuide(FxRobot robot) {
        Menu help = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menuHelp".equals(m.getId())).findFirst().orElseThrow();
        return help.getItems().stream().filter(i -> "menuUserGuide".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void f1OpensTheGuideAtTheChapterOfTheScreenInFront(FxRobot robot) throws Exception {
        open(Locale.JAPANESE);
        MenuItem item = userGuide(robot);
        assertThat(item.getText()).isEqualTo("操作説明書(_U)");
        assertThat(item.getAccelerator().getName()).isEqualTo("F1");
        WaitForAsyncUtils.asyncFx(() -> view.showScreen(3)).get(); // 採点
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown).hasSize(1);
        Path page = Path.of(shown.get(0));
        assertThat(page).isEqualTo(dir.resolve("help").resolve("open.ja.html"));
        assertThat(Files.readString(page)).contains("url=user-guide.ja.html#chapter-4");
        assertThat(dir.resolve("help").resolve("user-guide.ja.html")).isRegularFile();
        assertThat(dialogs.informations).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void withoutABrowserTheMessageSaysWhichFileToOpen(FxRobot robot) throws Exception {
        browserWorks = false;
        open(Locale.ENGLISH);
        assertThat(userGuide(robot).getText()).isEqualTo("_User guide");
        WaitForAsyncUtils.asyncFx(() -> userGuide(robot).fire()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.informations).singleElement().asString()
                .startsWith("The user guide could not be opened in a browser: ")
                .contains(dir.resolve("help").resolve("user-guide.en.html").toAbsolutePath().toString());
    }

    /** The app's actions with the help folder in the test's folder and a browser that records what it is given. */
    private final class Actions extends NoAppActions {
        @Override
        public Path helpFolder() {
            return dir.resolve("help");
        }

        @Override
        public UserGuideOpener.Browser browser() {
            return page -> {
                shown.add(page);
                return browserWorks;
            };
        }

        @Override
        public Path dataDirectory() {
            return window.dir;
        }
    }
}
