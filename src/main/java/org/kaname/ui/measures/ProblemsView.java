package org.kaname.ui.measures;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Stakeholder;
import org.kaname.ui.FilterField;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.ValidatedField;

/** The problems (課題) tab: the list on the left, the selected problem's form on the right. */
final class ProblemsView {
    private final ProblemsViewModel vm;
    private final Messages messages;
    private final ScreenContext.StatusSink status;
    private final ValidatedField fields = new ValidatedField();
    private final TableView<Problem> table = new TableView<>();
    private final StackPane details = new StackPane();
    private final Label none;
    private final VBox form;
    private final TextField id;
    private final ComboBox<Stakeholder> stakeholder = new ComboBox<>();
    private final TextField title;
    private final TextArea description;
    private final TextArea consequence;
    private final EvidenceTable evidence;
    private final FilterField filter;
    private String current;
    private boolean loading;

    ProblemsView(ProblemsViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        this.messages = messages;
        this.status = status;
        FormBuilder b = new FormBuilder(messages, fields, status);
        id = b.text("problemId", "field.problem.id", t -> vm.check(ProblemField.ID, current, t),
                t -> vm.commit(ProblemField.ID, current, t));
        b.control(stakeholder, "problemStakeholder", "field.problem.stakeholder");
        stakeholder.getItems().setAll(Stakeholder.values());
        stakeholder.setConverter(EditableTable.enumConverter(messages, "stakeholder.", Stakeholder.class));
        stakeholder.setOnAction(e -> {
            if (!loading && current != null && stakeholder.getValue() != null) {
                vm.setStakeholder(current, stakeholder.getValue()).ifPresent(status::show);
            }
        });
        title = b.text("problemTitle", "field.problem.title", t -> vm.check(ProblemField.TITLE, current, t),
                t -> vm.commit(ProblemField.TITLE, current, t));
        description = b.area("problemDescription", "field.problem.description", t -> Optional.empty(),
                t -> vm.commit(ProblemField.DESCRIPTION, current, t));
        consequence = b.area("problemConsequence", "field.problem.consequence", t -> Optional.empty(),
                t -> vm.commit(ProblemField.CONSEQUENCE, current, t));
        evidence = new EvidenceTable("problemEvidence", "section.evidence", messages, status);
        form = new VBox(12, b.grid(), evidence.node());
        filter = new FilterField("problemFilter", messages.locale());
        none = new Label(messages.get("problems.none"));
        none.getStyleClass().add("hint");
    }

    Node build() {
        Controls controls = new Controls(messages);
        Label label = controls.labelFor("problems.table", controls.describe(table, "problemsTable", "problems.table"));
        label.getStyleClass().add("section-title");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ListDetailLayout.column(messages, "column.problemId", Problem::id, 60));
        table.getColumns().add(ListDetailLayout.column(messages, "column.stakeholder",
                p -> messages.get("stakeholder." + p.stakeholder().name()), 90));
        table.getColumns().add(ListDetailLayout.column(messages, "column.problemTitle", Problem::title, 300));
        org.kaname.ui.TableColumns.keepHeadersWhole(table, table.getColumns().toArray(TableColumn[]::new));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (!loading) {
                vm.selectedProperty().set(p == null ? null : p.id());
            }
        });
        vm.planProperty().addListener((o, a, plan) -> refresh(plan));
        vm.selectedProperty().addListener((o, a, sel) -> refresh(vm.planProperty().get()));
        filter.wordsProperty().addListener((o, a, words) -> refresh(vm.planProperty().get()));
        Button add = controls.button("problemAdd", "problems.add",
                () -> vm.add().ifPresent(status::show));
        Button remove = controls.button("problemRemove", "problems.remove", () -> {
            Problem p = table.getSelectionModel().getSelectedItem();
            if (p != null) {
                vm.remove(p.id()).ifPresent(status::show);
            }
        });
        SplitPane split = ListDetailLayout.of(label, filter, table, add, remove, details);
        refresh(vm.planProperty().get());
        return split;
    }

    FilterField filter() {
        return filter;
    }

    private void refresh(Plan plan) {
        loading = true;
        try {
            String selected = vm.selectedProperty().get();
            // The problem being edited stays listed, so a new one or a changed title never vanishes under the pointer.
            List<Problem> shown = plan.problems().stream()
                    .filter(p -> p.id().equals(selected) || filter.matches(p.id(), p.title(), p.description(),
                            p.consequence(), messages.get("stakeholder." + p.stakeholder().name())))
                    .toList();
            table.getItems().setAll(shown);
            filter.showCount(shown.size(), plan.problems().size());
            Optional<Problem> p = vm.problem(selected);
            p.ifPresentOrElse(table.getSelectionModel()::select, table.getSelectionModel()::clearSelection);
            if (p.isEmpty()) {
                current = null;
                details.getChildren().setAll(none);
                return;
            }
            Problem problem = p.get();
            boolean other = !problem.id().equals(current);
            current = problem.id();
            id.setText(problem.id());
            stakeholder.setValue(problem.stakeholder());
            title.setText(problem.title());
            description.setText(problem.description());
            consequence.setText(problem.consequence());
            evidence.show(problem.evidence(), list -> vm.setEvidence(current, list));
            if (other) {
                fields.clear();
            }
            if (details.getChildren().size() != 1 || details.getChildren().get(0) != form) {
                details.getChildren().setAll(form);
            }
        } finally {
            loading = false;
        }
    }
}
