package org.kaname.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.chart.GanttChart;
import org.kaname.engine.RankingService;
import org.kaname.model.Evaluation;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 16 item 4: a measure whose latest evaluation is 廃止 or 完了 (not re-opened) leaves the roadmap screen: no
 * bar, its row says why, and the panel of measures not placed lists it as 終了 with the evaluation.
 */
@ExtendWith(ApplicationExtension.class)
class RoadmapEndedMeasuresTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndedMeasureHasNoBarAndIsListedAsEndedWithItsEvaluation(FxRobot robot) throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        Plan sample = fixture.editor.plan();
        String first = sample.measures().get(0).id();
        Plan plan = sample.withFollowUp(FollowUp.NONE.withEvaluations(List.of(new Evaluation(first, 2026, "", "",
                FutureDirection.COMPLETE, "目標を達成した", "", false))));
        PlanEditor editor = fixture.services.editor(fixture.editor.planId(), plan, Runnable::run);
        ScreenContext context = new ScreenContext(editor, new RankingService(), new CurrentThreadTaskExecutor(),
                fixture.dialogs, Locale.JAPANESE, fixture.statusMessages::add);
        RoadmapScreen[] screen = new RoadmapScreen[1];
        robot.interact(() -> {
            screen[0] = new RoadmapScreen(context);
            stage.setScene(new Scene((Parent) screen[0].node(), 1280, 800));
            stage.show();
        });
        RoadmapViewModel vm = screen[0].viewModel();
        String reason = "評価結果: 2026年度の評価で今後の方向性が「完了」とされたため、ロードマップから外しています（再開すると戻ります）";
        GanttChart chart = vm.chartProperty().get();
        GanttChart.Row row = chart.rows().get(chart.rowIndex(first));
        assertThat(row.hasBar()).isFalse();
        assertThat(row.note()).isEqualTo("終了 — " + reason);
        assertThat(vm.describe(first)).contains("終了 — " + reason);
        ListView<String> deferred = robot.lookup("#deferredList").queryAs(ListView.class);
        assertThat(deferred.getItems()).anyMatch(line -> line.startsWith(first + " ") && line.endsWith("終了: " + reason));
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().costByYear()).isEmpty();
        robot.interact(screen[0]::dispose);
    }
}
