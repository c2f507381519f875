package org.kaname.ui;

import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Gives a dialog the main window's look: its stylesheets (theme, high contrast), its font size, and the dialog's own
 * stylesheet. One rule for every dialog window (score sheets, recovery).
 */
public final class DialogLook {
    private DialogLook() {
    }

    public static void apply(Window owner, Parent root, String ownStylesheet) {
        if (owner != null && owner.getScene() != null) {
            root.getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot() != null) {
                root.setStyle(owner.getScene().getRoot().getStyle());
            }
        }
        root.getStylesheets().add(ownStylesheet);
        root.getStyleClass().add("kaname-root");
    }
}
