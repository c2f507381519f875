package org.kaname.ui.measures;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.i18n.Messages;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.ValidatedField;

/** The details form of one support measure (支援策): title, purpose, pillar, indicators and evidence. */
final class GroupForm {
    private final ValidatedField fields = new ValidatedField();
    private final VBox root;
    private final TextField title;
    private final TextArea purpose;
    private final ComboBox<String> pillar = new ComboBox<>();
    private final IndicatorTable indicators;
    private final EvidenceTable evidence;
    private final MeasuresViewModel vm;
    private String current;
    private boolean loading;

    GroupForm(MeasuresViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        FormBuilder form = new FormBuilder(messages, fields, status);
        title = form.text("groupTitle", "field.group.title", t -> vm.check(GroupField.TITLE, t),
                t -> vm.commit(GroupField.TITLE, current, t));
        purpose = form.area("groupPurpose", "field.group.purpose", t -> Optional.empty(),
                t -> vm.commit(GroupField.PURPOSE, current, t));
        form.control(pillar, "groupPillar", "field.group.pillar");
        pillar.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.planProperty().get().pillars().stream().filter(p -> p.id().equals(id))
                        .findFirst().map(Pillar::name).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        pillar.setOnAction(e -> {
            if (!loading && current != null && pillar.getValue() != null) {
                vm.setGroupPillar(current, pillar.getValue()).ifPresent(status::show);
            }
        });
        indicators = new IndicatorTable("groupIndicators", messages, status);
        evidence = new EvidenceTable("groupEvidence", "section.evidence", messages, status);
        Label heading = form.controls().heading("details.group", "section-title");
        root = new VBox(12, heading, form.grid(), indicators.node(), evidence.node());
    }

    Node node() {
        return root;
    }

    TextField titleField() {
        return title;
    }

    void show(Plan plan, String groupId) {
        MeasureGroup g = plan.group(groupId).orElse(null);
        if (g == null) {
            return;
        }
        boolean other = !groupId.equals(current);
        loading = true;
        try {
            current = groupId;
            title.setText(g.title());
            purpose.setText(g.purpose());
            pillar.getItems().setAll(plan.pillars().stream().map(Pillar::id).toList());
            pillar.setValue(g.pillar());
            indicators.show(g.indicators(), list -> vm.setGroupIndicators(current, list));
            evidence.show(g.evidence(), list -> vm.setGroupEvidence(current, list));
            if (other) {
                fields.clear();
            }
        } finally {
            loading = false;
        }
    }
}
