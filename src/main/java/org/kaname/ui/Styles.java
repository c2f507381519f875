package org.kaname.ui;

import javafx.scene.Scene;

/** Applies Kaname's stylesheet and the chosen Japanese font family to a scene. */
public final class Styles {
    private Styles() {
    }

    public static void apply(Scene scene, String fontFamily) {
        scene.getStylesheets().add(Styles.class.getResource("/org/kaname/ui/kaname.css").toExternalForm());
        scene.getRoot().setStyle("-fx-font-family: '" + fontFamily + "';");
        scene.rootProperty().addListener((o, a, root) -> root.setStyle("-fx-font-family: '" + fontFamily + "';"));
    }
}
