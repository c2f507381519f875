package org.kaname.ui.grid;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.TextAlignment;
import javafx.util.Callback;
import org.kaname.model.Criterion;

/**
 * A criterion's column in a score grid: a two-line header (name, then the scale) with the definition as tooltip,
 * the criterion's id as {@code userData} (what {@link CriterionGridKeys} reads), fixed order, no sorting; each cell
 * gets the whole row and draws the value itself.
 */
public final class CriterionColumns {
    private CriterionColumns() {
    }

    public static <R> TableColumn<R, R> of(Criterion criterion, String scaleText, String id, double prefWidth,
                                           double minWidth, Callback<TableColumn<R, R>, TableCell<R, R>> cells) {
        TableColumn<R, R> col = new TableColumn<>();
        Label header = new Label(criterion.name() + "\n" + scaleText);
        header.setWrapText(true);
        header.setTextAlignment(TextAlignment.CENTER);
        // Column headers size to one line of text; long criterion names need room for two, plus the scale.
        header.setMinHeight(64);
        header.setPrefHeight(64);
        header.setTooltip(new Tooltip(criterion.description()));
        col.setGraphic(header);
        col.setId(id);
        col.setUserData(criterion.id());
        col.setSortable(false);
        col.setReorderable(false);
        col.setPrefWidth(prefWidth);
        col.setMinWidth(minWidth);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(cells);
        return col;
    }
}
