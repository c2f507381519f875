package org.kaname.ui.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.awt.geom.Rectangle2D;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.chart.GanttChart;
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

    private GanttView gantt(FxRobot robot) {
        return (GanttView) robot.lookup("#ganttChart").query();
    }

    private static GanttChart.Row chartRow(GanttChart chart, String id) {
        return chart.rows().get(chart.rowIndex(id));
    }

    @Test
    void pinningFromTheKeyboardMovesTheBarAndIsStored(FxRobot robot) throws Exception {
        String first = fixture.editor.plan().measures().get(0).id();
        int before = row(first).start().orElse(fixture.editor.plan().fiscalYears().start());
        GanttView gantt = gantt(robot);
        robot.interact(gantt::requestFocus);
        // With nothing selected, Down selects the first measure of the chart (below its pillar and group headings).
        robot.type(KeyCode.DOWN);
        assertThat(gantt.chart().selectedId()).isEqualTo(first);
        assertThat(gantt.getAccessibleText()).contains(first);
        robot.type(KeyCode.RIGHT);
        Measure stored = fixture.storedPlan().measure(first).orElseThrow();
        assertThat(stored.pinnedStart()).isEqualTo(before + 1);
        ScheduledMeasure after = row(first);
        assertThat(after.pinned()).isTrue();
        assertThat(after.start().getAsInt()).isEqualTo(before + 1);
        // The drawn chart follows: the bar starts a year later and says it is pinned, in text as well as outline.
        GanttChart.Row drawn = chartRow(gantt.chart(), first);
        assertThat(drawn.start()).isEqualTo(before + 1);
        assertThat(drawn.pinned()).isTrue();
        assertThat(drawn.tierText()).isEqualTo(after.tier() + "（固定）");
        assertThat(gantt.chart().selectedId()).isEqualTo(first);
        robot.type(KeyCode.DELETE);
        assertThat(fixture.storedPlan().measure(first).orElseThrow().pinnedStart()).isNull();
        assertThat(chartRow(gantt.chart(), first).pinned()).isFalse();
        robot.interact(fixture.editor::undo);
        assertThat(fixture.editor.plan().measure(first).orElseThrow().pinnedStart()).isEqualTo(before + 1);
        robot.type(KeyCode.P);
        assertThat(fixture.storedPlan().measure(first).orElseThrow().pinnedStart()).isEqualTo(before + 1);
    }

    @Test
    void draggingABarOneColumnRightPinsItAYearLater(FxRobot robot) throws Exception {
        GanttView gantt = gantt(robot);
        GanttChart chart = gantt.chart();
        int lastYear = fixture.editor.plan().fiscalYears().end();
        // The first measure whose bar can move a year later.
        GanttChart.Row target = chart.rows().stream().filter(r -> r.hasBar() && r.start() < lastYear).findFirst()
                .orElseThrow();
        Rectangle2D bar = chart.barBounds(target.id(), gantt.getWidth()).orElseThrow();
        double column = chart.geometry(gantt.getWidth()).columnWidth();
        Point2D from = gantt.localToScreen(bar.getMinX() + 6, bar.getCenterY());
        Point2D to = gantt.localToScreen(bar.getMinX() + 6 + column, bar.getCenterY());
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        assertThat(fixture.storedPlan().measure(target.id()).orElseThrow().pinnedStart())
                .isEqualTo(target.start() + 1);
        assertThat(gantt.chart().selectedId()).isEqualTo(target.id());
    }

    @Test
    void afterClickingABarTheArrowKeysMoveIt(FxRobot robot) throws Exception {
        GanttView gantt = gantt(robot);
        GanttChart chart = gantt.chart();
        int lastYear = fixture.editor.plan().fiscalYears().end();
        GanttChart.Row target = chart.rows().stream().filter(r -> r.hasBar() && r.start() < lastYear).findFirst()
                .orElseThrow();
        Rectangle2D bar = chart.barBounds(target.id(), gantt.getWidth()).orElseThrow();
        // Issue 15 A5: a click on a bar, then → (no Tab in between) pins the bar a year later.
        robot.clickOn(gantt.localToScreen(bar.getCenterX(), bar.getCenterY()), MouseButton.PRIMARY);
        assertThat(gantt.isFocused()).as("the chart has the keyboard after a click").isTrue();
        robot.type(KeyCode.RIGHT);
        assertThat(fixture.storedPlan().measure(target.id()).orElseThrow().pinnedStart())
                .isEqualTo(target.start() + 1);
    }

    @Test
    void afterAMoveTheSelectedRowStaysInView(FxRobot robot) throws Exception {
        GanttView gantt = gantt(robot);
        javafx.scene.control.ScrollPane scroll = robot.lookup("#ganttScroll").queryAs(javafx.scene.control.ScrollPane.class);
        // A short window, so the chart scrolls; the last measure is chosen with the keyboard and moved.
        robot.interact(() -> scroll.getScene().getWindow().setHeight(520));
        robot.interact(gantt::requestFocus);
        int measures = fixture.editor.plan().measures().size();
        for (int i = 0; i < measures; i++) {
            robot.type(KeyCode.DOWN);
        }
        String last = gantt.chart().selectedId();
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.RIGHT);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        GanttChart chart = gantt.chart();
        Rectangle2D row = chart.geometry(gantt.getWidth()).rowBounds(chart.rowIndex(last));
        double content = gantt.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        assertThat(content).as("the chart scrolls in this window").isGreaterThan(view);
        double top = scroll.getVvalue() * (content - view);
        assertThat(row.getMinY()).as("the selected row's top is in view").isGreaterThanOrEqualTo(top - 1);
        assertThat(row.getMaxY()).as("the selected row's bottom is in view").isLessThanOrEqualTo(top + view + 1);
    }

    @Test
    void theChartShowsHeadingsEveryMeasureAndTheReasonForThoseNotPlaced(FxRobot robot) {
        GanttChart chart = gantt(robot).chart();
        org.kaname.model.Plan plan = fixture.editor.plan();
        Roadmap roadmap = new org.kaname.engine.roadmap.RoadmapScheduler().schedule(plan);
        // One heading per pillar and per support measure, one row per measure, in the plan's order.
        assertThat(chart.rows().stream().filter(r -> r.kind() == GanttChart.Kind.HEADING).count())
                .isEqualTo(plan.pillars().size() + plan.groups().size());
        assertThat(chart.rows().stream().filter(r -> r.kind() == GanttChart.Kind.MEASURE).map(GanttChart.Row::id))
                .containsExactlyElementsOf(plan.measures().stream().map(Measure::id).toList());
        assertThat(chart.rows().get(0).label()).isEqualTo(plan.pillars().get(0).name());
        // Year headings: 2026年度 over （令和8年度）.
        assertThat(chart.years()).hasSize(plan.fiscalYears().length());
        GanttChart.YearColumn y0 = chart.years().get(0);
        int start = plan.fiscalYears().start();
        assertThat(y0.label()).isEqualTo(start + "年度");
        assertThat(y0.subLabel()).isEqualTo("（令和" + (start - 2018) + "年度）");
        for (ScheduledMeasure s : roadmap.rows()) {
            GanttChart.Row r = chartRow(chart, s.measureId());
            if (s.isScheduled()) {
                assertThat(r.start()).isEqualTo(s.start().getAsInt());
                assertThat(r.end()).isEqualTo(s.end().getAsInt());
                assertThat(r.tierText()).startsWith(s.tier());
            } else {
                assertThat(r.hasBar()).as(s.measureId()).isFalse();
                assertThat(r.note()).contains(org.kaname.engine.roadmap.RoadmapTexts.of(Locale.JAPANESE).reason(s));
            }
        }
        assertThat(roadmap.rows()).anyMatch(s -> !s.isScheduled());
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
        RoadmapViewModel vm = screen.viewModel();
        String first = fixture.editor.plan().measures().get(0).id();
        // Edits happen on the FX thread as in the app; the screen reschedules after each.
        robot.interact(() -> {
            for (Measure m : fixture.editor.plan().measures()) {
                vm.pin(m.id(), fixture.editor.plan().fiscalYears().start());
            }
        });
        assertThat(vm.roadmapProperty().get().warnings()).isNotEmpty();
        assertThat(vm.roadmapProperty().get().find(first).orElseThrow().start().getAsInt())
                .isEqualTo(fixture.editor.plan().fiscalYears().start());
    }
}
