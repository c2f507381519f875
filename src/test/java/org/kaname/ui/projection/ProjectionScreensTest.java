package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ProjectionScreensTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1920, 1080);

    @Test
    void withOneScreenTheProjectionCoversTheEditor() {
        assertThat(ProjectionScreens.choose(List.of(LAPTOP), 0, new Rectangle2D(100, 100, 800, 600))).isEqualTo(0);
    }

    @Test
    void withAProjectorTheProjectionGoesToTheScreenTheEditorIsNotOn() {
        List<Rectangle2D> screens = List.of(LAPTOP, PROJECTOR);
        assertThat(ProjectionScreens.choose(screens, 0, new Rectangle2D(100, 100, 800, 600))).isEqualTo(1);
        // The editor was moved to the large monitor: the laptop's screen takes the projection.
        assertThat(ProjectionScreens.choose(screens, 0, new Rectangle2D(1500, 50, 1200, 800))).isEqualTo(0);
        // Straddling both: the screen showing most of the window is the editor's.
        assertThat(ProjectionScreens.choose(screens, 0, new Rectangle2D(1000, 0, 1000, 700))).isEqualTo(0);
    }

    @Test
    void withoutAMainWindowThePrimaryScreenIsTheEditors() {
        assertThat(ProjectionScreens.choose(List.of(LAPTOP, PROJECTOR), 1, null)).isEqualTo(0);
        assertThat(ProjectionScreens.choose(List.of(LAPTOP, PROJECTOR), 0, null)).isEqualTo(1);
    }
}
