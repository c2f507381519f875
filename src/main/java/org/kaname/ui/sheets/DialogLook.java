package org.kaname.ui.sheets;

import javafx.scene.Parent;
import javafx.stage.Window;

/** Gives a dialog the main window's look: its stylesheets (theme, high contrast), its font size, and ours. */
final class DialogLook {
    static final String STYLESHEET = DialogLook.class.getResource("sheets.css").toExternalForm();

    private DialogLook() {
    }

    static void apply(Window owner, Parent root) {
        if (owner != null && owner.getScene() != null) {
            root.getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                root.setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        root.getStylesheets().add(STYLESHEET);
        root.getStyleClass().add("kaname-root");
    }
}
