package org.kaname.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.TextAlignment;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;

/**
 * The open round's sheet of the chosen rater: the round's measures × the criteria, typed like the scoring screen —
 * a digit sets the focused cell at once, Delete/Backspace clears it, arrows/Tab/Enter move, F2 or Ctrl+Enter goes to
 * the rationale. Everything the keys do goes through the view model.
 */
final class RoundGrid {
    private final WorkshopViewModel vm;
    private final Messages messages;
    private final TableView<EntryRow> table = new TableView<>();
    private final List<TableColumn<EntryRow, EntryRow>> criterionColumns = new ArrayList<>();
    private Runnable onNoteRequested = () -> { };

    RoundGrid(WorkshopViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        table.setId("roundGrid");
        table.getStyleClass().add("round-grid");
        table.setAccessibleText(messages.get("grid.accessible"));
        table.setTooltip(new Tooltip(messages.get("grid.help")));
        table.setItems(vm.rows());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("grid.empty")));
        rebuildColumns();
        vm.criteria().addListener((ListChangeListener<Criterion>) c -> rebuildColumns());
        vm.revisionProperty().addListener((o, a, b) -> table.refresh());
        table.getFocusModel().focusedCellProperty().addListener((o, a, pos) -> focusChanged(pos));
        table.focusedProperty().addListener((o, a, focused) -> {
            if (focused && criterionIndex(table.getFocusModel().getFocusedCell()) < 0) {
                focusCell(Math.max(0, table.getFocusModel().getFocusedIndex()), 0);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    TableView<EntryRow> table() {
        return table;
    }

    void setOnNoteRequested(Runnable action) {
        onNoteRequested = action;
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        criterionColumns.clear();
        TableColumn<EntryRow, String> measure = new TableColumn<>(messages.get("column.measure"));
        measure.setId("roundMeasureColumn");
        measure.setSortable(false);
        measure.setPrefWidth(180);
        measure.setMinWidth(110);
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        measure.setCellFactory(c -> {
            TableCell<EntryRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null ? null : new Tooltip(item));
                }
            };
            cell.setWrapText(true);
            cell.getStyleClass().add("measure-cell");
            return cell;
        });
        table.getColumns().add(measure);
        for (Criterion criterion : vm.criteria()) {
            TableColumn<EntryRow, EntryRow> col = new TableColumn<>();
            Label header = new Label(criterion.name() + "\n" + messages.get("column.scale",
                    criterion.scale().min(), criterion.scale().max()));
            header.setWrapText(true);
            header.setTextAlignment(TextAlignment.CENTER);
            header.setMinHeight(64);
            header.setPrefHeight(64);
            header.setTooltip(new Tooltip(criterion.description()));
            col.setGraphic(header);
            col.setId("round-criterion-" + criterion.id());
            col.setUserData(criterion.id());
            col.setSortable(false);
            col.setReorderable(false);
            col.setPrefWidth(84);
            col.setMinWidth(56);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            col.setCellFactory(c -> new ValueCell(criterion.id()));
            criterionColumns.add(col);
            table.getColumns().add(col);
        }
    }

    /** A value cell of the chosen rater's sheet; ※ marks a rationale. */
    private final class ValueCell extends TableCell<EntryRow, EntryRow> {
        private final String criterionId;

        ValueCell(String criterionId) {
            this.criterionId = criterionId;
            getStyleClass().add("value-cell");
        }

        @Override
        protected void updateItem(EntryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            setText(vm.cellText(row.measureId(), criterionId));
            String description = vm.cellDescription(row.measureId(), criterionId);
            setAccessibleText(description);
            setTooltip(new Tooltip(description));
        }
    }

    private void focusChanged(TablePosition<EntryRow, ?> pos) {
        int c = criterionIndex(pos);
        if (c < 0 && pos != null && pos.getTableColumn() != null && pos.getRow() >= 0
                && pos.getRow() < table.getItems().size() && !criterionColumns.isEmpty()) {
            // A click on a measure's name: go to its first value cell, where typing works.
            int row = pos.getRow();
            Platform.runLater(() -> focusCell(row, 0));
            return;
        }
        if (c < 0 || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            vm.focus(null, null);
            return;
        }
        vm.focus(table.getItems().get(pos.getRow()).measureId(), (String) criterionColumns.get(c).getUserData());
    }

    private int criterionIndex(TablePosition<EntryRow, ?> pos) {
        return pos == null || pos.getTableColumn() == null ? -1 : criterionColumns.indexOf(pos.getTableColumn());
    }

    private void keyPressed(KeyEvent e) {
        TablePosition<EntryRow, ?> pos = table.getFocusModel().getFocusedCell();
        int row = pos == null ? -1 : pos.getRow();
        int col = criterionIndex(pos);
        if (row < 0 || col < 0 || table.getItems().isEmpty()) {
            return;
        }
        String measureId = table.getItems().get(row).measureId();
        String criterionId = (String) criterionColumns.get(col).getUserData();
        KeyCode code = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        int digit = digit(code);
        if (digit >= 0 && plain && !e.isShiftDown()) {
            vm.typeDigit(measureId, criterionId, digit);
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && plain) {
            vm.clear(measureId, criterionId);
        } else if (code == KeyCode.F2 || (code == KeyCode.ENTER && e.isShortcutDown())) {
            onNoteRequested.run();
        } else if (code == KeyCode.TAB && plain) {
            moveAcross(row, col, e.isShiftDown() ? -1 : 1);
        } else if (code == KeyCode.ENTER && plain) {
            focusCell(clampRow(row + (e.isShiftDown() ? -1 : 1)), col);
        } else if (code == KeyCode.UP && plain && !e.isShiftDown()) {
            focusCell(clampRow(row - 1), col);
        } else if (code == KeyCode.DOWN && plain && !e.isShiftDown()) {
            focusCell(clampRow(row + 1), col);
        } else if (code == KeyCode.LEFT && plain && !e.isShiftDown()) {
            focusCell(row, Math.max(0, col - 1));
        } else if (code == KeyCode.RIGHT && plain && !e.isShiftDown()) {
            focusCell(row, Math.min(criterionColumns.size() - 1, col + 1));
        } else {
            return;
        }
        e.consume();
    }

    /** Tab: to the next criterion, from the last one to the first of the next measure (Shift+Tab backwards). */
    private void moveAcross(int row, int col, int step) {
        int last = criterionColumns.size() - 1;
        int next = col + step;
        if (next > last) {
            if (row + 1 < table.getItems().size()) {
                focusCell(row + 1, 0);
            }
        } else if (next < 0) {
            if (row > 0) {
                focusCell(row - 1, last);
            }
        } else {
            focusCell(row, next);
        }
    }

    private int clampRow(int row) {
        return Math.max(0, Math.min(table.getItems().size() - 1, row));
    }

    static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    /** Focuses and selects the cell of row {@code row} in criterion column {@code col}. */
    void focusCell(int row, int col) {
        if (criterionColumns.isEmpty() || table.getItems().isEmpty()) {
            return;
        }
        TableColumn<EntryRow, EntryRow> column = criterionColumns.get(col);
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(row);
    }
}
