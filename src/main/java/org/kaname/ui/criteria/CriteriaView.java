package org.kaname.ui.criteria;

import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.ui.Controls;
import org.kaname.ui.TableColumns;

/**
 * The criteria list (name, direction, scale, weight) with add, remove and reorder, and a form for the selected
 * criterion. Form fields are saved when they lose focus or on Enter, each as one edit.
 */
final class CriteriaView {
    private final CriteriaViewModel vm;
    private final Messages m;
    private final Controls controls;
    private final TableView<Criterion> table = new TableView<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Direction> direction = new ComboBox<>();
    private final Spinner<Integer> scaleMin = new Spinner<>();
    private final Spinner<Integer> scaleMax = new Spinner<>();
    private final VBox levels = new VBox(6);
    private final GridPane form = new GridPane();
    private final Label formTitle = new Label();
    private final SplitPane root = new SplitPane();
    private Map<String, Double> percent = Map.of();
    private boolean loading;

    CriteriaView(CriteriaViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.controls = new Controls(messages);
        buildTable();
        VBox left = new VBox(8, table, buttons());
        left.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        buildForm();
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setId("criterionFormScroll");
        root.getItems().addAll(left, formScroll);
        root.setDividerPositions(0.5);
        vm.criteria().addListener((ListChangeListener<Criterion>) c -> afterChange());
        vm.selectedIdProperty().addListener((o, a, b) -> {
            select(b);
            load();
        });
        afterChange();
        if (vm.selectedIdProperty().get() == null && !vm.criteria().isEmpty()) {
            vm.selectedIdProperty().set(vm.criteria().get(0).id());
        }
    }

    Node node() {
        return root;
    }

