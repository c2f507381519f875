package org.kaname.ui.history;

import javafx.scene.control.TableColumn;

/** The widths of the history window's text columns, the same in its three tables. */
final class HistoryColumns {
    private HistoryColumns() {
    }

    /** A text column {@code width} wide that may narrow to 60 px, so the window's every column stays in view. */
    static <S> TableColumn<S, String> sized(TableColumn<S, String> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        return column;
    }

    /** As {@link #sized}, for numbers (aligned right). */
    static <S> TableColumn<S, String> number(TableColumn<S, String> column, double width) {
        sized(column, width).getStyleClass().add("number-column");
        return column;
    }
}
