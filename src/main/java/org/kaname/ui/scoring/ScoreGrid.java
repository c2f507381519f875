package org.kaname.ui.scoring;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.ui.grid.CriterionColumns;
import org.kaname.ui.grid.CriterionGridKeys;

/**
 * The measures × criteria table with spreadsheet keys. Cells are never in an "editing" state: a digit sets the
 * focused cell's value at once, Delete/Backspace clears it, arrows/Tab/Enter move (staying inside the criterion
 * columns), F2 or Ctrl+Enter asks for the rationale editor. Everything the keys do goes through the view model.
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
        group.setPrefWidth(150);
        group.setMinWidth(90);
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().firstOfGroup() ? c.getValue().groupTitle() : ""));
        group.setCellFactory(c -> textCell("group-cell"));
        TableColumn<ScoringRow, String> measure = new TableColumn<>(messages.get("column.measure"));
        measure.setId("measureColumn");
        measure.setSortable(false);
        measure.setPrefWidth(230);
        measure.setMinWidth(140);
        measure.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        measure.setCellFactory(c -> textCell("measure-cell"));
        table.getColumns().add(group);
        table.getColumns().add(measure);
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
