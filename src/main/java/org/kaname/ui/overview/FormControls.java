package org.kaname.ui.overview;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kaname.i18n.Messages;

/** The small repeated steps of building an accessible form control: id, label with mnemonic, tooltip, accessible text. */
public final class FormControls {
    private FormControls() {
    }

    /**
     * Gives {@code control} its id, accessible text (the label without its mnemonic mark) and the tooltip
     * {@code key.tip} when the bundle has one, and returns its label (mnemonic with {@code _}, {@code labelFor} set).
     */
    public static <C extends Control> Label labelled(C control, String id, Messages messages, String key,
                                                     Object... args) {
        control.setId(id);
        String text = messages.get(key, args);
        control.setAccessibleText(text.replace("_", ""));
        tip(control, messages, key + ".tip");
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.setId(id + "Label");
        return label;
    }

    /** Sets the tooltip {@code key} (also the control's accessible help); nothing when the bundle has no such key. */
    public static void tip(Control control, Messages messages, String key) {
        if (messages.bundle().containsKey(key)) {
            Tooltip tip = new Tooltip(messages.get(key));
            tip.setShowDelay(Duration.millis(400));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            control.setTooltip(tip);
            control.setAccessibleHelp(messages.get(key));
        }
    }
}
