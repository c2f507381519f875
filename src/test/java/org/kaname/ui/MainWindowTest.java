package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.store.PlanSummary;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app (headless, Monocle) on a fresh data directory and looks at what the window shows. */
class MainWindowTest extends FxRobot {
    @TempDir
    Path dir;
    javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KanameApp.class, "--data=" + dir.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        // Stopping the app closes its database, so the temporary directory can be removed.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWindowOpensAndListsTheSamplePlanWithItsScreens() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#planList").tryQuery().isPresent()
                        && !((ListView<PlanSummary>) lookup("#planList").query()).getItems().isEmpty());
        Stage window = (Stage) lookup("#planList").query().getScene().getWindow();
        assertThat(window.getTitle()).startsWith("Kaname");
        ListView<PlanSummary> plans = lookup("#planList").queryAs(ListView.class);
        assertThat(plans.getItems()).extracting(PlanSummary::title)
                .singleElement().asString().contains("情報化推進リーダー");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !lookup("#navigation").queryAs(ListView.class).getItems().isEmpty());
        ListView<PlanScreen> nav = lookup("#navigation").queryAs(ListView.class);
        assertThat(nav.getItems()).extracting(PlanScreen::title)
                .containsExactly("概要", "評価基準と重み", "施策", "採点", "順位", "感度分析", "ロードマップ",
                        "ワークショップ", "評価");
        assertThat(lookup("#saveState").queryLabeled().getText()).contains("保存済み");
    }
}
