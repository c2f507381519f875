package org.kaname.sheets;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.kaname.i18n.Messages;

/**
 * Reading the cells of a returned workbook, as the score and actuals readers both do: a cell's text as Excel shows
 * it, and no value ever taken from a formula — a formula's cached result is what Excel last computed, perhaps from
 * another workbook (an external reference) or never (a formula written by another program has no result, which POI
 * reads as 0), so a formula where a value belongs is a problem naming the cell.
 */
final class SheetCells {
    /** Texts from a sheet quoted in a message are cut to this many characters. */
    static final int QUOTE_LENGTH = 60;

    private final Messages messages;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    SheetCells(Messages messages) {
        this.messages = messages;
    }

    DataFormatter formatter() {
        return formatter;
    }

    /** A cell's text as shown, stripped; empty for no cell. Callers have refused formulas first. */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return formatter.formatCellValue(cell).strip();
    }

    static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** The first of {@code columns} of {@code row} holding a formula, as a problem; null if none does. */
    SheetProblem formulaIn(Path file, String sheet, Row row, int rowIndex, int... columns) {
        if (row == null) {
            return null;
        }
        for (int c : columns) {
            Cell cell = row.getCell(c);
            if (isFormula(cell)) {
                return formulaProblem(file, sheet, SheetLayout.address(rowIndex, c), cell);
            }
        }
        return null;
    }

    SheetProblem formulaProblem(Path file, String sheet, String address, Cell cell) {
        String formula;
        try {
            formula = cell.getCellFormula();
        } catch (RuntimeException e) {
            formula = "";
        }
        return new SheetProblem(file, sheet, address, messages.get("problem.formula", quote(formula)));
    }

    /** {@code s} as quoted in a message: one line, at most {@value #QUOTE_LENGTH} characters. */
    static String quote(String s) {
        String line = s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
        return line.length() <= QUOTE_LENGTH ? line : CellText.fit(line, QUOTE_LENGTH, "…");
    }
}
