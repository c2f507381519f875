package org.kaname.ui.workshop;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.TableColumns;

/**
 * 「意見の相違」: the cells most apart first, 「次の論点」 (button, or N in the table) to step down the list, and for the
 * selected cell the lowest and the highest rater side by side — value, rationale, and fields to change them when the
 * discussion moves someone.
 */
final class DisagreementView {
    private final DisagreementViewModel vm;
    private final Controls ui;
    private final VBox root = new VBox(8);
    private final TableView<SpreadRow> table = new TableView<>();
    private final Label cellTitle = new Label();

    DisagreementView(DisagreementViewModel vm, Controls ui) {
        this.vm = vm;
        this.ui = ui;
        Messages m = ui.messages();
        root.setId("disagreementPane");
        ui.describe(table, "disagreementTable", "topic.table");
        table.getStyleClass().add("disagreement-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(m.get("topic.empty")));
        table.getColumns().add(column("topicRank", "topic.rank", 40, r -> Integer.toString(r.rank())));
        table.getColumns().add(measureColumn());
        table.getColumns().add(column("topicCriterion", "topic.criterion", 100, SpreadRow::criterionName));
        table.getColumns().add(column("topicCount", "topic.count", 52, r -> Integer.toString(r.count())));
        table.getColumns().add(column("topicSd", "topic.sd", 56, SpreadRow::sd));
        table.getColumns().add(column("topicRange", "topic.range", 60, SpreadRow::range));
        table.getColumns().add(column("topicStrong", "topic.strong", 84,
                r -> r.strong() ? m.get("topic.strongMark") : ""));
        // Numbers, criteria and the mark show whole; the measure's title wraps in its cell (see TableColumns).
        TableColumns.keepWhole(table, table.getColumns().stream()
                .filter(c -> !c.getId().equals("topicMeasure")).toArray(TableColumn[]::new));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SpreadRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("strong"),
                        !empty && row != null && row.strong());
                setAccessibleText(empty || row == null ? null : m.get("topic.row.accessible", row.rank(),
                        row.measureTitle(), row.criterionName(), row.count(), row.sd(), row.range(),
                        row.strong() ? m.get("topic.strongMark") : ""));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != vm.selectedProperty().get()) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> selectInTable(row));
        vm.rows().addListener((javafx.collections.ListChangeListener<SpreadRow>) c ->
                selectInTable(vm.selectedProperty().get()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.N && !e.isShortcutDown() && !e.isAltDown() && !e.isControlDown()) {
                vm.nextTopic();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Button next = ui.button("nextTopic", "topic.next", () -> {
            vm.nextTopic();
            table.requestFocus();
        });
        Label help = ui.help("topic.help");
        HBox bar = new HBox(12, next, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(help, Priority.ALWAYS);

        cellTitle.setId("topicCell");
        cellTitle.getStyleClass().add("workshop-heading");
        cellTitle.setWrapText(true);
        cellTitle.setMinHeight(Region.USE_PREF_SIZE);
        vm.selectedProperty().addListener((o, a, row) -> cellTitle.setText(row == null ? m.get("topic.noneSelected")
                : m.get("topic.cellTitle", row.measureTitle(), row.criterionName())));
        cellTitle.setText(m.get("topic.noneSelected"));

        HBox extremes = new HBox(12, side("lowest", DisagreementViewModel.Side.LOWEST, vm.lowestProperty()),
                side("highest", DisagreementViewModel.Side.HIGHEST, vm.highestProperty()));
        extremes.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        root.getChildren().addAll(ui.heading("topic.heading", "workshop-heading"), bar, table, cellTitle, extremes);
    }

    private void selectInTable(SpreadRow row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
        }
        table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 2));
    }

    /** One end of the selected cell: who, value, rationale; and the fields to change that rater's score. */
    private Node side(String name, DisagreementViewModel.Side side, ReadOnlyObjectProperty<Extreme> extreme) {
        Messages m = ui.messages();
        Label heading = new Label(m.get("topic." + name));
        heading.getStyleClass().add("extreme-heading");
        Label who = new Label();
        who.setId(name + "Rater");
        who.getStyleClass().add("extreme-rater");
        Label value = new Label();
        value.setId(name + "Value");
        value.getStyleClass().add("extreme-value");
        Label note = new Label();
        note.setId(name + "Note");
        note.setWrapText(true);
        note.getStyleClass().add("extreme-note");
        note.setMinHeight(48);

        TextField valueField = ui.describe(new TextField(), name + "ValueField", "topic.valueField");
        valueField.setPrefColumnCount(3);
        TextArea noteField = ui.describe(new TextArea(), name + "NoteField", "topic.noteField");
        noteField.setWrapText(true);
        noteField.setPrefRowCount(2);
        Button save = ui.button(name + "Save", "topic.save." + name, () ->
                vm.saveExtreme(side, valueField.getText(), noteField.getText()));
        valueField.setOnAction(e -> save.fire());
        noteField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save.fire();
                e.consume();
            }
        });
        extreme.addListener((o, a, x) -> {
            who.setText(x == null ? "" : x.label());
            value.setText(x == null ? "" : x.valueText());
            note.setText(x == null ? "" : x.note().isBlank() ? m.get("topic.noNote") : x.note());
            valueField.setText(x == null ? "" : x.valueText());
            noteField.setText(x == null ? "" : x.note());
        });
        save.disableProperty().bind(extreme.isNull());
        valueField.disableProperty().bind(extreme.isNull());
        noteField.disableProperty().bind(extreme.isNull());

        HBox whoRow = new HBox(12, who, value);
        whoRow.setAlignment(Pos.BASELINE_LEFT);
        GridPane edit = new GridPane();
        edit.setHgap(8);
        edit.setVgap(6);
        edit.addRow(0, ui.labelFor("topic.valueField.label." + name, valueField), valueField);
        edit.addRow(1, ui.labelFor("topic.noteField.label." + name, noteField), noteField);
        GridPane.setHgrow(noteField, Priority.ALWAYS);
        VBox box = new VBox(6, heading, whoRow, note, edit, save);
        box.setId(name + "Panel");
        box.getStyleClass().add("extreme-panel");
        box.setPadding(new Insets(8));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(300);
        return box;
    }

    /** A column of short texts, kept whole (see TableColumns); each cell shows its text as a tooltip too. */
    private TableColumn<SpreadRow, String> column(String id, String key, double width,
                                                  Function<SpreadRow, String> value) {
        TableColumn<SpreadRow, String> c = ui.column(id, key, value, null);
        c.setPrefWidth(width);
        return c;
    }

    /**
     * The measure: its title wraps in the cell (the row grows, see {@link TableColumns#wrappingCell}), and the whole
     * title is the cell's tooltip.
     */
    private TableColumn<SpreadRow, String> measureColumn() {
        TableColumn<SpreadRow, String> c = column("topicMeasure", "topic.measure", 220, SpreadRow::measureTitle);
        c.setMinWidth(110);
        c.setCellFactory(x -> {
            TableCell<SpreadRow, String> cell = TableColumns.wrappingCell();
            cell.itemProperty().addListener((o, a, title) -> cell.setTooltip(
                    title == null || title.isEmpty() ? null : Controls.tooltip(title)));
            return cell;
        });
        return c;
    }

    Node node() {
        return root;
    }

    TableView<SpreadRow> table() {
        return table;
    }
}
