package org.kaname.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.AddCriterion;
import org.kaname.edit.AddGroup;
import org.kaname.edit.AddMeasure;
import org.kaname.edit.AddPillar;
import org.kaname.edit.AddRater;
import org.kaname.edit.Cell;
import org.kaname.edit.Edit;
import org.kaname.edit.SetScore;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.TestEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan typed in from scratch, as the main window holds it: the Ranking screen is made with the empty plan and
 * shown, then the plan is built (new plan, criterion, pillar, support measure, measure, rater, one score). The
 * summary's columns keep sensible widths: they once collapsed, 種類 taking the whole width and the others shrinking to
 * slivers until a restart (the columns were rebuilt one by one for the plan's tiers).
 */
@ExtendWith(ApplicationExtension.class)
class RankingNewPlanTest {
    private Path dir;
    private ScreenFixture fixture;
    private RankingScreen screen;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final StackPane content = new StackPane();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kaname-ranking-new");
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        fixture.editor.apply(TestEdits.rewrite("empty", p -> Plan.empty("新しい計画", new FiscalYears(2026, 2030))));
        WaitForAsyncUtils.asyncFx(() -> {
            screen = new RankingScreen(fixture.context.shownWhile(shown.getReadOnlyProperty()));
            Scene scene = new Scene(content, 1260, 790);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.dispose()).get();
        fixture.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void apply(FxRobot robot, Edit edit) {
        robot.interact(() -> {
            try {
                fixture.editor.apply(edit);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** New plan → criterion, pillar, support measure, measure, rater, one score (each its own edit, as typed). */
    private void buildFromScratch(FxRobot robot) {
        apply(robot, new AddCriterion(new Criterion("c1", "即効性", "", 10, Direction.BENEFIT, Scale.DEFAULT)));
        apply(robot, new AddPillar(new Pillar("pillar1", "新しい柱", "")));
        apply(robot, new AddGroup(new MeasureGroup("S1", "pillar1", "新しい支援策", "", List.of(), List.of())));
        apply(robot, new AddMeasure(Measure.of("S1-1", "S1", "新しい施策")));
        apply(robot, new AddRater(new Rater("r1", "評価者1")));
        apply(robot, SetScore.keepingNote(new Cell("S1-1", "c1", "r1"), 4, Instant.parse("2026-04-01T00:00:00Z")));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            content.getChildren().setAll(screen.node());
            shown.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<SummaryRow> summary(FxRobot robot) {
        return robot.lookup("#summaryTable").queryAs(TableView.class);
    }

    private static void assertSensibleWidths(TableView<SummaryRow> table) {
        List<? extends TableColumn<SummaryRow, ?>> columns = table.getColumns();
        assertThat(columns).hasSizeGreaterThan(5);
        double total = columns.stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(total).as("the columns fill the table").isLessThanOrEqualTo(table.getWidth() + 1);
        for (TableColumn<SummaryRow, ?> c : columns) {
            assertThat(c.getWidth()).as("width of column %s", c.getText()).isGreaterThanOrEqualTo(40);
        }
        TableColumn<SummaryRow, ?> kind = columns.get(0);
        TableColumn<SummaryRow, ?> name = columns.get(1);
        assertThat(kind.getWidth()).as("種類 stays narrow").isLessThan(total / 4);
        assertThat(name.getWidth()).as("the name is the widest column").isGreaterThan(kind.getWidth());
    }

    @Test
    void theSummaryKeepsItsColumnsWhenThePlanIsBuiltWhileTheScreenIsOpen(FxRobot robot) {
        open(robot);
        buildFromScratch(robot);

        assertThat(summary(robot).getItems()).extracting(SummaryRow::id).contains("pillar1", "S1");
        assertSensibleWidths(summary(robot));
    }
}
