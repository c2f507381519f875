package org.kaname.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Column widths that keep texts whole. Short texts (a year, an amount, a weight, a direction) are never cut off: their
 * column is at least as wide as its header and its widest cell, measured in the font the table is drawn in, and kept
 * so when the rows or the font change. Long texts (names) wrap in their cells instead of ending in "…", so a row grows
 * rather than hiding the end of a measure's name. The constrained resize policies then give the rest of the width to
 * the other columns, and a table narrower than its whole columns scrolls sideways.
 */
public final class TableColumns {
    /** Cell padding on both sides (Modena: 0.25em + a little air), so a measured text fits with room to spare. */
    private static final double PADDING = 18;
    private static final String WHOLE = "kaname.columnsKeptWhole";
    private static final String WATCHED = "kaname.columnsWatched";
    private static final String REFIT = "kaname.columnsRefit";

    private TableColumns() {
    }

    /**
     * Keeps the given columns at least as wide as their header and every cell's text. Calling it again (a table whose
     * columns are rebuilt) replaces the columns kept whole.
     */
    @SafeVarargs
    public static <S> void keepWhole(TableView<S> table, TableColumn<S, ?>... columns) {
        table.getProperties().put(WHOLE, List.of(columns));
        if (table.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            Runnable fit = () -> fit(table);
            ListChangeListener<S> rows = c -> fit.run();
            table.itemsProperty().addListener((o, a, b) -> {
                if (a != null) {
                    a.removeListener(rows);
                }
                if (b != null) {
                    b.addListener(rows);
                }
                fit.run();
            });
            if (table.getItems() != null) {
                table.getItems().addListener(rows);
            }
            // The font is known only once the stylesheet has been applied (and changes with the theme or projection).
            table.skinProperty().addListener((Observable o) -> fit.run());
            table.sceneProperty().addListener((Observable o) -> fit.run());
        }
        fit(table);
    }

    /** Lets a column's cells wrap their text to the column's width (the row grows) instead of cutting it off. */
    public static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(c -> wrappingCell());
    }

    /**
     * A table cell that shows its item's text wrapped to the column's width. A TableCell's own wrapText does not make
     * the row taller (the row asks its cells for one line's height), so the text is a {@link Text} that wraps at the
     * column's width and gives the cell its height; it takes the cell's font and colour, so selection and the
     * stylesheets (over budget, high contrast) still reach it.
     */
    public static <S> TableCell<S, String> wrappingCell() {
        TableCell<S, String> cell = new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("wrapped-cell-text");
                text.fontProperty().bind(fontProperty());
                text.fillProperty().bind(textFillProperty());
                text.wrappingWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 4));
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty ? null : item);
            }
        };
        cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
        return cell;
    }

    @SuppressWarnings("unchecked")
    private static <S> void fit(TableView<S> table) {
        List<TableColumn<S, ?>> columns = (List<TableColumn<S, ?>>) table.getProperties().get(WHOLE);
        Font font = font(table);
        // Headers are drawn bold (Modena), cells regular.
        Font header = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        for (TableColumn<S, ?> column : columns) {
            double widest = width(column.getText(), header);
            int rows = table.getItems() == null ? 0 : table.getItems().size();
            for (int i = 0; i < rows; i++) {
                Object data = column.getCellData(i);
                if (data != null) {
                    widest = Math.max(widest, width(data.toString(), font));
                }
            }
            double min = Math.ceil(widest + PADDING);
            column.setMinWidth(min);
            if (column.getPrefWidth() < min) {
                column.setPrefWidth(min);
            }
        }
    }

    /**
     * The font the table's cells are drawn in: a header label's, once the skin has laid them out. Until then the
     * default, and the columns are fitted again at the table's first layout, when the stylesheet's font is known.
     */
    private static Font font(TableView<?> table) {
        for (Node n : table.lookupAll(".column-header .label")) {
            if (n instanceof Labeled l) {
                return l.getFont();
            }
        }
        if (table.getProperties().putIfAbsent(REFIT, Boolean.TRUE) == null) {
            table.widthProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    if (!table.lookupAll(".column-header .label").isEmpty()) {
                        table.widthProperty().removeListener(this);
                        table.getProperties().remove(REFIT);
                        javafx.application.Platform.runLater(() -> fit(table));
                    }
                }
            });
        }
        return Font.getDefault();
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(font);
        return measured.getLayoutBounds().getWidth();
    }
}
