package org.kaname.ui.measures;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.ValidatedField;

/** The details form of one pillar: name and description. */
final class PillarForm {
    private final ValidatedField fields = new ValidatedField();
    private final VBox root;
    private final TextField name;
    private final TextArea description;
    private String current;

    PillarForm(MeasuresViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        FormBuilder form = new FormBuilder(messages, fields, status);
        name = form.text("pillarName", "field.pillar.name", t -> vm.check(PillarField.NAME, t),
                t -> vm.commit(PillarField.NAME, current, t));
        description = form.area("pillarDescription", "field.pillar.description", t -> Optional.empty(),
                t -> vm.commit(PillarField.DESCRIPTION, current, t));
        Label heading = form.controls().heading("details.pillar", "section-title");
        root = new VBox(12, heading, form.grid());
    }

    Node node() {
        return root;
    }

    TextField nameField() {
        return name;
    }

    void show(Plan plan, String pillarId) {
        Pillar p = plan.pillars().stream().filter(x -> x.id().equals(pillarId)).findFirst().orElse(null);
        if (p == null) {
            return;
        }
        boolean other = !pillarId.equals(current);
        current = pillarId;
        name.setText(p.name());
        description.setText(p.description());
        if (other) {
            fields.clear();
        }
    }
}
