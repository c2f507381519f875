package org.kaname.ui.projection;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.Styles;

/**
 * The projection as a full-screen window, like a slide show. With a second screen it opens there and the main window
 * stays usable as the editor; with one screen it covers the main window. Esc is ours (the full-screen exit key is
 * switched off, so Esc first drops a half-typed page number). Owned by the main window, so it closes with it.
 */
public final class ProjectionWindow {
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final ProjectionViewModel vm;
    private final ProjectionView view;
    private final javafx.scene.Parent root;

    /**
     * The show of {@code context}'s plan. It opens at once with the progress of the pages being prepared (through
     * the context's executor; Esc stops and leaves) and shows the first page when they are ready.
     */
    public ProjectionWindow(Window owner, ScreenContext context) {
        // Pages are dealt by measuring the text as the window will draw it (so a page is filled before it breaks).
        vm = new ProjectionViewModel(context, context.messages(ProjectionViewModel.bundle()));
        view = new ProjectionView(vm, this::close);
        root = view.build();
        Scene scene = new Scene(root);
        Styles.apply(scene, JapaneseFont.family());
        stage.setScene(scene);
        stage.setTitle(vm.messages().get("window.title"));
        // Full screen has no title bar, but the task bar and the window switcher still show the icon.
        org.kaname.ui.AppIcons.apply(stage);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> vm.dispose());
        place(owner);
    }

    /** On a screen other than the editor's when there is one; else on the editor's screen. */
    private void place(Window owner) {
        Rectangle2D bounds = target(owner).getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    static Screen target(Window owner) {
        List<Screen> screens = Screen.getScreens();
        Rectangle2D editor = owner == null ? null : new Rectangle2D(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        int chosen = ProjectionScreens.choose(screens.stream().map(Screen::getBounds).toList(),
                Math.max(0, screens.indexOf(Screen.getPrimary())), editor);
        return screens.get(chosen);
    }

    public void show() {
        stage.show();
        stage.setFullScreen(true);
        stage.toFront();
        stage.requestFocus();
        root.requestFocus();
    }

    public void close() {
        // Leave full screen before closing: some platforms (Monocle) otherwise keep the full-screen state and
        // the main window does not get the keyboard back.
        stage.setFullScreen(false);
        stage.close();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    public void toFront() {
        stage.toFront();
        stage.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    public ProjectionViewModel viewModel() {
        return vm;
    }
}
