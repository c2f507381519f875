package org.kaname.ui.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;
import org.kaname.ui.FilterField;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.ValidatedField;

/** The peer cases (先進事例) tab: the list on the left, the selected case's form on the right. */
final class CasesView {
    private final CasesViewModel vm;
    private final Messages messages;
    private final ScreenContext.StatusSink status;
    private final ValidatedField fields = new ValidatedField();
    private final TableView<PeerCase> table = new TableView<>();
    private final StackPane details = new StackPane();
    private final Label none;
    private final VBox form;
    private final TextField municipality;
    private final TextField title;
    private final TextArea summary;
    private final TextArea successFactors;
    private final TextArea results;
    private final EvidenceTable sources;
    private final CheckListView<String> groups = new CheckListView<>();
    private final FilterField filter;
    /** The plan position of each listed case: cases have no id, and a filtered list's row is not their position. */
    private List<Integer> positions = List.of();
    private int current = -1;
    private boolean loading;

    CasesView(CasesViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        this.messages = messages;
        this.status = status;
        FormBuilder b = new FormBuilder(messages, fields, status);
        municipality = b.text("caseMunicipality", "field.case.municipality", t -> vm.check(CaseField.MUNICIPALITY, t),
                t -> vm.commit(CaseField.MUNICIPALITY, current, t));
        title = b.text("caseTitle", "field.case.title", t -> vm.check(CaseField.TITLE, t),
                t -> vm.commit(CaseField.TITLE, current, t));
        summary = b.area("caseSummary", "field.case.summary", t -> Optional.empty(),
                t -> vm.commit(CaseField.SUMMARY, current, t));
        successFactors = b.area("caseSuccessFactors", "field.case.successFactors", t -> Optional.empty(),
                t -> vm.commit(CaseField.SUCCESS_FACTORS, current, t));
        results = b.area("caseResults", "field.case.results", t -> Optional.empty(),
                t -> vm.commit(CaseField.RESULTS, current, t));
        groups.setPrefHeight(120);
        StringConverter<String> groupText = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : vm.planProperty().get().groups().stream().filter(g -> g.id().equals(id))
                        .findFirst().map(MeasureGroup::title).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
        groups.setCellFactory(lv -> new CheckBoxListCell<>(groups::getItemBooleanProperty, groupText));
        groups.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!loading && current >= 0) {
                vm.setGroups(current, new ArrayList<>(groups.getCheckModel().getCheckedItems()))
                        .ifPresent(status::show);
            }
        });
        b.control(groups, "caseGroups", "field.case.groups");
        sources = new EvidenceTable("caseSources", "section.sources", messages, status);
        form = new VBox(12, b.grid(), sources.node());
        filter = new FilterField("caseFilter", messages.locale());
        none = new Label(messages.get("cases.none"));
        none.getStyleClass().add("hint");
    }

    Node build() {
        Controls controls = new Controls(messages);
        Label label = controls.labelFor("cases.table", controls.describe(table, "casesTable", "cases.table"));
        label.getStyleClass().add("section-title");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(ListDetailLayout.column(messages, "column.municipality", PeerCase::municipality, 140));
        table.getColumns().add(ListDetailLayout.column(messages, "column.caseTitle", PeerCase::title, 300));
        org.kaname.ui.TableColumns.keepHeadersWhole(table, table.getColumns().toArray(TableColumn[]::new));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!loading) {
                int row = i.intValue();
                vm.selectedProperty().set(row < 0 || row >= positions.size() ? -1 : positions.get(row));
            }
        });
        vm.planProperty().addListener((o, a, plan) -> refresh(plan));
        vm.selectedProperty().addListener((o, a, sel) -> refresh(vm.planProperty().get()));
        filter.wordsProperty().addListener((o, a, words) -> refresh(vm.planProperty().get()));
        Button add = controls.button("caseAdd", "cases.add",
                () -> vm.add().ifPresent(status::show));
        Button remove = controls.button("caseRemove", "cases.remove", () -> {
            int i = vm.selectedProperty().get();
            if (i >= 0 && table.getSelectionModel().getSelectedIndex() >= 0) {
                vm.remove(i).ifPresent(status::show);
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
            int index = vm.selectedProperty().get();
            // The case being edited stays listed, so a new one or a changed title never vanishes under the pointer.
            List<Integer> listed = new ArrayList<>();
            for (int i = 0; i < plan.cases().size(); i++) {
                PeerCase c = plan.cases().get(i);
                if (i == index || filter.matches(c.municipality(), c.title(), c.summary(), c.successFactors(),
                        c.results())) {
                    listed.add(i);
                }
            }
            positions = List.copyOf(listed);
            table.getItems().setAll(positions.stream().map(plan.cases()::get).toList());
            filter.showCount(positions.size(), plan.cases().size());
            if (index < 0 || index >= plan.cases().size()) {
                table.getSelectionModel().clearSelection();
                current = -1;
                details.getChildren().setAll(none);
                return;
            }
            table.getSelectionModel().select(positions.indexOf(index));
            PeerCase c = plan.cases().get(index);
            boolean other = index != current;
            current = index;
            municipality.setText(c.municipality());
            title.setText(c.title());
            summary.setText(c.summary());
            successFactors.setText(c.successFactors());
            results.setText(c.results());
            sources.show(c.sources(), list -> vm.setSources(current, list));
            groups.getItems().setAll(plan.groups().stream().map(MeasureGroup::id).toList());
            groups.getCheckModel().clearChecks();
            c.groups().forEach(g -> groups.getCheckModel().check(g));
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
