package org.kaname.ui.overview;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;
import org.controlsfx.tools.ValueExtractor;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Text fields that commit like a form, not like a keystroke logger: a change is committed when the field loses focus
 * or on Enter (Ctrl+Enter in a text area), as one plan edit. While the text is invalid — by the view model's check
 * or because the plan refused it — a ControlsFX decoration marks the field and the reason is written under it, and
 * nothing is committed.
 *
 * <p>Layout: the line for the reason is always there (one line high, empty while the text is fine), so a message
 * never pushes the form down under the pointer; the mark sits inside the field's left edge, and the field's text is
 * moved right by the style class {@value #INVALID} (kaname.css) so the mark never covers it.
 */
public final class ValidatedField {
    static {
        // ControlsFX has no value extractor for spinners; the horizon's start and end are spinners.
        ValueExtractor.addObservableValueExtractor(c -> c instanceof Spinner, c -> ((Spinner<?>) c).valueProperty());
    }

    /** Style class of a field while it is marked invalid. */
    public static final String INVALID = "field-invalid";
    /** Space between the field's left edge and the mark. */
    private static final double MARK_INSET = 6;

    private final ValidationSupport support = new ValidationSupport();
    private final Map<Control, Rejection> rejections = new HashMap<>();

    public ValidatedField() {
        support.setValidationDecorator(new InsideMark());
    }

    /**
     * ControlsFX centres its mark on the field's bottom-left corner, over the first characters. This one puts it
     * inside the left edge, vertically centred, and adds {@value #INVALID} so the stylesheet pads the text past it.
     */
    private static final class InsideMark extends GraphicValidationDecoration {
        @Override
        protected Collection<Decoration> createValidationDecorations(ValidationMessage message) {
            Node mark = createDecorationNode(message);
            double half = mark.prefWidth(-1) / 2;
            return List.of(new GraphicDecoration(mark, Pos.CENTER_LEFT, half + MARK_INSET, 0),
                    new StyleClassDecoration(INVALID));
        }
    }

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

    /**
     * A label for a field's error text: red text next to the field's mark, never colour alone. Its line is reserved
     * while there is no error (style class field-error: one line high at least), so an error appearing does not move
     * the rest of the form.
     */
    public static Label messageLabel(Control field) {
        Label message = new Label();
        message.setId((field.getId() == null ? "field" : field.getId()) + "Error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        return message;
    }
}
