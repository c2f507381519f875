package org.kaname.sheets;

import java.util.ArrayList;
import java.util.List;

/**
 * Where things are on a score sheet. The entry sheet has one row per measure × criterion, measures in plan order and
 * each measure's criteria below it, so a department reads a measure once and scores it criterion by criterion
 * top-down — the way a paper 評価調書 is filled in — and every score sits next to its rationale. The control sheet
 * {@value #META_SHEET} records which measure and criterion each row is, so a collected sheet is read by the order it
 * was written in, not by the plan's current order.
 */
public final class SheetLayout {
    public static final String META_SHEET = "_kaname";
    public static final String FORMAT = "kaname-score-sheet";
    public static final int VERSION = 1;

    static final int TITLE_ROW = 0;
    static final int INSTRUCTIONS_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_DATA_ROW = 3;

    static final int COL_MEASURE = 0;
    static final int COL_GROUP = 1;
    static final int COL_TITLE = 2;
    static final int COL_DESCRIPTION = 3;
    static final int COL_CRITERION_ID = 4;
    static final int COL_CRITERION = 5;
    static final int COL_SCORE = 6;
    static final int COL_NOTE = 7;
    static final int COLUMNS = 8;

    /** The header keys in column order. */
    static final List<String> HEADER_KEYS = List.of("sheet.header.measure", "sheet.header.group",
            "sheet.header.title", "sheet.header.description", "sheet.header.criterionId", "sheet.header.criterion",
            "sheet.header.score", "sheet.header.note");

    /** Widths in characters of Excel's default font; a Japanese character counts about two. */
    static final int[] WIDTHS = {9, 18, 22, 44, 11, 20, 7, 46};

    /** One measure × criterion row of the entry sheet (0-based row index). */
    public record Cell(int row, String measure, String criterion) {
    }

    private final List<String> measures;
    private final List<String> criteria;

    public SheetLayout(List<String> measures, List<String> criteria) {
        this.measures = List.copyOf(measures);
        this.criteria = List.copyOf(criteria);
    }

    public List<String> measures() {
        return measures;
    }

    public List<String> criteria() {
        return criteria;
    }

    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        int row = FIRST_DATA_ROW;
        for (String m : measures) {
            for (String c : criteria) {
                cells.add(new Cell(row++, m, c));
            }
        }
        return cells;
    }

    /** An A1-style address such as {@code G4} for a 0-based row and column. */
    static String address(int row, int column) {
        return new org.apache.poi.ss.util.CellReference(row, column).formatAsString(false);
    }
}
