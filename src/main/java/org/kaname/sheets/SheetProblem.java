package org.kaname.sheets;

import java.nio.file.Path;

/**
 * One reason a score file (or part of it) cannot be taken as it is: where — file, sheet and cell address such as
 * {@code 記入!G7}, or a JSON pointer for a score file — and why, in the collector's language. {@code sheet} and
 * {@code cell} are empty when the problem concerns the whole file.
 */
public record SheetProblem(Path file, String sheet, String cell, String reason) {
    public SheetProblem {
        sheet = sheet == null ? "" : sheet;
        cell = cell == null ? "" : cell;
    }

    /** {@code sheet!cell}, the cell alone, the sheet alone or empty: what a person looks for in the file. */
    public String location() {
        if (sheet.isEmpty()) {
            return cell;
        }
        return cell.isEmpty() ? sheet : sheet + "!" + cell;
    }
}
