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
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
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
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
