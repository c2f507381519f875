package org.kaname.ui.projection;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Which screen the projection goes to, decided on the screens' bounds alone (so it is tested without a second
 * monitor): the editor's screen is the one that shows most of the main window; the projection takes the first other
 * screen — the projector or the large monitor — and only covers the editor when there is no other.
 */
final class ProjectionScreens {
    private ProjectionScreens() {
    }

    /** Index in {@code screens} of the screen for the projection; {@code editor} may be null (no main window). */
    static int choose(List<Rectangle2D> screens, int primary, Rectangle2D editor) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen");
        }
        int editorScreen = primary;
        if (editor != null) {
            double best = 0;
            for (int i = 0; i < screens.size(); i++) {
                double shared = overlap(screens.get(i), editor);
                if (shared > best) {
                    best = shared;
                    editorScreen = i;
                }
            }
        }
        for (int i = 0; i < screens.size(); i++) {
            if (i != editorScreen) {
                return i;
            }
        }
        return editorScreen;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
