package org.kaname.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.cli.KanameCli;
import org.kaname.ui.KanameApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app (headless): its window icons, and Help › About Kaname opened from the menu. */
class AboutWindowTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;

    private Path start(String language) throws Exception {
        Path data = dir.resolve("data");
        if (language != null) {
            Files.createDirectories(data);
            Files.writeString(data.resolve("settings.properties"), "language=" + language + "\n");
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KanameApp.class, "--data=" + data);
        waitFor(() -> lookup("#planList").tryQuery().isPresent()
                && !lookup("#planList").queryAs(ListView.class).getItems().isEmpty());
        return data;
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }

    private Menu helpMenu() {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> "menuHelp".equals(m.getId())).findFirst().orElseThrow();
    }

    /** Chooses Help › About as a click would, without waiting: the dialog is modal. */
    private void openAbout() throws TimeoutException {
        MenuItem about = helpMenu().getItems().stream().filter(i -> "menuAbout".equals(i.getId())).findFirst()
                .orElseThrow();
        Platform.runLater(about::fire);
        waitFor(() -> lookup("#aboutVersion").tryQuery().isPresent());
    }

    private String text(String id) {
        return lookup(id).queryLabeled().getText();
    }

    private static String cliVersion() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = KanameCli.run(new String[] {"--version"}, data -> {
            throw new AssertionError("--version must not start the app");
        }, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void theMainWindowHasTheKanameIconsFromTheResources() throws Exception {
        start(null);
        Stage window = (Stage) lookup("#planList").query().getScene().getWindow();
        assertThat(window.getIcons()).extracting(Image::getWidth).containsExactly(16.0, 32.0, 48.0, 64.0, 256.0);
        assertThat(window.getIcons()).extracting(Image::getUrl).allSatisfy(url ->
                assertThat(url).matches(".*/org/kaname/ui/icons/kaname-(16|32|48|64|256)\\.png"));
        assertThat(window.getIcons()).noneMatch(Image::isError);
    }

    @Test
    void aboutFromTheHelpMenuShowsTheVersionTheCommandLinePrintsTheDataFolderAndTheJavaRuntime() throws Exception {
        Path data = start(null);
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        assertThat(bar.getMenus().get(bar.getMenus().size() - 1)).isSameAs(helpMenu());
        assertThat(helpMenu().getText()).isEqualTo("ヘルプ(_H)");
        assertThat(helpMenu().getItems()).filteredOn(i -> i.getId() != null).extracting(MenuItem::getText)
                .containsExactly("操作説明書(_U)", "Kaname について(_A)");

        openAbout();
        assertThat(text("#aboutName")).isEqualTo("Kaname（要）");
        assertThat(text("#aboutTagline")).isEqualTo("施策優先度プランナー");
        assertThat("Kaname " + text("#aboutVersion")).isEqualTo(cliVersion());
        assertThat(text("#aboutVersion")).isNotBlank().isNotEqualTo("unknown");
        assertThat(text("#aboutDataFolder")).isEqualTo(data.toAbsolutePath().toString());
        assertThat(text("#aboutJavaVersion")).isEqualTo(System.getProperty("java.version"));
        assertThat(text("#aboutJavaHome")).isEqualTo(System.getProperty("java.home"));
        ImageView icon = lookup("#aboutIcon").queryAs(ImageView.class);
        assertThat(icon.getImage().getWidth()).isEqualTo(64.0);
        assertThat(icon.getImage().getUrl()).endsWith("/org/kaname/ui/icons/kaname-64.png");

        type(KeyCode.ESCAPE);
        waitFor(() -> lookup("#aboutVersion").tryQuery().isEmpty());
        openAbout();
        type(KeyCode.ENTER);
        waitFor(() -> lookup("#aboutVersion").tryQuery().isEmpty());
    }

    @Test
    void inEnglishTheHelpMenuAndTheDialogAreEnglish() throws Exception {
        start("en");
        assertThat(helpMenu().getText()).isEqualTo("_Help");
        openAbout();
        assertThat(text("#aboutName")).isEqualTo("Kaname (要)");
        assertThat(text("#aboutTagline")).isEqualTo("Policy measure prioritisation");
        assertThat(lookup("#aboutClose").queryButton().getText()).isEqualTo("Close");
        assertThat("Kaname " + text("#aboutVersion")).isEqualTo(cliVersion());
        type(KeyCode.ESCAPE);
        waitFor(() -> lookup("#aboutVersion").tryQuery().isEmpty());
    }
}
