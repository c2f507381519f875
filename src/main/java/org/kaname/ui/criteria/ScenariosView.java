package org.kaname.ui.criteria;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.engine.ScenarioComparison;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;
import org.kaname.ui.TableColumns;

/** Scenario list with create / copy / rename / delete, and the side-by-side rank comparison. */
final class ScenariosView {
    private final ScenariosViewModel vm;
    private final Messages m;
    private final ListView<Scenario> list = new ListView<>();
    private final TextField name = new TextField();
    private final Label weights = new Label();
    private final TableView<ScenarioComparison.Row> table = new TableView<>();
    private final SplitPane root = new SplitPane();
    private final java.util.function.Supplier<Plan> plan;

    ScenariosView(ScenariosViewModel vm, Messages messages, java.util.function.Supplier<Plan> plan) {
        this.vm = vm;
        this.m = messages;
        Controls controls = new Controls(messages);
        this.plan = plan;
        controls.describe(list, "scenarioList", "scenario.list");
        list.setItems(vm.scenarios());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Scenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.setPlaceholder(new Label(m.get("scenario.empty")));
        list.setPrefHeight(200);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected());
        controls.describe(name, "scenarioName", "scenario.name");
        name.setOnAction(e -> rename());
        Button create = controls.button("createScenario", "scenario.create", () -> vm.createFromCurrent().ifPresent(this::select));
        Button copy = controls.button("copyScenario", "scenario.copy", () -> selectedName().flatMap(vm::copy).ifPresent(this::select));
        Button renameButton = controls.button("renameScenario", "scenario.rename", this::rename);
        Button delete = controls.button("deleteScenario", "scenario.delete", () -> selectedName().ifPresent(vm::delete));
        copy.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        renameButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        name.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        weights.setId("scenarioWeights");
        weights.setWrapText(true);
        Label error = new Label();
        error.setId("scenarioError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label listTitle = controls.labelFor("scenario.list", list);
        listTitle.getStyleClass().add("section-title");
        HBox renameRow = new HBox(8, name, renameButton);
        HBox.setHgrow(name, Priority.ALWAYS);
        renameRow.setAlignment(Pos.CENTER_LEFT);
        // The buttons flow onto a second line in a narrow pane rather than shrinking to "…".
        javafx.scene.layout.FlowPane scenarioButtons = new javafx.scene.layout.FlowPane(8, 8, create, copy, delete);
        VBox left = new VBox(8, listTitle, list, scenarioButtons,
                controls.labelFor("scenario.name", name), renameRow, weights, error);
        left.setPadding(new Insets(12));
        left.setMinWidth(300);

        controls.describe(table, "scenarioTable", "scenario.table");
        table.setPlaceholder(new Label(m.get("scenario.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Label tableTitle = controls.labelFor("scenario.table", table);
        tableTitle.getStyleClass().add("section-title");
        Label help = controls.help("scenario.table.help");
        VBox right = new VBox(8, tableTitle, help, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        right.setPadding(new Insets(12));
        root.getItems().addAll(left, right);
        root.setDividerPositions(0.32);
        vm.comparisonProperty().addListener((o, a, b) -> showComparison(b));
        vm.scenarios().addListener((ListChangeListener<Scenario>) c -> showSelected());
        showComparison(vm.comparisonProperty().get());
    }

    Node node() {
        return root;
    }

    private Optional<String> selectedName() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Scenario::name);
    }

    private void select(String scenarioName) {
        for (int i = 0; i < vm.scenarios().size(); i++) {
            if (vm.scenarios().get(i).name().equals(scenarioName)) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
            }
        }
        list.requestFocus();
    }

    private void rename() {
        Optional<String> selected = selectedName();
        if (selected.isPresent() && vm.rename(selected.get(), name.getText())) {
            select(name.getText().strip());
        }
    }

    private void showSelected() {
        Scenario s = list.getSelectionModel().getSelectedItem();
        if (s == null) {
            name.clear();
            weights.setText("");
            return;
        }
        name.setText(s.name());
        double sum = s.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        weights.setText(m.get("scenario.weights", plan.get().criteria().stream()
                .map(c -> c.name() + " " + WeightTexts.percent(sum > 0 ? 100 * s.weights().getOrDefault(c.id(), 0.0) / sum
                        : Double.NaN)).collect(Collectors.joining("、"))));
    }

    private void showComparison(Optional<ScenarioComparison> comparison) {
        table.getColumns().clear();
        if (comparison.isEmpty()) {
            table.getItems().clear();
            return;
        }
        ScenarioComparison c = comparison.get();
        TableColumn<ScenarioComparison.Row, String> measure = new TableColumn<>(m.get("scenario.col.measure"));
        measure.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().measureId() + " "
                + r.getValue().title()));
        measure.setPrefWidth(320);
        measure.setMinWidth(140);
        measure.setCellFactory(x -> TableColumns.wrappingCell());
        table.getColumns().add(measure);
        List<String> columns = c.columns();
        for (int i = 0; i < columns.size(); i++) {
            int col = i;
            TableColumn<ScenarioComparison.Row, String> rank = new TableColumn<>(vm.columnTitle(columns.get(i)));
            rank.setCellValueFactory(r -> new ReadOnlyStringWrapper(rankText(r.getValue().ranks().get(col),
                    r.getValue().tiers().get(col))));
            rank.getStyleClass().add("number-column");
            table.getColumns().add(rank);
        }
        TableColumn<ScenarioComparison.Row, String> change = new TableColumn<>(m.get("scenario.col.change"));
        change.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().rankChange() == 0 ? "—"
                : m.get("scenario.change", r.getValue().rankChange())));
        change.getStyleClass().add("number-column");
        table.getColumns().add(change);
        table.getItems().setAll(c.rows());
        // Ranks, tiers and the change show whole; the measure wraps.
        TableColumns.keepWhole(table, table.getColumns().stream().filter(x -> x != measure)
                .toArray(TableColumn[]::new));
    }

    private String rankText(OptionalInt rank, String tier) {
        return rank.isPresent() ? m.get("scenario.rank", rank.getAsInt(), tier) : m.get("scenario.unscored");
    }
}
