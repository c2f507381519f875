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
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.TableColumns;
import org.kaname.ui.WrappedCellText;

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
    private final List<TableColumn<T, ?>> textColumns = new ArrayList<>();
    private boolean relayoutQueued;

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

    TableColumn<T, String> textColumn(String key, Function<T, String> get, BiFunction<T, String, T> set,
                                      double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.apply(d.getValue())));
        c.setCellFactory(col -> new WrappingTextFieldCell<>());
        c.setOnEditCommit(e -> replace(e.getTablePosition().getRow(),
                set.apply(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
        textColumns.add(c);
        watchWidth(c);
        return c;
    }

    <K> TableColumn<T, K> choiceColumn(String key, Function<T, K> get, BiFunction<T, K, T> set, StringConverter<K> converter,
                          K[] values, double width) {
        TableColumn<T, K> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.apply(d.getValue())));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(converter, values));
        c.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), set.apply(e.getRowValue(), e.getNewValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
        // The column is as wide as its longest choice (measured in the table's font), whichever rows are shown.
        String longest = java.util.Arrays.stream(values).map(converter::toString)
                .max(java.util.Comparator.comparingDouble(EditableTable::width)).orElse("");
        TableColumns.measuredAs(c, row -> longest);
        return c;
    }

    /**
     * Keeps {@code whole} as wide as their header and cells, and the headers of the other text columns whole: their
     * cells wrap.
     */
    @SafeVarargs
    final void keepWhole(TableColumn<T, ?>... whole) {
        TableColumns.keepWhole(table, whole);
        List<TableColumn<T, ?>> rest = new ArrayList<>(textColumns);
        rest.removeAll(List.of(whole));
        @SuppressWarnings("unchecked")
        TableColumn<T, ?>[] headers = rest.toArray(new TableColumn[0]);
        TableColumns.keepHeadersWhole(table, headers);
    }

    /**
     * A wrapped cell grows or shrinks with its column's width, but the table's flow keeps the rows' heights it
     * measured: when a column's width changes, the table is laid out again (once, after the widths have settled), and
     * each cell whose text took more or fewer lines asks its row again (see {@link WrappingTextFieldCell}).
     */
    private void watchWidth(TableColumn<T, ?> column) {
        column.widthProperty().addListener((o, a, b) -> {
            if (!relayoutQueued) {
                relayoutQueued = true;
                javafx.application.Platform.runLater(() -> {
                    relayoutQueued = false;
                    table.requestLayout();
                });
            }
        });
    }

    /**
     * An editable text cell that, when not being edited, shows its whole text wrapped at the column's width (as
     * {@link TableColumns#wrappingCell} does for read-only tables) instead of cutting it with "…"; a long word, such
     * as a URL, is broken where the width ends. Editing uses the usual one-line text field.
     */
    static final class WrappingTextFieldCell<S> extends TextFieldTableCell<S, String> {
        private final WrappedCellText wrapped;

        WrappingTextFieldCell() {
            super(new DefaultStringConverter());
            wrapped = new WrappedCellText(this);
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            showWrapped();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            showWrapped();
        }

        @Override
        public void commitEdit(String newValue) {
            super.commitEdit(newValue);
            showWrapped();
        }

        private void showWrapped() {
            if (isEditing()) {
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                return;
            }
            wrapped.show(getItem(), isEmpty());
        }
    }

    private static double width(String s) {
        return new Text(s).getLayoutBounds().getWidth();
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