    private void buildTable() {
        controls.describe(table, "criteriaTable", "criteria.table");
        table.setItems(vm.criteria());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(m.get("criteria.empty")));
        TableColumn<Criterion, String> order = new TableColumn<>(m.get("criteria.col.order"));
        order.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                Integer.toString(vm.criteria().indexOf(c.getValue()) + 1)));
        order.getStyleClass().add("number-column");
        TableColumn<Criterion, String> nameCol = new TableColumn<>(m.get("criteria.col.name"));
        nameCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        nameCol.setPrefWidth(220);
        TableColumn<Criterion, String> dir = new TableColumn<>(m.get("criteria.col.direction"));
        dir.setCellValueFactory(c -> new ReadOnlyStringWrapper(directionText(c.getValue().direction())));
        TableColumn<Criterion, String> scale = new TableColumn<>(m.get("criteria.col.scale"));
        scale.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                m.get("criteria.scaleRange", c.getValue().scale().min(), c.getValue().scale().max())));
        TableColumn<Criterion, String> weight = new TableColumn<>(m.get("criteria.col.weight"));
        weight.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                WeightTexts.percent(percent.getOrDefault(c.getValue().id(), Double.NaN))));
        weight.getStyleClass().add("number-column");
        table.getColumns().setAll(java.util.List.of(order, nameCol, dir, scale, weight));
        order.setMaxWidth(Double.MAX_VALUE);
        TableColumns.wrap(nameCol);
        TableColumns.wrap(dir);
        TableColumns.keepWhole(table, order, scale, weight);
        TableColumns.keepHeadersWhole(table, nameCol, dir);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !loading) {
                vm.selectedIdProperty().set(b.id());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String id = vm.selectedIdProperty().get();
            if (id == null) {
                return;
            }
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                vm.moveUp(id);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                vm.moveDown(id);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.remove(id);
                e.consume();
            }
        });
    }

    private Node buttons() {
        Button add = controls.button("addCriterion", "criteria.add", () -> {
            vm.add();
            name.requestFocus();
            name.selectAll();
        });
        Button remove = controls.button("removeCriterion", "criteria.remove", () -> withSelected(vm::remove));
        Button up = controls.button("moveCriterionUp", "criteria.up", () -> withSelected(vm::moveUp));
        Button down = controls.button("moveCriterionDown", "criteria.down", () -> withSelected(vm::moveDown));
        remove.disableProperty().bind(vm.selectedIdProperty().isNull());
        up.disableProperty().bind(vm.selectedIdProperty().isNull());
        down.disableProperty().bind(vm.selectedIdProperty().isNull());
        Label error = new Label();
        error.setId("criteriaError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        HBox row = new HBox(8, add, remove, up, down);
        return new VBox(6, row, error);
    }

    private void withSelected(java.util.function.Consumer<String> action) {
        String id = vm.selectedIdProperty().get();
        if (id != null) {
            action.accept(id);
            table.requestFocus();
        }
    }

    private void buildForm() {
        form.setId("criterionForm");
        form.setHgap(10);
        form.setVgap(10);
        form.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        formTitle.getStyleClass().add("section-title");
        formTitle.setId("criterionFormTitle");
        form.add(formTitle, 0, 0, 2, 1);

        controls.describe(name, "criterionName", "form.name");
        name.setOnAction(e -> commitName());
        name.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitName();
            }
        });
        form.addRow(1, controls.labelFor("form.name", name), name);

        controls.describe(description, "criterionDescription", "form.description");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        description.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                current().ifPresent(c -> vm.setDescription(c.id(), description.getText()));
            }
        });
        form.addRow(2, controls.labelFor("form.description", description), description);

        controls.describe(direction, "criterionDirection", "form.direction");
        direction.getItems().setAll(Direction.values());
        direction.setButtonCell(directionCell());
        direction.setCellFactory(l -> directionCell());
        direction.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                current().ifPresent(c -> vm.setDirection(c.id(), b));
            }
        });
        form.addRow(3, controls.labelFor("form.direction", direction), direction);

        for (Spinner<Integer> s : java.util.List.of(scaleMin, scaleMax)) {
            s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(-100, 100, 1));
            s.setEditable(true);
            s.setPrefWidth(110);
            s.valueProperty().addListener((o, a, b) -> {
                if (!loading && b != null) {
                    current().ifPresent(c -> {
                        if (!vm.setScale(c.id(), scaleMin.getValue(), scaleMax.getValue())) {
                            load();
                        }
                    });
                }
            });
        }
        controls.describe(scaleMin, "scaleMin", "form.scaleMin");
        controls.describe(scaleMax, "scaleMax", "form.scaleMax");
        HBox scale = new HBox(8, scaleMin, controls.labelFor("form.scaleMax", scaleMax), scaleMax);
        scale.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.addRow(4, controls.labelFor("form.scaleMin", scaleMin), scale);

        Label levelsTitle = controls.heading("form.levels", "section-title");
        form.add(levelsTitle, 0, 5, 2, 1);
        levels.setId("levelDescriptions");
        form.add(levels, 0, 6, 2, 1);
    }

    private ListCell<Direction> directionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Direction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : directionText(item));
            }
        };
    }

    private String directionText(Direction d) {
        return m.get("direction." + d.code());
    }

    private void commitName() {
        current().ifPresent(c -> {
            if (!vm.rename(c.id(), name.getText())) {
                load();
            }
        });
    }

    private Optional<Criterion> current() {
        return loading ? Optional.empty() : vm.selected();
    }

    private void afterChange() {
        percent = vm.percentages();
        select(vm.selectedIdProperty().get());
        table.refresh();
        load();
    }

    private void select(String id) {
        loading = true;
        try {
            int index = -1;
            for (int i = 0; i < vm.criteria().size(); i++) {
                if (vm.criteria().get(i).id().equals(id)) {
                    index = i;
                }
            }
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(index);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            loading = false;
        }
    }

    /** Fills the form from the selected criterion (after selection, edits, undo and redo). */
    private void load() {
        Optional<Criterion> selected = vm.selected();
        loading = true;
        try {
            form.setDisable(selected.isEmpty());
            if (selected.isEmpty()) {
                formTitle.setText(m.get("form.none"));
                name.clear();
                description.clear();
                levels.getChildren().clear();
                return;
            }
            Criterion c = selected.get();
            formTitle.setText(m.get("form.title", c.name()));
            if (!name.isFocused() || !name.getText().equals(c.name())) {
                name.setText(c.name());
            }
            description.setText(c.description());
            direction.setValue(c.direction());
            scaleMin.getValueFactory().setValue(c.scale().min());
            scaleMax.getValueFactory().setValue(c.scale().max());
            buildLevels(c);
        } finally {
            loading = false;
        }
    }

    private void buildLevels(Criterion c) {
        String focused = levels.getScene() != null && levels.getScene().getFocusOwner() != null
                ? levels.getScene().getFocusOwner().getId() : null;
        levels.getChildren().clear();
        for (int level = c.scale().max(); level >= c.scale().min(); level--) {
            int lv = level;
            TextArea text = new TextArea(c.scale().levelText(level));
            text.setWrapText(true);
            text.setPrefRowCount(2);
            controls.describe(text, "level-" + level, "form.level", level, c.name());
            text.focusedProperty().addListener((o, was, is) -> {
                if (!is && !loading) {
                    vm.setLevelText(c.id(), lv, text.getText());
                }
            });
            Label label = controls.labelFor("form.level", text, level, c.name());
            label.setMinWidth(60);
            HBox row = new HBox(8, label, text);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(text, Priority.ALWAYS);
            levels.getChildren().add(row);
            if (("level-" + level).equals(focused)) {
                text.requestFocus();
            }
        }
    }
}
