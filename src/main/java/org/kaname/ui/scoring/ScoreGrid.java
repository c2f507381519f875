package org.kaname.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.ui.ShortTitles;
import org.kaname.ui.TableColumns;
import org.kaname.ui.grid.CriterionColumns;
import org.kaname.ui.grid.CriterionGridKeys;

/**
 * The measures × criteria table with spreadsheet keys. Cells are never in an "editing" state: a digit sets the
 * focused cell's value at once, Delete/Backspace clears it, arrows/Tab/Enter move (staying inside the criterion
 * columns), F2 or Ctrl+Enter asks for the rationale editor. Ctrl+C and Ctrl+V copy and paste a block of cells as
 * Excel does (Shift+arrows or dragging selects a block). Everything the keys do goes through the view model.
 */
final class ScoreGrid {
    private final ScoringViewModel vm;
    private final Messages messages;
    private final TableView<ScoringRow> table = new TableView<>();
    private final List<TableColumn<ScoringRow, ScoringRow>> criterionColumns = new ArrayList<>();
    private final CriterionGridKeys<ScoringRow> keys;

    ScoreGrid(ScoringViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        table.setId("scoreGrid");
        table.getStyleClass().add("score-grid");
        table.setAccessibleText(messages.get("grid.accessible"));
        table.setTooltip(new Tooltip(messages.get("grid.help")));
        table.setItems(vm.rows());
        // Columns share the width: every criterion stays in view even in a narrow window (text wraps).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("grid.empty")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ScoringRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("group-start"),
                        !empty && row != null && row.firstOfGroup());
            }
        });
        rebuildColumns();
        vm.criteria().addListener((ListChangeListener<Criterion>) c -> rebuildColumns());
        vm.revisionProperty().addListener((o, a, b) -> table.refresh());
        keys = CriterionGridKeys.install(table, criterionColumns, ScoringRow::measureId, vm);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::clipboardKeys);
        MenuItem copy = new MenuItem(messages.get("menu.copy"));
        copy.setId("copyCells");
        copy.setOnAction(e -> copy());
        MenuItem paste = new MenuItem(messages.get("menu.paste"));
        paste.setId("pasteCells");
        paste.setOnAction(e -> paste());
        table.setContextMenu(new ContextMenu(copy, paste));
    }

    private void clipboardKeys(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        if (e.getCode() == KeyCode.V) {
            paste();
            e.consume();
        } else if (e.getCode() == KeyCode.C) {
            copy();
            e.consume();
        }
    }

    /**
     * The block of criterion cells selected: top row, left criterion column, bottom row, right criterion column (the
     * rectangle around the selection, as Excel copies); the focused cell when none is selected; null when neither.
     */
    private int[] selectedBlock() {
        int top = Integer.MAX_VALUE;
        int left = Integer.MAX_VALUE;
        int bottom = -1;
        int right = -1;
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            int c = criterionColumns.indexOf(p.getTableColumn());
            if (c >= 0 && p.getRow() >= 0 && p.getRow() < table.getItems().size()) {
                top = Math.min(top, p.getRow());
                bottom = Math.max(bottom, p.getRow());
                left = Math.min(left, c);
                right = Math.max(right, c);
            }
        }
        if (bottom >= 0) {
            return new int[] {top, left, bottom, right};
        }
        TablePosition<?, ?> f = table.getFocusModel().getFocusedCell();
        int c = f == null ? -1 : criterionColumns.indexOf(f.getTableColumn());
        return c < 0 || f.getRow() < 0 || f.getRow() >= table.getItems().size() ? null
                : new int[] {f.getRow(), c, f.getRow(), c};
    }

    /** Puts the selected block on the clipboard as tab-separated text. */
    void copy() {
        int[] b = selectedBlock();
        if (b == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.copy(b[0], b[1], b[2], b[3]));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Pastes the clipboard's text with its top-left on the selection's top-left cell; selects what was pasted. */
    void paste() {
        int[] b = selectedBlock();
        if (b == null) {
            return;
        }
        String text = Clipboard.getSystemClipboard().getString();
        if (vm.paste(b[0], b[1], text)) {
            java.util.List<java.util.List<String>> block = ScoreBlock.parse(text);
            int bottom = b[0] + block.size() - 1;
            int right = b[1] + block.stream().mapToInt(java.util.List::size).max().orElse(1) - 1;
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(b[0], criterionColumns.get(b[1]), bottom,
                    criterionColumns.get(right));
            table.getFocusModel().focus(b[0], criterionColumns.get(b[1]));
        }
    }

    TableView<ScoringRow> table() {
        return table;
    }

    void setOnNoteRequested(Runnable action) {
        keys.setOnNoteRequested(action);
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        criterionColumns.clear();
        TableColumn<ScoringRow, String> group = new TableColumn<>(messages.get("column.group"));
        group.setId("groupColumn");
        group.setSortable(false);
        group.setPrefWidth(90);
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().firstOfGroup() ? ShortTitles.of(c.getValue().groupTitle()) : ""));
        group.setCellFactory(c -> {
            TableCell<ScoringRow, String> cell = textCell("group-cell");
            // The short label shows; the whole title is its tooltip and what a screen reader says.
            cell.itemProperty().addListener((o, was, item) -> {
                ScoringRow row = cell.getTableRow() == null ? null : cell.getTableRow().getItem();
                boolean shown = item != null && !item.isEmpty() && row != null;
                cell.setTooltip(shown ? new Tooltip(row.groupTitle()) : null);
                cell.setAccessibleText(shown ? row.groupTitle() : null);
            });
            return cell;
        });
        TableColumn<ScoringRow, String> measure = new TableColumn<>(messages.get("column.measure"));
        measure.setId("measureColumn");
        measure.setSortable(false);
        measure.setPrefWidth(230);
        measure.setMinWidth(140);
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        measure.setCellFactory(c -> {
            // Wrapped to the column's width, the row growing for a third line (a Labeled's wrap would cut it off).
            TableCell<ScoringRow, String> cell = TableColumns.wrappingCell();
            cell.getStyleClass().add("measure-cell");
            cell.itemProperty().addListener((o, was, item) ->
                    cell.setTooltip(item == null || item.isEmpty() ? null : new Tooltip(item)));
            return cell;
        });
        table.getColumns().add(group);
        table.getColumns().add(measure);
        TableColumns.keepWhole(table, group);
        for (Criterion criterion : vm.criteria()) {
            TableColumn<ScoringRow, ScoringRow> col = CriterionColumns.of(criterion, messages.get("column.scale",
                    criterion.scale().min(), criterion.scale().max()), "criterion-" + criterion.id(), 112, 76,
                    c -> new ScoreTableCell(criterion.id()));
            criterionColumns.add(col);
            table.getColumns().add(col);
        }
    }

    private static TableCell<ScoringRow, String> textCell(String styleClass) {
        TableCell<ScoringRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        };
        cell.getStyleClass().add(styleClass);
        cell.setWrapText(true);
        return cell;
    }

    /** A score cell: the value (or mean and spread), ※ for a rationale, a warning icon where raters disagree. */
    private final class ScoreTableCell extends TableCell<ScoringRow, ScoringRow> {
        private final String criterionId;

        ScoreTableCell(String criterionId) {
            this.criterionId = criterionId;
            getStyleClass().add("score-cell");
        }

        @Override
        protected void updateItem(ScoringRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("disagreement", "has-note", "consensus", "refused");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                setTooltip(null);
                return;
            }
            ScoreCell cell = vm.cell(row.measureId(), criterionId);
            String text = cell.text() + (cell.hasNote() ? " ※" : "");
            setText(cell.detail().isEmpty() ? text : text + "\n" + cell.detail());
            setGraphic(cell.disagreement() ? warningIcon() : null);
            if (cell.hasProblem()) {
                // A refused value is said in the cell, under the value kept (scoring.css), as well as in its tooltip
                // and spoken text.
                Label mark = new Label(cell.problemShort());
                mark.getStyleClass().add("refused-mark");
                setGraphic(cell.disagreement() ? new javafx.scene.layout.HBox(4, warningIcon(), mark) : mark);
            }
            setAccessibleText(cell.description());
            setTooltip(new Tooltip(cell.description()));
            if (cell.disagreement()) {
                getStyleClass().add("disagreement");
            }
            if (cell.hasNote()) {
                getStyleClass().add("has-note");
            }
            if (!cell.detail().isEmpty()) {
                getStyleClass().add("consensus");
            }
            if (cell.hasProblem()) {
                getStyleClass().add("refused");
            }
        }
    }

    /** A warning triangle drawn as a shape, so it shows whatever font is installed. */
    static SVGPath warningIcon() {
        SVGPath icon = new SVGPath();
        icon.setContent("M8 0 L16 14 L0 14 Z M7 4.5 H9 V9.5 H7 Z M7 10.5 H9 V12.5 H7 Z");
        icon.setFillRule(FillRule.EVEN_ODD);
        icon.getStyleClass().add("warning-icon");
        return icon;
    }

    /** Focuses and selects the cell of row {@code row} in criterion column {@code col}. */
    void focusCell(int row, int col) {
        keys.focusCell(row, col);
    }
}
