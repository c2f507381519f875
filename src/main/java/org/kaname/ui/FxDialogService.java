package org.kaname.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Dialogs shown with JavaFX alerts, owned by the main window. Every message is shown whole: it wraps at
 * {@value #MESSAGE_WIDTH} pixels and the dialog grows to hold it (the alert's own label would cut a long message off
 * with "…", and its pane could be shorter than its text); a message too long for the screen scrolls inside the dialog.
 */
public final class FxDialogService implements DialogService {
    /** The width a message wraps at: about 40 Japanese characters. */
    static final double MESSAGE_WIDTH = 520;
    /** Lines of about {@value #LINE_UNITS} narrow characters a message may take before it scrolls instead. */
    static final int MAX_LINES = 24;
    /** Narrow (Latin) characters per wrapped line at {@link #MESSAGE_WIDTH}; a Japanese character counts two. */
    private static final int LINE_UNITS = 80;
    private static final double LINE_HEIGHT = 18;

    private final Window owner;
    private final String copyLabel;
    /**
     * OK, cancel and close in the UI's words: JavaFX's own cancel button reads 「取消」 in Japanese, which is not how a
     * Japanese dialog says it (キャンセル).
     */
    private final ButtonType ok;
    private final ButtonType cancel;
    private final ButtonType close;

    /** @param messages the app's bundle ({@code org.kaname.ui.messages}) in the UI language */
    public FxDialogService(Window owner, org.kaname.i18n.Messages messages) {
        this.owner = owner;
        this.copyLabel = messages.get("error.copyDetails");
        this.ok = new ButtonType(messages.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        this.cancel = new ButtonType(messages.get("dialog.cancel"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        this.close = new ButtonType(messages.get("dialog.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ok).showAndWait();
    }

    @Override
    public java.util.Optional<String> prompt(String title, String label, String initial) {
        return prompt(title, label, initial, ok, cancel);
    }

    @Override
    public java.util.Optional<String> prompt(String title, String label, String initial, String accept,
            String cancel) {
        return prompt(title, label, initial, new ButtonType(accept, javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new ButtonType(cancel, javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    /**
     * One line of text under its label. Not a {@code TextInputDialog}: that puts the label beside a field in a grid
     * that cuts the label off with "…" at the dialog's default width (「計画の名…」). Here the label sits above a field
     * wide enough for a plan's name, and neither may shrink below its own width.
     */
    private java.util.Optional<String> prompt(String title, String label, String initial, ButtonType accept,
            ButtonType cancel) {
        javafx.scene.control.Dialog<String> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(initial);
        field.setId("promptField");
        field.setPrefColumnCount(32);
        Label caption = Controls.labelForText(label, field);
        caption.setId("promptLabel");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(6, caption, field);
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        pane.setContent(content);
        pane.getButtonTypes().setAll(accept, cancel);
        for (ButtonType type : pane.getButtonTypes()) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) pane.lookupButton(type);
            button.setId(type == accept ? "promptAccept" : "promptCancel");
            // As wide as its words, never cut off with "…".
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        pane.setMinWidth(Region.USE_PREF_SIZE);
        pane.setMinHeight(Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> button == accept ? field.getText() : null);
        // The proposed text is selected and has the focus, so typing replaces it.
        dialog.setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public void showUnexpected(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, close);
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        javafx.scene.control.Button copy = Controls.buttonForText("copyDetails", copyLabel, () -> {
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
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yesButton, noButton);
        for (ButtonType type : alert.getDialogPane().getButtonTypes()) {
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(type);
            button.setId(type == yesButton ? "askYes" : "askNo");
            // As wide as its words: uniform buttons cut a longer answer off with "…".
            javafx.scene.control.ButtonBar.setButtonUniformSize(button, false);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        return alert.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public void inform(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ok);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(message);
        text.setId("informText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefColumnCount(48);
        // Rows for the wrapped lines, not only the line breaks, so a long path is not hidden below the fold.
        text.setPrefRowCount(Math.min(12, wrappedLines(message) + 1));
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    /** An alert showing {@code message} whole, owned by the main window, titled {@code title}. */
    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(message(message));
        // Never smaller than what it holds: the pane's default minimum lets the window cut the last lines off.
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        return alert;
    }

    /**
     * A message that wraps in full instead of being cut off with "…": a label as tall as its wrapped text, in a
     * scroll pane when it would take more than {@value #MAX_LINES} lines, so the buttons stay on the screen.
     */
    static Node message(String message) {
        Label label = new Label(message);
        label.setId("dialogMessage");
        label.setWrapText(true);
        label.setPrefWidth(MESSAGE_WIDTH);
        label.setMaxWidth(MESSAGE_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (wrappedLines(message) <= MAX_LINES) {
            return label;
        }
        ScrollPane scroll = new ScrollPane(label);
        scroll.setId("dialogMessageScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(MESSAGE_WIDTH + 4);
        scroll.setPrefViewportHeight(MAX_LINES * LINE_HEIGHT);
        return scroll;
    }

    /** About how many lines {@code message} takes wrapped at {@link #MESSAGE_WIDTH}: enough to size a dialog. */
    static int wrappedLines(String message) {
        int lines = 0;
        for (String line : message.split("\n", -1)) {
            int units = 0;
            for (int i = 0; i < line.length(); i++) {
                units += line.charAt(i) < 0x1100 ? 1 : 2;
            }
            lines += Math.max(1, (units + LINE_UNITS - 1) / LINE_UNITS);
        }
        return lines;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, ok, cancel);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }
}
