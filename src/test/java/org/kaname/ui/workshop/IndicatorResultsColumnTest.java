package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.Holder;
import org.kaname.edit.OpenRound;
import org.kaname.edit.SetActuals;
import org.kaname.edit.SetIndicatorNumbers;
import org.kaname.edit.SetIndicators;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.service.PlanEditor;
import org.kaname.ui.ShownScreen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16 item 4 on screen: with a round open, 「指標の実績を表示」 shows each measure's latest indicator
 * results in a column just before 客観的根拠の有無; off again, the column goes.
 */
@ExtendWith(ApplicationExtension.class)
class IndicatorResultsColumnTest {
    private Stage stage;
    private ShownScreen<WorkshopScreen> shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
    }

    @Test
    void theToggleShowsTheResultsBesideTheEvidenceColumn(FxRobot robot) throws Exception {
        shown = ShownScreen.show(stage, Locale.JAPANESE, 1280, 800, WorkshopScreen::new);
        PlanEditor editor = shown.fixture.editor;
        WaitForAsyncUtils.asyncFx(() -> {
            Plan plan = editor.plan();
            editor.apply(new SetIndicators(Holder.GROUP, "S1", plan.group("S1").orElseThrow().indicators()));
            Indicator kgi = editor.plan().group("S1").orElseThrow().indicators().get(0);
            editor.apply(new SetIndicatorNumbers(Holder.GROUP, "S1", kgi.id(), IndicatorDirection.UP, 40.0, 2025,
                    List.of(new IndicatorTarget(2027, 60, false), new IndicatorTarget(2030, 80, true))));
            editor.apply(new SetActuals(List.of(SetActuals.Entry.of(kgi.id(), IndicatorActual.of(2027, 55)))));
            editor.apply(new OpenRound("第2回", List.of("S1-1", "S2-1"),
                    editor.plan().raters().stream().map(Rater::id).toList(), false, false, Instant.EPOCH));
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<EntryRow> grid = robot.lookup("#roundGrid").queryAs(TableView.class);
        TableColumn<EntryRow, ?> results = grid.getColumns().stream()
                .filter(c -> "roundResultsColumn".equals(c.getId())).findFirst().orElseThrow();
        int evidence = grid.getColumns().indexOf(grid.getColumns().stream()
                .filter(c -> "round-criterion-evidence".equals(c.getId())).findFirst().orElseThrow());
        assertThat(grid.getColumns().indexOf(results)).as("just before 客観的根拠の有無").isEqualTo(evidence - 1);
        assertThat(results.isVisible()).as("off until asked for").isFalse();

        robot.clickOn("#showIndicatorResults");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#showIndicatorResults").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(results.isVisible()).isTrue();
        // (55 − 40) / (60 − 40) = 75%: C, from S1's KGI (S1-1 has no indicator of its own).
        assertThat(results.getCellData(0)).isEqualTo("支援策 KGI 75%（C）");
        assertThat(results.getCellData(1)).isEqualTo("実績なし");

        robot.clickOn("#showIndicatorResults");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results.isVisible()).isFalse();
    }
}
