package org.kaname.ui.overview;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Text fields that commit like a form, not like a keystroke logger: a change is committed when the field loses focus
 * or on Enter (Ctrl+Enter in a text area), as one plan edit. While the text is invalid — by the view model's check
 * or because the plan refused it — a ControlsFX decoration marks the field and the reason is written under it, and
 * nothing is committed.
 */
public final class ValidatedField {
    static {
        // ControlsFX has no value extractor for spinners; the horizon's start and end are spinners.
        ValueExtractor.addObservableValueExtractor(c -> c instanceof Spinner, c -> ((Spinner<?>) c).valueProperty());
    }

    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, Rejection> rejections = new HashMap<>();

    private record Rejection(Object value, String message) {
    }

    public ValidationSupport support() {
        return support;
    }

    /**
     * Wires {@code field}: {@code check} says what is wrong with a text (live, as it is typed), {@code commit} applies
     * the field's current text and says why the plan refused it. Returns the label showing the reason (id
     * {@code <fieldId>Error}); place it under the field.
     */
    public Label attach(TextInputControl field, Function<String, Optional<String>> check,
                        Supplier<Optional<String>> commit) {
        Label message = messageLabel(field);
        support.registerValidator(field, false, (Control c, String value) -> {
            Optional<String> error = errorOf(field, value, check);
            message.setText(error.orElse(""));
            return ValidationResult.fromErrorIf(c, error.orElse(""), error.isPresent());
        });
        Runnable run = () -> {
            String text = field.getText();
            if (check.apply(text).isPresent()) {
                return;
            }
            Optional<String> refused = commit.get();
            if (refused.isPresent()) {
                rejections.put(field, new Rejection(field.getText(), refused.get()));
            } else {
                rejections.remove(field);
            }
            support.revalidate(field);
            message.setText(errorOf(field, field.getText(), check).orElse(""));
        };
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                run.run();
            }
        });
        if (field instanceof TextField tf) {
            tf.addEventHandler(javafx.event.ActionEvent.ACTION, e -> run.run());
        } else if (field instanceof TextArea) {
            field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    e.consume();
                    run.run();
                }
            });
        }
        return message;
    }

    /**
     * Wires a control whose value is checked as a whole (e.g. two spinners): {@code check} runs on every value
     * change; {@code commit} is called by the view when the value should be applied.
     */
    public <T> Label attachValue(Control control, Label message, Supplier<Optional<String>> check) {
        support.registerValidator(control, false, (Control c, T value) -> {
            Optional<String> error = check.get();
            if (error.isEmpty()) {
                Rejection r = rejections.get(c);
                if (r != null && r.value().equals(value)) {
                    error = Optional.of(r.message());
                }
            }
            message.setText(error.orElse(""));
            return ValidationResult.fromErrorIf(c, error.orElse(""), error.isPresent());
        });
        return message;
    }

    /** Records that the plan refused {@code value} of {@code control} (or clears it) and shows it. */
    public void refused(Control control, Object value, Optional<String> message) {
        if (message.isPresent()) {
            rejections.put(control, new Rejection(value, message.get()));
        } else {
            rejections.remove(control);
        }
        support.revalidate(control);
    }

    /** Forgets every refusal, e.g. when the form shows another item, and re-checks every field. */
    public void clear() {
        rejections.clear();
        support.revalidate();
    }

    /** Re-checks every field, e.g. after the plan changed under them. */
    public void revalidate() {
        support.revalidate();
    }

    private Optional<String> errorOf(Control field, String value, Function<String, Optional<String>> check) {
        Optional<String> error = check.apply(value);
        if (error.isPresent()) {
            return error;
        }
        Rejection r = rejections.get(field);
        return r != null && r.value().equals(value) ? Optional.of(r.message()) : Optional.empty();
    }

    /** A label for a field's error text, hidden while there is none; red text plus an icon, never colour alone. */
    public static Label messageLabel(Control field) {
        Label message = new Label();
        message.setId((field.getId() == null ? "field" : field.getId()) + "Error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        return message;
    }
}
