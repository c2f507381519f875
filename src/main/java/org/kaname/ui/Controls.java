package org.kaname.ui;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kaname.i18n.Messages;

/**
 * The one way the app makes its controls, so every button, label and field behaves alike for the keyboard and for
 * screen readers. Texts come from a screen's bundle by key:
 * <ul>
 *   <li>{@code key} — the visible text, with a mnemonic marked by {@code _} (「追加(_A)」);</li>
 *   <li>{@code key.tooltip} — optional: the tooltip, also the control's accessible help;</li>
 *   <li>{@code key.accessible} — optional: what a screen reader says; else the visible text without its
 *       mnemonic.</li>
 * </ul>
 * Buttons and labels are never squeezed to 「…」: the field beside them gives way instead.
 */
public final class Controls {
    static final String TOOLTIP = ".tooltip";
    static final String ACCESSIBLE = ".accessible";
    private final Messages messages;

    public Controls(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    /** A button labelled {@code key} that runs {@code action}; {@code args} fill the key's texts (「{0}を削除」). */
    public Button button(String id, String key, Runnable action, Object... args) {
        Button b = describeButton(new Button(), id, key, args);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A check box labelled {@code key}. */
    public CheckBox checkBox(String id, String key) {
        return describeButton(new CheckBox(), id, key);
    }

    /**
     * A check box labelled with a text of the plan (a measure's title): shown and spoken as written, since an
     * underscore in a title is not a mnemonic.
     */
    public static CheckBox checkBoxForData(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setMnemonicParsing(false);
        box.setAccessibleText(text);
        return box;
    }

    /** A toggle button labelled {@code key}. */
    public ToggleButton toggle(String id, String key) {
        return describeButton(new ToggleButton(), id, key);
    }

    /** A radio button labelled {@code key} in {@code group}. */
    public RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton b = describeButton(new RadioButton(), id, key);
        b.setToggleGroup(group);
        return b;
    }

    /** A label for {@code target}: its mnemonic moves the focus there, and the target is named by it. */
    public Label labelFor(String key, Node target, Object... args) {
        Label label = labelForText(text(key, args), target);
        if (target instanceof Control control && messages.bundle().containsKey(key + ACCESSIBLE)) {
            control.setAccessibleText(text(key + ACCESSIBLE, args));
        }
        return label;
    }

    /**
     * As {@link #labelFor}, for a text worded by the caller (a dialog that is handed its texts): the target is
     * named by the text without its mnemonic unless it has a spoken name already.
     */
    public static Label labelForText(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (target instanceof Control control && control.getAccessibleText() == null) {
            control.setAccessibleText(spoken(text));
        }
        if (target.getId() != null) {
            label.setId(target.getId() + "Label");
        }
        return label;
    }

    /**
     * As {@link #button}, for a text worded by the caller (a dialog that is handed its texts): same mnemonic, width
     * and spoken-name rules.
     */
    public static Button buttonForText(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAccessibleText(spoken(text));
        b.setOnAction(e -> action.run());
        return b;
    }

    /**
     * Gives {@code control} its id, accessible text ({@code key.accessible}, else the text of {@code key}) and the
     * tooltip {@code key.tooltip} when the bundle has one; {@code args} fill these texts.
     */
    public <T extends Control> T describe(T control, String id, String key, Object... args) {
        control.setId(id);
        control.setAccessibleText(accessibleText(key, args));
        tooltip(control, key, args);
        return control;
    }

    /** A section heading in the style {@code styleClass}. */
    public Label heading(String key, String styleClass) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(styleClass);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A help text: wrapping and muted, every line shown. */
    public Label help(String key, Object... args) {
        Label label = wrapped(null, "help-text");
        label.setText(text(key, args));
        return label;
    }

    /** An empty wrapping label for texts set later (a summary, an advice); every wrapped line is shown. */
    public static Label wrapped(String id, String styleClass) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    /**
     * A busy mark for work on the {@code TaskExecutor}: it shows only when {@code working} has lasted
     * {@link #BUSY_DELAY}, so the quick re-ranking after each typed score does not flash it, and hides at once when
     * the work ends.
     */
    public ProgressIndicator busy(String id, String key, ObservableBooleanValue working) {
        ProgressIndicator mark = describe(new ProgressIndicator(), id, key);
        mark.setVisible(false);
        PauseTransition wait = new PauseTransition(BUSY_DELAY);
        wait.setOnFinished(e -> mark.setVisible(working.get()));
        working.addListener((o, was, now) -> {
            if (now) {
                wait.playFromStart();
            } else {
                wait.stop();
                mark.setVisible(false);
            }
        });
        if (working.get()) {
            wait.playFromStart();
        }
        return mark;
    }

    /** How long work runs before its busy mark shows: below what a reader notices as a wait. */
    public static final Duration BUSY_DELAY = Duration.millis(300);

    /** A combo box named {@code key} for screen readers. */
    public <T> ComboBox<T> combo(String id, String key) {
        ComboBox<T> c = describe(new ComboBox<>(), id, key);
        c.setVisibleRowCount(14);
        return c;
    }

    /**
     * A read-only text column headed {@code key}; each cell shows its whole text (or {@code tooltip} of its row) as a
     * tooltip, since a long text may be cut in the cell.
     */
    public <S> TableColumn<S, String> column(String id, String key, Function<S, String> value,
                                             Function<S, String> tooltip) {
        TableColumn<S, String> col = new TableColumn<>(messages.get(key));
        col.setId(id);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String tip = tooltip == null || row == null ? text : tooltip.apply(row);
                setTooltip(empty || tip == null || tip.isEmpty() ? null : new Tooltip(tip));
            }
        });
        return col;
    }

    /** Sets the tooltip {@code key.tooltip} (and the accessible help) when the bundle has one. */
    public void tooltip(Control control, String key, Object... args) {
        String tipKey = key + TOOLTIP;
        if (messages.bundle().containsKey(tipKey)) {
            String text = text(tipKey, args);
            control.setTooltip(tooltip(text));
            control.setAccessibleHelp(text);
        }
    }

    /** A tooltip as every control shows it: soon, wrapped, not wider than a reading line. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    private <B extends ButtonBase> B describeButton(B b, String id, String key, Object... args) {
        b.setText(text(key, args));
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return describe(b, id, key, args);
    }

    private String accessibleText(String key, Object... args) {
        String accessibleKey = key + ACCESSIBLE;
        return messages.bundle().containsKey(accessibleKey) ? text(accessibleKey, args)
                : spoken(text(key, args));
    }

    /**
     * The text of {@code key} filled with {@code args}; a text without placeholders is taken as it is, so its
     * apostrophes (「the plan's」) survive even when the key's siblings take arguments.
     */
    private String text(String key, Object... args) {
        String pattern = messages.get(key);
        return args.length == 0 || !pattern.contains("{") ? pattern : messages.get(key, args);
    }

    /** A visible text as a screen reader should say it: without the mnemonic, 「追加(_A)」 → 「追加」. */
    public static String spoken(String text) {
        return text.replaceAll("\\s*[(（]_.[)）]", "").replace("_", "");
    }
}
