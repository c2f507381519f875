package org.kaname.ui.about;

import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kaname.AppVersion;
import org.kaname.i18n.Messages;
import org.kaname.ui.AppIcons;
import org.kaname.ui.DialogLook;

/**
 * Help › About Kaname: the name, the version {@code kaname --version} prints, the data folder in use, and the Java
 * runtime the app runs on (an installed Kaname runs on its own, inside the installation). Owned by the main window,
 * with its look; one button, which Enter and Esc both press.
 */
public final class AboutDialog {
    public static final String BUNDLE = "org.kaname.ui.about.messages";
    static final String STYLESHEET = AboutDialog.class.getResource("about.css").toExternalForm();
    /** Wide enough for a typical data-folder path; a longer one wraps. */
    private static final double VALUE_WIDTH = 460;

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public AboutDialog(Window owner, Locale locale, Path dataDirectory) {
        Messages messages = Messages.of(BUNDLE, locale);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("about.title"));

        Label name = new Label(messages.get("about.name"));
        name.setId("aboutName");
        name.getStyleClass().add("about-name");
        Label tagline = new Label(messages.get("about.tagline"));
        tagline.setId("aboutTagline");
        tagline.getStyleClass().add("about-tagline");
        ImageView icon = new ImageView(AppIcons.image(64));
        icon.setId("aboutIcon");

        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(6);
        facts.setPadding(new Insets(12, 0, 0, 0));
        row(facts, 0, messages.get("about.version"), "aboutVersion", AppVersion.version());
        row(facts, 1, messages.get("about.dataFolder"), "aboutDataFolder",
                dataDirectory == null ? "" : dataDirectory.toAbsolutePath().toString());
        row(facts, 2, messages.get("about.java"), "aboutJavaVersion", System.getProperty("java.version", ""));
        row(facts, 3, messages.get("about.javaHome"), "aboutJavaHome", System.getProperty("java.home", ""));

        VBox header = new VBox(2, name, tagline);
        VBox body = new VBox(header, facts);
        body.setId("aboutDialog");

        ButtonType close = new ButtonType(messages.get("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
        closeButton.setId("aboutClose");
        // Esc presses it as the cancel button, Enter as the default one.
        closeButton.setDefaultButton(true);

        dialog.getDialogPane().setGraphic(icon);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        DialogLook.apply(owner, dialog.getDialogPane(), STYLESHEET);
    }

    private static void row(GridPane grid, int row, String key, String id, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("about-key");
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        v.setMaxWidth(VALUE_WIDTH);
        v.setMinHeight(Region.USE_PREF_SIZE);
        k.setLabelFor(v);
        grid.addRow(row, k, v);
    }

    /** Shows the dialog until it is closed. */
    public void showAndWait() {
        dialog.showAndWait();
    }
}
