package org.kaname.ui.sheets;

/** One problem as the report table shows it: file name, sheet, cell address (or JSON pointer) and reason. */
public record ProblemRow(String file, String sheet, String cell, String reason) {
}
