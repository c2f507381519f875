package org.kaname.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.i18n.Messages;

/**
 * Asks for the passphrase of an encrypted data folder at start (docs/security.md). Keyboard first: the field
 * has the focus, Enter opens, Esc quits; after a wrong passphrase it says so and asks again. The typed text leaves the
 * field as a char array, and the field is cleared.
 */
public final class PassphraseDialog {
    static final String BUNDLE = "org.kaname.ui.passphrase.messages";

    private final Window owner;
    private final Messages messages;
    private final Path dataDirectory;

    public PassphraseDialog(Window owner, Locale locale, Path dataDirectory) {
        this.owner = owner;
        this.messages = Messages.of(BUNDLE, locale);
        this.dataDirectory = dataDirectory;
    }

    /** Shows the dialog; the passphrase typed, or empty when the user quits. {@code wrong}: the last one was wrong. */
    public Optional<char[]> ask(boolean wrong) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("passphrase.title"));

        // Wrapped whole, as every dialog's message: a long folder path cut the instructions off with "…".
        Node prompt = FxDialogService.message(messages.get("passphrase.prompt", dataDirectory));
        PasswordField field = new PasswordField();
        field.setId("passphrase");
        Controls controls = new Controls(messages);
        Label fieldLabel = controls.labelFor("passphrase.field", field);
        Label error = new Label(wrong ? messages.get("passphrase.wrong") : "");
        error.setId("passphrase-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setVisible(wrong);
        error.setManaged(wrong);
        // Read by screen readers together with the field.
        field.setAccessibleText(wrong ? messages.get("passphrase.wrong") + " " + messages.get("passphrase.prompt",
                dataDirectory) : messages.get("passphrase.prompt", dataDirectory));

        char[][] result = {null};
        Button open = controls.button("passphraseOpen", "passphrase.open", () -> {
            CharSequence text = field.getCharacters();
            char[] chars = new char[text.length()];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = text.charAt(i);
            }
            result[0] = chars;
            field.clear();
            stage.close();
        });
        open.setDefaultButton(true);
        open.disableProperty().bind(field.textProperty().isEmpty());
        Button quit = controls.button("passphraseQuit", "passphrase.quit", () -> {
            field.clear();
            stage.close();
        });
        quit.setCancelButton(true);
        ButtonBar.setButtonData(open, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(quit, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(open, quit);

        VBox root = new VBox(8, prompt, error, fieldLabel, field, buttons);
        root.setPadding(new Insets(16));
        DialogLook.apply(owner, root, PassphraseDialog.class.getResource("passphrase.css").toExternalForm());
        stage.setScene(new Scene(root));
        stage.setOnShown(e -> field.requestFocus());
        stage.showAndWait();
        return Optional.ofNullable(result[0]);
    }
}
