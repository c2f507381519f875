package org.kaname.ui.measures;

import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.ValidatedField;

/** Lays out a details form as label | field rows, each text field validated at the field and committed as one edit. */
final class FormBuilder {
    private final Controls controls;
    private final ValidatedField fields;
    private final ScreenContext.StatusSink status;
    private final GridPane grid = new GridPane();
    private int row;

    FormBuilder(Messages messages, ValidatedField fields, ScreenContext.StatusSink status) {
        this.controls = new Controls(messages);
        this.fields = fields;
        this.status = status;
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    /** The control builder the form's own buttons and headings are made with. */
    Controls controls() {
        return controls;
    }

    GridPane grid() {
        return grid;
    }

    TextField text(String id, String key, Function<String, Optional<String>> check,
                   Function<String, Optional<String>> commit) {
        TextField field = new TextField();
        add(field, id, key, check, commit);
        return field;
    }

    TextArea area(String id, String key, Function<String, Optional<String>> check,
                  Function<String, Optional<String>> commit) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        add(area, id, key, check, commit);
        return area;
    }

    /** A row with a label and any control (combo box, list…) the caller wires itself. */
    <C extends javafx.scene.control.Control> C control(C control, String id, String key) {
        row(labelled(control, id, key), control);
        return control;
    }

    void row(Node label, Node field) {
        if (label instanceof Label l) {
            // A label is never squeezed to "Consequence if ne…": the label column is as wide as its widest label.
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        row++;
    }

    void wide(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    /** Names {@code control} by {@code key} (id, spoken name, tooltip) and returns its label. */
    private Label labelled(javafx.scene.control.Control control, String id, String key) {
        return controls.labelFor(key, controls.describe(control, id, key));
    }

    private void add(TextInputControl field, String id, String key, Function<String, Optional<String>> check,
                     Function<String, Optional<String>> commit) {
        Label label = labelled(field, id, key);
        Label error = fields.attach(field, check, () -> {
            Optional<String> refused = commit.apply(field.getText());
            refused.ifPresent(status::show);
            return refused;
        });
        row(label, field);
        grid.add(error, 1, row);
        row++;
    }
}
