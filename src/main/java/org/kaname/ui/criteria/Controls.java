package org.kaname.ui.criteria;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** Small builders so every control gets its id, accessible text, tooltip and mnemonic the same way. */
final class Controls {
    private Controls() {
    }

    /** A button with a mnemonic in {@code text} (e.g. 「追加(_A)」), an id and a tooltip that also names it for screen readers. */
    static Button button(String id, String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(text.replace("_", "") + " — " + tooltip);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A label with a mnemonic that focuses {@code target}. */
    static Label label(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    /** Id, accessible text and tooltip for a control. */
    static <T extends Control> T describe(T control, String id, String accessibleText, String tooltip) {
        control.setId(id);
        control.setAccessibleText(accessibleText);
        if (tooltip != null && !tooltip.isEmpty()) {
            control.setTooltip(new Tooltip(tooltip));
        }
        return control;
    }

    /** A percentage for a weight, one decimal; "—" when there is none. */
    static String percent(double value) {
        return Double.isNaN(value) ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", value);
    }

    /** Points as typed: no decimals when whole. */
    static String points(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
    }
}
