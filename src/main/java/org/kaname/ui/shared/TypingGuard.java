package org.kaname.ui.shared;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;

/**
 * Keeps what the user is typing when others' changes arrive: the screens follow the new plan at once, which sets
 * the text of every field, the focused one too. This guard watches the focused text field (a form field or a cell's
 * editor): a text typed there (key or input-method events) is the user's; when a refresh wrote over it,
 * {@link #keepTyping()} puts the user's text and caret back and returns the other person's value, to be named in the
 * status line. A field the user has not typed in simply shows the new value. When the user leaves the field, it
 * commits as always: their text is their edit.
 */
public final class TypingGuard {
    private TextInputControl field;
    private String typed;
    private int caret;
    /** Set while a key or input-method event is being handled: text changes then are the user's typing. */
    private boolean inInput;
    private final ChangeListener<String> onText = (o, was, now) -> {
        if (inInput) {
            typed = now;
        }
    };
    /** The caret moves after the text changed, by typing or a click: kept while the text is the user's. */
    private final ChangeListener<Number> onCaret = (o, was, now) -> {
        if (typed != null && typed.equals(field.getText())) {
            caret = now.intValue();
        }
    };

    public TypingGuard(Scene scene) {
        EventHandler<Event> input = e -> {
            if (!inInput) {
                inInput = true;
                // Cleared after this event's handlers ran (the text changes within the same turn).
                Platform.runLater(() -> inInput = false);
            }
        };
        scene.addEventFilter(KeyEvent.ANY, input::handle);
        scene.addEventFilter(InputMethodEvent.ANY, input::handle);
        scene.focusOwnerProperty().addListener((o, was, now) -> follow(now));
        follow(scene.getFocusOwner());
    }

    private void follow(Node owner) {
        if (field != null) {
            field.textProperty().removeListener(onText);
            field.caretPositionProperty().removeListener(onCaret);
        }
        field = owner instanceof TextInputControl text && text.isEditable() ? text : null;
        typed = null;
        if (field != null) {
            field.textProperty().addListener(onText);
            field.caretPositionProperty().addListener(onCaret);
        }
    }

    /**
     * After a refresh: when it replaced text the user had typed in the focused field, puts the user's text back and
     * returns the text the refresh had set (the other person's value); null when there was nothing to keep.
     */
    public String keepTyping() {
        if (field == null || typed == null || !field.isFocused() || typed.equals(field.getText())) {
            return null;
        }
        String theirs = field.getText();
        field.setText(typed);
        field.positionCaret(Math.min(caret, typed.length()));
        return theirs;
    }
}
