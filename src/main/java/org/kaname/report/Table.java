package org.kaname.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to print: columns with relative widths and alignment, and rows of cell texts. {@link TableRenderer}
 * repeats the header rows on every page the table spans and moves a row that does not fit to the next page whole.
 */
final class Table {
    enum Align { LEFT, RIGHT, CENTER }

    record Column(String header, float weight, Align align) {
        static Column left(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        static Column right(String header, float weight) {
            return new Column(header, weight, Align.RIGHT);
        }

        static Column centre(String header, float weight) {
            return new Column(header, weight, Align.CENTER);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private float fontSize = Styles.TABLE;

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    static Table of(Column... columns) {
        return new Table(List.of(columns));
    }

    Table row(String... cells) {
        return row(List.of(cells));
    }

    Table row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("a row needs " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    Table fontSize(float size) {
        fontSize = size;
        return this;
    }

    List<Column> columns() {
        return columns;
    }

    List<List<String>> rows() {
        return rows;
    }

    float fontSize() {
        return fontSize;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }
}
