package org.kaname.ui.workshop;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kaname.i18n.Messages;

/** The workshop screen's way of making controls: stable id, mnemonic, accessible text and tooltip from the bundle. */
final class Controls {
    private final Messages messages;

    Controls(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    /** A button labelled {@code key}, described by {@code key.accessible} and {@code key.tooltip}. */
    Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(messages.get(key + ".accessible"));
        b.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        b.setOnAction(e -> action.run());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    /** A label with a mnemonic that moves the focus to {@code target}. */
    Label labelFor(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        // A label is never squeezed to "…": the field beside it gives way instead.
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** Sets id, accessible text and tooltip of a control from {@code key.accessible} / {@code key.tooltip}. */
    <T extends Control> T describe(T control, String id, String key) {
        control.setId(id);
        control.setAccessibleText(messages.get(key + ".accessible"));
        control.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        return control;
    }

    Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("workshop-heading");
        return label;
    }

    /** A help text line (wrapping, muted). */
    Label messagesLabel(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("help-text");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // every wrapped line shown, none cut off
        return label;
    }
}
