package org.kaname.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.model.Measure;
import org.kaname.ui.ScreenFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RoadmapScreenTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    RoadmapScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new RoadmapScreen(fixture.context);
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1300, 800);
        // The app's stylesheet defines the colour variables the screen's own rules use.
        org.kaname.ui.Styles.apply(scene, org.kaname.ui.JapaneseFont.family());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    private ScheduledMeasure row(String id) {
        Roadmap r = new org.kaname.engine.roadmap.RoadmapScheduler().schedule(fixture.editor.plan());
        return r.find(id).orElseThrow();
    }

    @Test
    void pinningFromTheKeyboardMovesTheBarAndIsStored(FxRobot robot) throws Exception {
        String first = fixture.editor.plan().measures().get(0).id();
        int before = row(first).start().orElse(fixture.editor.plan().fiscalYears().start());
        GanttCanvas gantt = (GanttCanvas) robot.lookup("#ganttChart").query();
        robot.interact(gantt::requestFocus);
        // With nothing selected, Down selects the first measure of the chart.
        robot.type(KeyCode.DOWN);
        assertThat(gantt.measureIds().get(0)).isEqualTo(first);
        robot.type(KeyCode.RIGHT);
        Measure stored = fixture.storedPlan().measure(first).orElseThrow();
        assertThat(stored.pinnedStart()).isEqualTo(before + 1);
        ScheduledMeasure after = row(first);
        assertThat(after.pinned()).isTrue();
        assertThat(after.start().getAsInt()).isEqualTo(before + 1);
        robot.type(KeyCode.DELETE);
        assertThat(fixture.storedPlan().measure(first).orElseThrow().pinnedStart()).isNull();
        robot.interact(fixture.editor::undo);
        assertThat(fixture.editor.plan().measure(first).orElseThrow().pinnedStart()).isEqualTo(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void budgetAndDeferredPanelsShowTheSchedule(FxRobot robot) {
        TableView<org.kaname.engine.roadmap.YearBudget> budget = robot.lookup("#budgetTable").queryAs(TableView.class);
        assertThat(budget.getItems()).hasSize(fixture.editor.plan().fiscalYears().length());
        ListView<String> deferred = robot.lookup("#deferredList").queryAs(ListView.class);
        assertThat(deferred.getItems()).isNotEmpty();
    }

    @Test
    void aPinBeyondTheBudgetIsAWarningNotHidden(FxRobot robot) throws Exception {
        RoadmapViewModel vm = new RoadmapViewModel(fixture.context,
                fixture.context.messages("org.kaname.ui.roadmap.messages"));
        String first = fixture.editor.plan().measures().get(0).id();
        // The screen on the stage listens too, so edits happen on the FX thread as in the app.
        robot.interact(() -> {
            for (Measure m : fixture.editor.plan().measures()) {
                vm.pin(m.id(), fixture.editor.plan().fiscalYears().start());
            }
        });
        assertThat(vm.roadmapProperty().get().warnings()).isNotEmpty();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().start().getAsInt())
                .isEqualTo(fixture.editor.plan().fiscalYears().start());
        vm.dispose();
    }
}
