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
    /** Fills of whole columns (label columns of a form, the evaluation year), by column index; null: none. */
    private java.awt.Color[] fills;
    private boolean headerless;
    /** Line spacing within a cell, as a multiple of the font size. */
    private float lineSpacing = DEFAULT_LINE_SPACING;
    /** The report's tables: 8 pt type on 11.6 pt lines. */
    static final float DEFAULT_LINE_SPACING = 1.45f;

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

    /** Sets the line spacing within a cell (a form that must fit one page sets its lines closer). */
    Table lineSpacing(float factor) {
        lineSpacing = factor;
        return this;
    }

    float lineSpacing() {
        return lineSpacing;
    }

    /** Fills the body cells of {@code column} with {@code colour} (a form's label column, a highlighted year). */
    Table fill(int column, java.awt.Color colour) {
        if (fills == null) {
            fills = new java.awt.Color[columns.size()];
        }
        fills[column] = colour;
        return this;
    }

    /** The fill of {@code column}'s body cells; null for none. */
    java.awt.Color fill(int column) {
        return fills == null ? null : fills[column];
    }

    /** A table without a header row: a form's label–value grid, whose labels are a filled column. */
    Table headerless() {
        headerless = true;
        return this;
    }

    boolean isHeaderless() {
        return headerless;
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
