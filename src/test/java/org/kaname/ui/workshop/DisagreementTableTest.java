package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.ShownScreen;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The disagreement list at 1366×768, the commonest office laptop: a measure's title wraps in its cell, and every row
 * stays tall enough for all its lines after the column narrows (the table's rows remembered their old heights and
 * cut the last line off); the title is the cell's tooltip too.
 */
@ExtendWith(ApplicationExtension.class)
class DisagreementTableTest {
    @TempDir
    Path dir;
    Stage stage;
    ShownScreen<WorkshopScreen> shown;
    ScreenFixture fixture;
    WorkshopScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (shown != null) {
            shown.close();
        }
        if (screen != null) {
            WaitForAsyncUtils.asyncFx(screen::dispose).get();
            fixture.close();
        }
    }

    /**
     * As in the app: the screen is built with the plan while another screen is shown, and put in the window when the
     * user goes to it; the columns kept whole then take their widths from the table's font, and the measure column
     * narrows under rows already drawn while the table keeps its width.
     */
    @Test
    void rowsFitTheirWrappedTitlesWhenTheScreenIsShownLater() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        StackPane content = new StackPane(new Label("another screen"));
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(content, 1366, 768);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            screen = new WorkshopScreen(fixture.context);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> content.getChildren().setAll(screen.node())).get();
        WaitForAsyncUtils.waitForFxEvents();
        checkRows(new FxRobot().lookup("#disagreementTable").queryAs(TableView.class));
    }

    @Test
    void rowsGrowWithTheirWrappedTitlesAfterTheMeasureColumnNarrows() throws Exception {
        shown = ShownScreen.show(stage, Locale.JAPANESE, 1366, 768, WorkshopScreen::new);
        FxRobot robot = new FxRobot();
        TableView<?> table = robot.lookup("#disagreementTable").queryAs(TableView.class);
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        double wide = measureWidth(table);
        // The room's list is drawn once at its full width, then the divider moves right: the column narrows.
        WaitForAsyncUtils.asyncFx(() -> split.setDividerPositions(0.58)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(measureWidth(table)).as("the measure column narrowed").isLessThan(wide - 40);
        checkRows(table);
    }

    /** Every row of the list, screen by screen, is as tall as its wrapped title and has the title as tooltip. */
    private static void checkRows(TableView<?> table) throws Exception {
        int wrapped = 0;
        // The rows as drawn, then every row of the list screen by screen (rows drawn before and after the change).
        for (int first = -4; first < table.getItems().size(); first += 4) {
            int at = first;
            if (at >= 0) {
                WaitForAsyncUtils.asyncFx(() -> table.scrollTo(at)).get();
                WaitForAsyncUtils.waitForFxEvents();
            }
            List<TableRow<?>> rows = rows(table);
            assertThat(rows).as("rows on screen").hasSizeGreaterThan(3);
            for (TableRow<?> row : rows) {
                TableCell<?, ?> cell = measureCell(row);
                Text text = (Text) cell.getGraphic();
                double needed = text.getLayoutBounds().getHeight() + cell.snappedTopInset()
                        + cell.snappedBottomInset();
                wrapped += lines(row) > 1 ? 1 : 0;
                assertThat(row.getHeight()).as("row %d (%s, %d lines), scrolled to %d", row.getIndex(),
                        text.getText(), lines(row), at).isGreaterThanOrEqualTo(needed - 0.5);
                assertThat(cell.getTooltip()).as("tooltip of %s", text.getText()).isNotNull();
                assertThat(cell.getTooltip().getText()).isEqualTo(cell.getItem());
            }
        }
        assertThat(wrapped).as("titles that wrap at this width").isPositive();
    }

    private static double measureWidth(TableView<?> table) {
        return table.getColumns().stream().filter(c -> "topicMeasure".equals(c.getId())).findFirst().orElseThrow()
                .getWidth();
    }

    /** The rows that show an item, within the table's visible area. */
    private static List<TableRow<?>> rows(TableView<?> table) {
        double bottom = table.localToScene(table.getLayoutBounds()).getMaxY();
        return table.lookupAll(".table-row-cell").stream().<TableRow<?>>map(n -> (TableRow<?>) n)
                .filter(r -> r.isVisible() && !r.isEmpty() && r.getItem() != null)
                .filter(r -> r.localToScene(r.getLayoutBounds()).getMinY() < bottom)
                .toList();
    }

    private static TableCell<?, ?> measureCell(TableRow<?> row) {
        return row.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "topicMeasure".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    private static int lines(TableRow<?> row) {
        TableCell<?, ?> cell = measureCell(row);
        if (!(cell.getGraphic() instanceof Text text)) {
            return 0;
        }
        Text one = new Text("あ");
        one.setFont(text.getFont());
        return (int) Math.round(text.getLayoutBounds().getHeight() / one.getLayoutBounds().getHeight());
    }
}
