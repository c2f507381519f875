package org.kaname.ui.grid;

import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet keys for a table of measures × criterion columns, shared by every grid where scores are typed (the
 * scoring screen, a workshop round). Cells are never in an "editing" state: a digit sets the focused cell's value at
 * once, Delete/Backspace clears it, arrows/Tab/Enter move (staying inside the criterion columns), F2 or Ctrl+Enter
 * asks for the rationale editor. What a key means for the scores is left to {@link ScoreEntry}.
 *
 * @param <R> the table's row type
 */
public final class CriterionGridKeys<R> {
    /** What the keys do to the scores, cell by cell (measure id × criterion id); implemented by the view models. */
    public interface ScoreEntry {
        /** The focused cell moved; both ids are null when no score cell has focus. */
        void focus(String measureId, String criterionId);

        /** A digit typed into the cell; false when refused (the view model says why). */
        boolean typeDigit(String measureId, String criterionId, int digit);

        /** Delete or Backspace on the cell; false when refused. */
        boolean clear(String measureId, String criterionId);
    }

    private final TableView<R> table;
    private final List<? extends TableColumn<R, ?>> criterionColumns;
    private final Function<R, String> measureOf;
    private final ScoreEntry entry;
    private Runnable onNoteRequested = () -> { };

    private CriterionGridKeys(TableView<R> table, List<? extends TableColumn<R, ?>> criterionColumns,
                              Function<R, String> measureOf, ScoreEntry entry) {
        this.table = table;
        this.criterionColumns = criterionColumns;
        this.measureOf = measureOf;
        this.entry = entry;
    }

    /**
     * Puts the keys on {@code table}. {@code criterionColumns} is the live list of the criterion columns in order
     * (the caller may rebuild it in place when the criteria change); each column's {@code userData} is its criterion id.
     * {@code measureOf} gives a row's measure id.
     */
    public static <R> CriterionGridKeys<R> install(TableView<R> table,
                                                   List<? extends TableColumn<R, ?>> criterionColumns,
                                                   Function<R, String> measureOf,
                                                   ScoreEntry entry) {
        CriterionGridKeys<R> keys = new CriterionGridKeys<>(table, criterionColumns, measureOf, entry);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getFocusModel().focusedCellProperty().addListener((o, a, pos) -> keys.focusChanged(pos));
        table.focusedProperty().addListener((o, a, focused) -> {
            if (focused && keys.criterionIndex(table.getFocusModel().getFocusedCell()) < 0) {
                keys.focusCell(Math.max(0, table.getFocusModel().getFocusedIndex()), 0);
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, keys::keyPressed);
        return keys;
    }

    public void setOnNoteRequested(Runnable action) {
        onNoteRequested = action;
    }

    private void focusChanged(TablePosition<R, ?> pos) {
        int c = criterionIndex(pos);
        if (c < 0 && pos != null && pos.getTableColumn() != null && pos.getRow() >= 0
                && pos.getRow() < table.getItems().size() && !criterionColumns.isEmpty()) {
            // A click on a measure's name: go to its first score cell, where typing works.
            int row = pos.getRow();
            Platform.runLater(() -> focusCell(row, 0));
            return;
        }
        if (c < 0 || pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
            entry.focus(null, null);
            return;
        }
        entry.focus(measureOf.apply(table.getItems().get(pos.getRow())), criterionId(c));
    }

    private String criterionId(int col) {
        return (String) criterionColumns.get(col).getUserData();
    }

    private int criterionIndex(TablePosition<R, ?> pos) {
        return pos == null || pos.getTableColumn() == null ? -1 : criterionColumns.indexOf(pos.getTableColumn());
    }

    private void keyPressed(KeyEvent e) {
        TablePosition<R, ?> pos = table.getFocusModel().getFocusedCell();
        int row = pos == null ? -1 : pos.getRow();
        int col = criterionIndex(pos);
        if (row < 0 || col < 0 || table.getItems().isEmpty()) {
            return;
        }
        String measureId = measureOf.apply(table.getItems().get(row));
        String criterionId = criterionId(col);
        KeyCode code = e.getCode();
        boolean plain = !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        int digit = digit(code);
        if (digit >= 0 && plain && !e.isShiftDown()) {
            entry.typeDigit(measureId, criterionId, digit);
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && plain) {
            entry.clear(measureId, criterionId);
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

    /** The digit a key types (main row or keypad), or −1. */
    public static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    /** Focuses and selects the cell of row {@code row} in criterion column {@code col}, scrolling only as needed. */
    public void focusCell(int row, int col) {
        if (criterionColumns.isEmpty() || table.getItems().isEmpty()) {
            return;
        }
        TableColumn<R, ?> column = criterionColumns.get(col);
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow != null) {
            flow.scrollTo(row);
        } else {
            table.scrollTo(row);
        }
    }
}
