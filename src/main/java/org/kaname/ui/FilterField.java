package org.kaname.ui;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kaname.i18n.Messages;

/**
 * The filter (絞り込み) above a list, table or tree: a text field with a clear button and the count shown. A row
 * matches when every word typed occurs in one of its texts, ignoring case and full-width/half-width forms (ＡＢＣ, ABC
 * and abc are the same, as are ｶﾅ and カナ): both sides are NFKC-normalised. Esc or the clear button empties it;
 * {@link #focusOnShortcut} makes Ctrl+F (⌘F) on a screen focus it. The list decides what a row's texts are.
 */
public final class FilterField {
    static final String BUNDLE = "org.kaname.ui.messages";
    /** Ctrl+F (⌘F on a Mac): focuses a screen's filter. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final Messages messages;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private final HBox box;
    private final ReadOnlyObjectWrapper<List<String>> words = new ReadOnlyObjectWrapper<>(List.of());

    /** {@code id}: the text field's id; the count and clear button get {@code id + "Count"}, {@code id + "Clear"}. */
    public FilterField(String id, Locale locale) {
        this.messages = Messages.of(BUNDLE, locale);
        Controls controls = new Controls(messages);
        controls.describe(field, id, "filter.label");
        Label label = controls.labelFor("filter.label", field);
        field.setPromptText(messages.get("filter.prompt"));
        field.setPrefColumnCount(14);
        // A squeezed field cuts its prompt without an ellipsis: it keeps the room its prompt needs.
        field.fontProperty().addListener(o -> keepRoomForPrompt());
        field.insetsProperty().addListener(o -> keepRoomForPrompt());
        keepRoomForPrompt();
        HBox.setHgrow(field, Priority.ALWAYS);
        field.textProperty().addListener((o, a, t) -> words.set(words(t)));
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // Esc empties a filter; an empty one lets Esc through (a dialog may close on it).
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        Button clear = controls.button(id + "Clear", "filter.clear", () -> {
            field.clear();
            field.requestFocus();
        });
        clear.getStyleClass().add("filter-clear");
        clear.setFocusTraversable(false);
        clear.disableProperty().bind(field.textProperty().isEmpty());
        count.setId(id + "Count");
        count.getStyleClass().add("filter-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, label, field, clear, count);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("filter-field");
    }

    public Node node() {
        return box;
    }

    private void keepRoomForPrompt() {
        Text prompt = new Text(field.getPromptText());
        prompt.setFont(field.getFont());
        field.setMinWidth(Math.ceil(prompt.getLayoutBounds().getWidth())
                + field.snappedLeftInset() + field.snappedRightInset() + 2);
    }

    public TextField field() {
        return field;
    }

    /** The words typed, normalised; empty when nothing is typed. A list re-filters when they change. */
    public ReadOnlyObjectProperty<List<String>> wordsProperty() {
        return words.getReadOnlyProperty();
    }

    public boolean isActive() {
        return !words.get().isEmpty();
    }

    /** Whether a row with these texts is shown: every word occurs in one of them (always, with no words). */
    public boolean matches(String... texts) {
        return matches(words.get(), texts);
    }

    /** The shown count: "{@code shown} / {@code total} 件". */
    public void showCount(int shown, int total) {
        count.setText(messages.get("filter.count", shown, total));
        count.setAccessibleText(messages.get("filter.count.accessible", shown, total));
    }

    /** Ctrl+F (⌘F on a Mac) anywhere in {@code scope} focuses the field and selects what it holds. */
    public void focusOnShortcut(Node scope) {
        scope.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e)) {
                e.consume();
                focus();
            }
        });
    }

    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    /** The text as matched: NFKC (full-width letters and digits become half-width, half-width kana full-width), lower case. */
    public static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static List<String> words(String query) {
        String n = normalise(query).strip();
        return n.isEmpty() ? List.of() : Arrays.asList(n.split("\\s+"));
    }

    static boolean matches(List<String> words, String... texts) {
        if (words.isEmpty()) {
            return true;
        }
        String[] normalised = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            normalised[i] = normalise(texts[i]);
        }
        for (String w : words) {
            boolean found = false;
            for (String t : normalised) {
                if (t.contains(w)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
