package org.kaname.ui.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.ScreenContext;

/**
 * A small editable table of records (indicators, evidence) belonging to the item in the form. Each cell edit,
 * addition or removal commits the whole new list as one edit; a refused one is reported and the table shows the
 * plan's list again.
 */
class EditableTable<T> {
    private final TableView<T> table = new TableView<>();
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final Messages messages;
    private final Controls controls;
    private final ScreenContext.StatusSink status;
    private final VBox box;
    private Function<List<T>, Optional<String>> commit = l -> Optional.empty();
    private List<T> shown = List.of();

    EditableTable(String id, String sectionKey, String addKey, String removeKey, Supplier<T> newRow,
                  Messages messages, ScreenContext.StatusSink status) {
        this.messages = messages;
        this.controls = new Controls(messages);
        this.status = status;
        controls.describe(table, id, sectionKey);
        table.setItems(items);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(180);
        table.setPlaceholder(new Label("—"));
        Label title = controls.labelFor(sectionKey, table);
        title.getStyleClass().add("section-title");
        Button add = controls.button(id + "Add", addKey, () -> {
            List<T> list = new ArrayList<>(shown);
            list.add(newRow.get());
            if (apply(list)) {
                table.getSelectionModel().selectLast();
                table.requestFocus();
            }
        });
        Button remove = controls.button(id + "Remove", removeKey, () -> {
            int index = table.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                List<T> list = new ArrayList<>(shown);
                list.remove(index);
                apply(list);
            }
        });
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        box = new VBox(6, title, table, new HBox(8, add, remove));
    }

    Node node() {
        return box;
    }

    TableView<T> table() {
        return table;
    }

    /** Shows {@code list}; later edits go to {@code onCommit}. */
    void show(List<T> list, Function<List<T>, Optional<String>> onCommit) {
        this.commit = onCommit;
        this.shown = List.copyOf(list);
        int selected = table.getSelectionModel().getSelectedIndex();
        items.setAll(list);
        if (selected >= 0 && selected < items.size()) {
            table.getSelectionModel().select(selected);
        }
    }

    /** Commits {@code list}; true when the plan took it. */
    boolean apply(List<T> list) {
        Optional<String> refused = commit.apply(list);
        if (refused.isPresent()) {
            status.show(refused.get());
            items.setAll(shown);
            return false;
        }
        return true;
    }

    void replace(int index, T row) {
        List<T> list = new ArrayList<>(shown);
        list.set(index, row);
        apply(list);
    }

    void textColumn(String key, Function<T, String> get, BiFunction<T, String, T> set, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.apply(d.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> replace(e.getTablePosition().getRow(),
                set.apply(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    <K> void choiceColumn(String key, Function<T, K> get, BiFunction<T, K, T> set, StringConverter<K> converter,
                          K[] values, double width) {
        TableColumn<T, K> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.apply(d.getValue())));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(converter, values));
        c.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), set.apply(e.getRowValue(), e.getNewValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    Controls controls() {
        return controls;
    }

    void addColumn(TableColumn<T, ?> column) {
        table.getColumns().add(column);
    }

    static <K extends Enum<K>> StringConverter<K> enumConverter(Messages messages, String prefix, Class<K> type) {
        return new StringConverter<>() {
            @Override
            public String toString(K value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public K fromString(String text) {
                for (K k : type.getEnumConstants()) {
                    if (toString(k).equals(text)) {
                        return k;
                    }
                }
                return null;
            }
        };
    }
}
