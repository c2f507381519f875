package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.service.Services;
import org.kaname.store.PlanSummary;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main paths of the app, driven like a user on the real application (headless): create a plan, add a criterion
 * and a measure, score by keyboard, see the ranking, delete a measure and undo, then restart and find it all kept.
 */
class MainPathsTest extends FxRobot {
    @TempDir
    Path dir;
    Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(KanameApp.class, "--data=" + dir);
        waitFor(() -> lookup("#planList").tryQuery().isPresent() && !planList().getItems().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @SuppressWarnings("unchecked")
    private ListView<PlanSummary> planList() {
        return lookup("#planList").queryAs(ListView.class);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void go(int screen) throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.getKeyCode(Integer.toString(screen))).release(KeyCode.CONTROL);
        String[] ids = {"overviewScreen", "criteriaScreen", "measuresScreen", "scoringScreen", "rankingScreen",
            "sensitivityScreen", "roadmapScreen"};
        waitFor(() -> lookup("#" + ids[screen - 1]).tryQuery().map(Node::isVisible).orElse(false));
    }

    private void clickButton(String id) throws Exception {
        waitFor(() -> lookup(id).tryQuery().map(n -> !n.isDisabled()).orElse(false));
        clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlanTypedInFromScratchIsScoredRankedAndKeptAcrossARestart() throws Exception {
        clickOn("#newPlanButton");
        // The dialog proposes 新しい計画 and the standard criteria; start empty (typed in from scratch) and accept.
        clickOn("#newPlanEmpty");
        clickOn("#promptAccept");
        try {
            waitFor(() -> planList().getItems().size() == 2 && planList().getSelectionModel().getSelectedItem() != null
                    && planList().getSelectionModel().getSelectedItem().title().equals("新しい計画"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("plans: " + planList().getItems() + " selected: "
                    + planList().getSelectionModel().getSelectedItem() + " windows: "
                    + listTargetWindows().size() + " status: " + lookup("#statusLine").queryLabeled().getText());
        }

        go(2);
        clickButton("#addCriterion");

        go(3);
        clickButton("#treeAddPillar");
        clickButton("#treeAdd");
        clickButton("#treeAdd");

        go(4);
        clickOn("#raterName").write("Planning");
        clickButton("#addRater");
        Node grid = lookup("#scoreGrid").query();
        interact(grid::requestFocus);
        type(KeyCode.DIGIT4);

        go(5);
        waitFor(() -> lookup("#rankTable").queryTableView().getItems().size() == 1);

        // Delete the measure (confirming), see it gone from the ranking, then undo with Ctrl+Z.
        go(3);
        clickButton("#treeRemove");
        type(KeyCode.ENTER);
        go(5);
        waitFor(() -> lookup("#rankTable").queryTableView().getItems().isEmpty());
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> lookup("#rankTable").queryTableView().getItems().size() == 1);
        waitFor(() -> lookup("#saveState").queryLabeled().getText().contains("保存済み"));

        stopAndReopen(plan -> {
            assertThat(plan.criteria()).hasSize(1);
            assertThat(plan.pillars()).hasSize(1);
            assertThat(plan.groups()).hasSize(1);
            assertThat(plan.measures()).hasSize(1);
            assertThat(plan.raters()).extracting(r -> r.name()).containsExactly("Planning");
            assertThat(plan.scores()).singleElement().satisfies(sc -> assertThat(sc.value()).isEqualTo(4.0));
        });
    }

    private void stopAndReopen(java.util.function.Consumer<Plan> check) throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            PlanSummary s = services.plans().plans().stream().filter(p -> p.title().equals("新しい計画"))
                    .findFirst().orElseThrow();
            check.accept(services.plans().open(s.id()).plan());
        }
    }
}
