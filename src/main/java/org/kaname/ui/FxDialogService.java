package org.kaname.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Dialogs shown with JavaFX alerts, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final String copyLabel;

    /** @param copyLabel the text of the "copy details" button, in the UI language */
    public FxDialogService(Window owner, String copyLabel) {
        this.owner = owner;
        this.copyLabel = copyLabel;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        // Our own label: the alert's built-in one cuts a long message off with "…".
        alert.getDialogPane().setContent(wrapped(message));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    @Override
    public java.util.Optional<String> prompt(String title, String label, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(label);
        // The proposed text is selected, so typing replaces it.
        dialog.setOnShown(e -> dialog.getEditor().selectAll());
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public void showUnexpected(String title, String message, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        javafx.scene.control.Button copy = new javafx.scene.control.Button(copyLabel);
        copy.setId("copyDetails");
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(message + System.lineSeparator() + details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, copy, area);
        alert.getDialogPane().setExpandableContent(box);
        alert.getDialogPane().setExpanded(true);
        alert.showAndWait();
    }

    @Override
    public boolean ask(String title, String message, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yesButton, noButton);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (ButtonType type : alert.getDialogPane().getButtonTypes()) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(type);
            button.setId(type == yesButton ? "askYes" : "askNo");
            // As wide as its words: uniform buttons cut a longer answer off with "…".
            javafx.scene.control.ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message);
        text.setId("informText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(48);
        text.setPrefRowCount(Math.min(8, (int) message.lines().count() + 1));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /** A message that wraps in full instead of being cut off with "…". */
    private static javafx.scene.control.Label wrapped(String message) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(message);
        label.setId("dialogMessage");
        label.setWrapText(true);
        label.setPrefWidth(520);
        label.setMaxWidth(520);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(wrapped(message));
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
