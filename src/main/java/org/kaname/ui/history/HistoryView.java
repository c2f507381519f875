package org.kaname.ui.history;

import org.kaname.ui.Controls;
import org.kaname.ui.DisplayConverter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;

/**
 * The history tab: the name the journal records (with what it is for), the filters (measure, rater, person, each
 * with 「すべて」), the journal newest first, 「さらに表示」 for older rows, 「この変更を取り消す…」 for the selected row, and
 * the selected row in full. Focus order follows the reading order; every control has a mnemonic.
 */
final class HistoryView {
    private final HistoryViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final TableView<HistoryRow> table = new TableView<>();
    private final TextField name = new TextField();

    HistoryView(HistoryViewModel vm) {
        this.vm = vm;
        this.messages = vm.messages();
        this.controls = new Controls(messages);
    }

    Node build() {
        VBox box = new VBox(8, nameSection(), new Separator(), filters(), table(), footer(), message(), details());
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setId("historyTab");
        return box;
    }

    TableView<HistoryRow> tableView() {
        return table;
    }

    TextField nameField() {
        return name;
    }

    private Node nameSection() {
        name.setId("displayNameField");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        name.setPromptText(messages.get("name.prompt"));
        name.setPrefColumnCount(18);
        name.setAccessibleHelp(messages.get("name.help"));
        name.setOnAction(e -> vm.saveDisplayName());
        Button save = controls.button("saveDisplayName", "name.save", vm::saveDisplayName);
        HBox row = new HBox(8, controls.labelFor("name.label", name), name, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label help = Controls.wrapped("displayNameHelp", "help-text");
        help.setText(messages.get("name.help"));
        Label recordedAs = Controls.wrapped("displayNameNow", "help-text");
        recordedAs.textProperty().bind(vm.recordedAsProperty());
        return new VBox(2, row, help, recordedAs);
    }

    private Node filters() {
        ComboBox<FilterChoice> measure = filter("measureFilter", "filter.measure", vm.measures(), vm.measureProperty());
        measure.getStyleClass().add("measure-choice");
        ComboBox<FilterChoice> rater = filter("raterFilter", "filter.rater", vm.raters(), vm.raterProperty());
        rater.getStyleClass().add("name-choice");
        ComboBox<FilterChoice> person = filter("personFilter", "filter.person", vm.people(), vm.personProperty());
        person.getStyleClass().add("name-choice");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("historyBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        FlowPane row = new FlowPane(8, 6, group("filter.measure", measure), group("filter.rater", rater),
                group("filter.person", person), busy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox group(String key, ComboBox<FilterChoice> combo) {
        HBox g = new HBox(6, controls.labelFor(key, combo), combo);
        g.setAlignment(Pos.CENTER_LEFT);
        return g;
    }

    private ComboBox<FilterChoice> filter(String id, String key, javafx.collections.ObservableList<FilterChoice> items,
                                          javafx.beans.property.ObjectProperty<FilterChoice> value) {
        ComboBox<FilterChoice> c = controls.combo(id, key);
        c.setItems(items);
        c.setConverter(DisplayConverter.of(FilterChoice::label));
        c.valueProperty().bindBidirectional(value);
        return c;
    }

    private Node table() {
        table.getStyleClass().add("history-table");
        controls.describe(table, "historyTable", "history.table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(messages.get("history.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(HistoryColumns.number(controls.column("seqColumn", "col.seq", r -> String.valueOf(r.seq()), null), 64));
        table.getColumns().add(HistoryColumns.sized(controls.column("timeColumn", "col.time", HistoryRow::time, null), 140));
        table.getColumns().add(HistoryColumns.sized(controls.column("personColumn", "col.person", HistoryRow::person, null), 110));
        table.getColumns().add(HistoryColumns.sized(controls.column("kindColumn", "col.kind", HistoryRow::kindName, null), 130));
        table.getColumns().add(HistoryColumns.sized(controls.column("descriptionColumn", "col.description",
                HistoryRow::description, null), 230));
        table.getColumns().add(HistoryColumns.sized(controls.column("targetColumn", "col.target",
                HistoryRow::shortTarget, HistoryRow::target), 250));
        table.getColumns().add(HistoryColumns.sized(controls.column("changeColumn", "col.change", HistoryRow::change, null), 130));
        table.getColumns().add(HistoryColumns.sized(controls.column("reasonColumn", "col.reason", HistoryRow::reason, null), 140));
        MenuItem revert = new MenuItem(messages.get("history.revert"));
        revert.setMnemonicParsing(true);
        revert.disableProperty().bind(vm.canRevertProperty().not());
        revert.setOnAction(e -> vm.revertSelected());
        table.setContextMenu(new ContextMenu(revert));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : messages.get("history.row.accessible",
                        String.valueOf(row.seq()), row.time(), row.person(), row.kindName(), row.description(),
                        row.change()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (vm.selectedProperty().get() != row) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((o, a, row) -> {
            if (table.getSelectionModel().getSelectedItem() != row) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                }
            }
        });
        return table;
    }

    private Node footer() {
        Label shown = Controls.wrapped("historyShown", "help-text");
        shown.textProperty().bind(vm.shownProperty());
        Button more = controls.button("historyMore", "history.more", vm::loadMore);
        more.setText(messages.get("history.more", vm.page()));
        more.disableProperty().bind(vm.hasMoreProperty().not());
        Button revert = controls.button("revertButton", "history.revert", vm::revertSelected);
        revert.disableProperty().bind(vm.canRevertProperty().not());
        HBox.setHgrow(shown, Priority.ALWAYS);
        HBox row = new HBox(8, shown, more, revert);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node message() {
        Label message = Controls.wrapped("historyMessage", "history-message");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        return message;
    }

    private Node details() {
        TextArea text = new TextArea();
        text.setId("historyDetails");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(vm.detailsProperty());
        text.setPromptText(messages.get("history.details.prompt"));
        Label title = controls.labelFor("history.details", text);
        return new VBox(4, title, text);
    }
}
