package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ui.KanameApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projection mode in the real app (headless): F5 in the main window opens the full-screen projection of the sample
 * plan; PageDown / PageUp (what presentation clickers send) and a typed page number with Enter move through it; Esc
 * closes it and the main window is left as it was.
 */
class ProjectionModeTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KanameApp.class, "--data=" + dir);
        waitFor(() -> lookup("#navigation").tryQuery().map(n -> !((ListView<?>) n).getItems().isEmpty())
                .orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Optional<Stage> projection() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() != null && "projectionRoot".equals(w.getScene().getRoot().getId()))
                .map(w -> (Stage) w).findFirst();
    }

    private String shown(String id) {
        return projection().map(s -> s.getScene().lookup("#" + id)).map(n -> ((Label) n).getText()).orElse(null);
    }

    private void key(KeyCode... codes) {
        for (KeyCode c : codes) {
            type(c);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5ProjectsThePlanFullScreenPagesWithTheKeyboardAndEscLeaves() throws Exception {
        clickOn("#navigation");
        key(KeyCode.F5);
        waitFor(() -> projection().isPresent());
        Stage stage = projection().orElseThrow();
        assertThat(stage.isFullScreen()).isTrue();
        // The pages are prepared in the background (with the progress shown); the first comes when they are ready.
        waitFor(() -> shown("projectionTitle") != null);
        assertThat(shown("projectionTitle")).isEqualTo("評価基準");
        String total = shown("projectionPageNumber").replaceFirst("^1 / ", "");
        assertThat(Integer.parseInt(total)).isGreaterThan(12);

        key(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN);
        assertThat(shown("projectionPageNumber")).isEqualTo("3 / " + total);
        key(KeyCode.PAGE_UP);
        assertThat(shown("projectionPageNumber")).isEqualTo("2 / " + total);
        // Page 2 is the top-ranked measure of the sample plan.
        assertThat(shown("projectionTitle")).startsWith("S1-1　");

        key(KeyCode.DIGIT1, KeyCode.DIGIT2);
        assertThat(shown("projectionJump")).contains("12");
        key(KeyCode.ENTER);
        assertThat(shown("projectionPageNumber")).isEqualTo("12 / " + total);
        assertThat(shown("projectionJump")).isNull();

        key(KeyCode.END);
        assertThat(shown("projectionPageNumber")).isEqualTo(total + " / " + total);
        assertThat(shown("projectionTitle")).isEqualTo("ロードマップ");

        key(KeyCode.ESCAPE);
        waitFor(() -> projection().isEmpty());
        assertThat(stage.isShowing()).isFalse();
        javafx.scene.Node navigation = lookup("#navigation").query();
        assertThat(navigation.getScene().getWindow().isShowing()).as("the main window stays").isTrue();

        // F5 again opens it afresh, on the first page.
        // The main window takes clicks and keys again (the full-screen state was left, not kept).
        clickOn("#navigation");
        key(KeyCode.F5);
        waitFor(() -> projection().isPresent() && shown("projectionPageNumber") != null);
        assertThat(shown("projectionPageNumber")).isEqualTo("1 / " + total);
        key(KeyCode.ESCAPE);
        waitFor(() -> projection().isEmpty());
    }
}
