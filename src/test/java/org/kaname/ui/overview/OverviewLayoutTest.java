package org.kaname.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Overview form's layout: two columns when the window is wide (1920 px), one centred column of readable width
 * when it is not; an error under a field takes the line kept for it, so nothing below moves under the pointer; the
 * field's mark leaves its text alone.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewLayoutTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    OverviewScreen screen;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new OverviewScreen(fixture.context);
        // The content area of a 1920 px window (the plan list takes ~300 px).
        // Narrower windows are made by narrowing the screen inside the scene: resizing Monocle's stage fails to paint.
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.node()), 1620, 1000);
        Styles.apply(scene, "System");
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    @Test
    void aWideWindowGetsTwoColumnsAndANarrowOneACentredColumn(FxRobot robot) throws Exception {
        GridPane columns = robot.lookup("#overviewColumns").queryAs(GridPane.class);
        assertThat(columns.getColumnConstraints()).hasSize(2);
        assertThat(columns.getWidth()).isGreaterThan(1400);
        Bounds title = bounds(robot, "#overviewTitle");
        Bounds description = bounds(robot, "#overviewDescription");
        assertThat(description.getMinX()).as("texts in the right column").isGreaterThan(title.getMaxX());
        assertThat(description.getMinY()).as("side by side, not below").isLessThan(title.getMaxY() + 200);

        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.layout.Region) screen.node()).setMaxWidth(1000)).get();
        WaitForAsyncUtils.waitForFxEvents();
        layout(robot);
        assertThat(columns.getColumnConstraints()).hasSize(1);
        assertThat(columns.getWidth()).isLessThanOrEqualTo(OverviewView.ONE_COLUMN_MAX_WIDTH);
        double viewport = robot.lookup("#overviewScroll").queryAs(ScrollPane.class).getViewportBounds().getWidth();
        double left = columns.getBoundsInParent().getMinX();
        double right = viewport - columns.getBoundsInParent().getMaxX();
        assertThat(Math.abs(left - right)).as("centred").isLessThan(2);
        assertThat(bounds(robot, "#overviewDescription").getMinY()).isGreaterThan(title.getMaxY());
    }

    @Test
    void anErrorDoesNotMoveTheFormAndItsMarkLeavesTheTextAlone(FxRobot robot) throws Exception {
        // One column, so everything below the erring fields would move if an error took new room.
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.layout.Region) screen.node()).setMaxWidth(1000)).get();
        layout(robot);
        GridPane columns = robot.lookup("#overviewColumns").queryAs(GridPane.class);
        assertThat(columns.getColumnConstraints()).hasSize(1);
        double height = columns.getHeight();
        double below = bounds(robot, "#overviewDescription").getMinY();
        double nextField = bounds(robot, "#overviewOrganization").getMinY();
        TextField amount = robot.lookup("#budgetUniformAmount").queryAs(TextField.class);
        double textStart = amount.getPadding().getLeft();

        robot.clickOn(amount).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("abc").type(KeyCode.ENTER);
        robot.clickOn("#overviewTitle").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        layout(robot);
        assertThat(robot.lookup("#budgetUniformAmountError").queryAs(Label.class).getText()).contains("abc");
        assertThat(robot.lookup("#overviewTitleError").queryAs(Label.class).getText()).isNotEmpty();

        assertThat(columns.getHeight()).as("form height").isEqualTo(height);
        assertThat(bounds(robot, "#overviewDescription").getMinY()).isEqualTo(below);
        assertThat(bounds(robot, "#overviewOrganization").getMinY()).isEqualTo(nextField);
        assertThat(amount.getStyleClass()).contains(ValidatedField.INVALID);
        assertThat(amount.getPadding().getLeft()).as("text moved past the mark").isGreaterThanOrEqualTo(20)
                .isGreaterThan(textStart);
        Node mark = markOf(robot, amount);
        Bounds field = amount.localToScene(amount.getLayoutBounds());
        Bounds m = mark.localToScene(mark.getLayoutBounds());
        assertThat(m.getMinX()).as("mark inside the left edge").isGreaterThanOrEqualTo(field.getMinX());
        assertThat(m.getMaxX()).as("mark before the text").isLessThanOrEqualTo(field.getMinX()
                + amount.getPadding().getLeft());
    }

    /** ControlsFX draws the mark as an image in the decoration pane, translated onto the field. */
    private static Node markOf(FxRobot robot, TextField field) {
        Bounds f = field.localToScene(field.getLayoutBounds());
        return robot.lookup(n -> n instanceof javafx.scene.image.ImageView && n.isVisible()
                && n.localToScene(n.getLayoutBounds()).getMinY() >= f.getMinY() - 1
                && n.localToScene(n.getLayoutBounds()).getMaxY() <= f.getMaxY() + 1).query();
    }

    private static Bounds bounds(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.localToScene(n.getLayoutBounds());
    }

    private static void layout(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Parent root = robot.lookup("#overviewScroll").query().getScene().getRoot();
            root.applyCss();
            root.layout();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
