package org.kaname.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
    /** How many of a column's longest texts are measured. */
    private static final int MEASURED = 24;
    private static final String WHOLE = "kaname.columnsKeptWhole";
    private static final String WATCHED = "kaname.columnsWatched";
    private static final String REFIT = "kaname.columnsRefit";
    private static final String HEADERS = "kaname.headersKeptWhole";
    private static final String TEXT = "kaname.measuredText";

    private TableColumns() {
    }

    /**
     * Keeps the given columns at least as wide as their header and every cell's text. Calling it again (a table whose
     * columns are rebuilt) replaces the columns kept whole.
     */
    @SafeVarargs
    public static <S> void keepWhole(TableView<S> table, TableColumn<S, ?>... columns) {
        table.getProperties().put(WHOLE, List.of(columns));
        watch(table);
    }

    /** Fits the table's columns now and again whenever its rows, skin or scene change. */
    private static <S> void watch(TableView<S> table) {
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
            table.skinProperty().addListener((Observable o) -> javafx.application.Platform.runLater(fit));
            table.sceneProperty().addListener((Observable o) -> fit.run());
        }
        fit(table);
    }

    /**
     * Keeps only the headers of the given columns whole: their cells wrap (see {@link #wrap}), so a long direction or
     * name does not widen the column, but the header never reads "Dire…".
     */
    @SafeVarargs
    public static <S> void keepHeadersWhole(TableView<S> table, TableColumn<S, ?>... columns) {
        table.getProperties().put(HEADERS, List.of(columns));
        watch(table);
    }

    /**
     * The text a column's cells show, for a column whose cell value is not that text (a row object drawn by its own
     * cell, such as a tier label): measured instead of the value.
     */
    public static <S> void measuredAs(TableColumn<S, ?> column, java.util.function.Function<S, String> text) {
        column.getProperties().put(TEXT, text);
    }

    /** Lets a column's cells wrap their text to the column's width (the row grows) instead of cutting it off. */
    public static <S> void wrap(TableColumn<S, String> column) {
        column.setCellFactory(c -> wrappingCell());
    }

    /** A table cell that shows its item's text wrapped to the column's width ({@link WrappedCellText}). */
    public static <S> TableCell<S, String> wrappingCell() {
        return new TableCell<>() {
            private final WrappedCellText wrapped = new WrappedCellText(this);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                wrapped.show(item, empty);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <S> void fit(TableView<S> table) {
        List<TableColumn<S, ?>> columns = (List<TableColumn<S, ?>>) table.getProperties().getOrDefault(WHOLE, List.of());
        List<TableColumn<S, ?>> headers = (List<TableColumn<S, ?>>) table.getProperties().getOrDefault(HEADERS, List.of());
        Font font = font(table);
        // Headers are drawn bold (Modena), cells regular.
        Font header = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        boolean changed = false;
        for (TableColumn<S, ?> column : headers) {
            double min = Math.ceil(width(column.getText(), header) + PADDING);
            column.setMinWidth(min);
            column.setPrefWidth(Math.max(min, column.getPrefWidth()));
        }
        for (TableColumn<S, ?> column : columns) {
            double widest = width(column.getText(), header);
            for (String text : longest(table, column)) {
                // Bold, as the header and the tier labels are: a little room to spare in a regular cell.
                widest = Math.max(widest, width(text, header));
            }
            double min = Math.ceil(widest + PADDING);
            if (column.getMinWidth() != min) {
                column.setMinWidth(min);
                changed = true;
            }
            // The constrained policy shares the width out by preferred widths: one below its minimum would be
            // clamped up afterwards, and the columns end wider than the table.
            if (column.getPrefWidth() < min) {
                column.setPrefWidth(min);
                changed = true;
            }
        }
        if (changed && !table.getColumns().isEmpty() && table.getWidth() > 0) {
            // A column widened to its new minimum is not given back by the others until the policy runs again, as
            // the skin runs it when the table's width changes (no column, no delta: fit them all).
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures<>(table, null, 0.0));
        }
    }

    /**
     * The font the table's cells are drawn in: a header label's, once the skin has laid them out. Until then the
     * default, and the columns are fitted again at the table's first layout, when the stylesheet's font is known.
     */
    private static Font font(TableView<?> table) {
        if (table.getScene() != null) {
            table.applyCss(); // the header's font comes from the stylesheets, theme and projection size
        }
        Font found = null;
        // The larger of the headers' and the cells' fonts: a screen's stylesheet may set its cells larger.
        for (String selector : new String[] {".column-header .label", ".table-cell"}) {
            for (Node n : table.lookupAll(selector)) {
                if (n instanceof Labeled l && (found == null || l.getFont().getSize() > found.getSize())) {
                    found = l.getFont();
                }
            }
        }
        if (found != null && !table.lookupAll(".column-header .label").isEmpty()) {
            return found;
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

    /**
     * The column's longest texts by length, which are the widest ones but for the odd narrow character: measuring
     * them, not all 2,000 rows, keeps a re-ranking cheap.
     */
    private static <S> List<String> longest(TableView<S> table, TableColumn<S, ?> column) {
        int rows = table.getItems() == null ? 0 : table.getItems().size();
        @SuppressWarnings("unchecked")
        java.util.function.Function<S, String> shown = (java.util.function.Function<S, String>) column.getProperties().get(TEXT);
        java.util.PriorityQueue<String> top = new java.util.PriorityQueue<>(java.util.Comparator.comparingInt(String::length));
        for (int i = 0; i < rows; i++) {
            Object data = shown != null ? shown.apply(table.getItems().get(i)) : column.getCellData(i);
            if (data instanceof CharSequence || data instanceof Number) {
                top.add(data.toString());
                if (top.size() > MEASURED) {
                    top.poll();
                }
            }
        }
        return List.copyOf(top);
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
