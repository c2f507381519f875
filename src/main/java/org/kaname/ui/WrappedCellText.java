package org.kaname.ui;

import javafx.application.Platform;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * What a table cell draws to show its whole text wrapped at its column's width. A TableCell's own wrapText does not
 * make the row taller (the row asks its cells for one line's height), so the text is a {@link Text} that wraps at
 * the cell's width and gives the cell its height; it takes the cell's font and colour, so selection and the
 * stylesheets (over budget, high contrast) still reach it. Used by {@link TableColumns#wrappingCell} and by editable
 * cells that show their text this way while not being edited.
 */
public final class WrappedCellText {
    private final Text text = new Text();
    private final TableCell<?, ?> cell;
    private boolean updating;

    public WrappedCellText(TableCell<?, ?> cell) {
        this.cell = cell;
        text.getStyleClass().add("wrapped-cell-text");
        text.fontProperty().bind(cell.fontProperty());
        text.fillProperty().bind(cell.textFillProperty());
        text.wrappingWidthProperty().bind(cell.widthProperty()
                .subtract(cell.snappedLeftInset() + cell.snappedRightInset() + 4));
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A column that narrows wraps the text onto more lines while the row lays out its cells, and the row's
        // request for a new height is lost in that layout (the table keeps the row's old height, a line short): ask
        // again once the layout is done.
        text.layoutBoundsProperty().addListener((o, before, now) -> {
            if (!updating && before.getHeight() != now.getHeight()) {
                Platform.runLater(() -> {
                    if (cell.getTableRow() != null) {
                        cell.getTableRow().requestLayout();
                    }
                });
            }
        });
    }

    /**
     * Shows {@code item} wrapped, or nothing for an empty cell. The cell's own text stays set (lookups, screen
     * readers); only the wrapped Text is drawn.
     */
    public void show(String item, boolean empty) {
        boolean none = empty || item == null || item.isEmpty();
        cell.setText(empty ? null : item);
        updating = true;
        text.setText(none ? "" : item);
        updating = false;
        cell.setGraphic(none ? null : text);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }
}
