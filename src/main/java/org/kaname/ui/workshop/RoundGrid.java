package org.kaname.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.ui.grid.CriterionColumns;
import org.kaname.ui.grid.CriterionGridKeys;

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
    private final CriterionGridKeys<EntryRow> keys;

    RoundGrid(WorkshopViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        table.setId("roundGrid");
        table.getStyleClass().add("round-grid");
        table.setAccessibleText(messages.get("grid.accessible"));
        table.setTooltip(new Tooltip(messages.get("grid.help")));
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(messages.get("grid.empty")));
        rebuildColumns();
        vm.criteria().addListener((ListChangeListener<Criterion>) c -> rebuildColumns());
        vm.revisionProperty().addListener((o, a, b) -> table.refresh());
        keys = CriterionGridKeys.install(table, criterionColumns, EntryRow::measureId, vm);
    }

    TableView<EntryRow> table() {
        return table;
    }

    void setOnNoteRequested(Runnable action) {
        keys.setOnNoteRequested(action);
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
        TableColumn<EntryRow, String> results = resultsColumn();
        int resultsAt = resultsPosition();
        if (resultsAt < 0) {
            table.getColumns().add(results);
        }
        int index = 0;
        for (Criterion criterion : vm.criteria()) {
            if (index++ == resultsAt) {
                table.getColumns().add(results);
            }
            TableColumn<EntryRow, EntryRow> col = CriterionColumns.of(criterion, messages.get("column.scale",
                    criterion.scale().min(), criterion.scale().max()), "round-criterion-" + criterion.id(), 84, 56,
                    c -> new ValueCell(criterion.id()));
            criterionColumns.add(col);
            table.getColumns().add(col);
        }
    }

    /**
     * Where the indicator results go: before 客観的根拠の有無 (or else 即効性), the criteria they inform, else right after
     * the measure (-1).
     */
    private int resultsPosition() {
        List<Criterion> criteria = vm.criteria();
        for (String word : List.of("客観的根拠", "即効性", "evidence", "speed")) {
            for (int i = 0; i < criteria.size(); i++) {
                Criterion c = criteria.get(i);
                if (c.name().contains(word) || c.id().equalsIgnoreCase(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** 指標の実績: each measure's latest indicator results, shown while the toggle is on. */
    private TableColumn<EntryRow, String> resultsColumn() {
        IndicatorFeedback feedback = vm.feedback();
        TableColumn<EntryRow, String> c = new TableColumn<>(messages.get("column.results"));
        c.setId("roundResultsColumn");
        c.setSortable(false);
        c.setPrefWidth(150);
        c.setMinWidth(100);
        c.visibleProperty().bind(feedback.shownProperty());
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(feedback.text(d.getValue().measureId())));
        c.setCellFactory(col -> {
            TableCell<EntryRow, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    EntryRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    String long_ = row == null ? null : feedback.description(row.measureId());
                    setTooltip(long_ == null ? null : new Tooltip(long_));
                    setAccessibleText(long_);
                }
            };
            cell.setWrapText(true);
            cell.getStyleClass().add("results-cell");
            return cell;
        });
        feedback.revisionProperty().addListener((o, a, b) -> table.refresh());
        return c;
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

    /** Focuses and selects the cell of row {@code row} in criterion column {@code col}. */
    void focusCell(int row, int col) {
        keys.focusCell(row, col);
    }
}
