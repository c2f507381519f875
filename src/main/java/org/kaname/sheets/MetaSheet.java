package org.kaname.sheets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.kaname.i18n.Messages;

/**
 * The control sheet {@value SheetLayout#META_SHEET} of a returned workbook, read: its rows as key and values (column
 * A the key of {@link MetaKeys}, B and C the values), or the first formula found in them. {@link #identity} checks
 * what every Kaname input workbook records the same way: its format, the version of that format and the fingerprint
 * of the plan it was written for.
 */
record MetaSheet(List<Entry> entries, SheetProblem formula) {
    /** One row: its key, the values in B and C, and its 0-based row index. */
    record Entry(String key, String value, String extra, int row) {
    }

    MetaSheet {
        entries = List.copyOf(entries);
    }

    static MetaSheet read(Path file, Sheet sheet, SheetCells cells) {
        List<Entry> entries = new ArrayList<>();
        for (Row row : sheet) {
            SheetProblem formula = cells.formulaIn(file, sheet.getSheetName(), row, row.getRowNum(), 0, 1, 2);
            if (formula != null) {
                return new MetaSheet(entries, formula);
            }
            entries.add(new Entry(cells.text(row.getCell(0)), cells.text(row.getCell(1)), cells.text(row.getCell(2)),
                    row.getRowNum()));
        }
        return new MetaSheet(entries, null);
    }

    /** The first entry of {@code key}; one with empty values at {@code defaultRow} if there is none. */
    Entry first(String key, int defaultRow) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElse(new Entry(key, "", "", defaultRow));
    }

    /** The value of the first entry of {@code key}, else {@code otherwise}. */
    String value(String key, String otherwise) {
        return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst().orElse(otherwise);
    }

    List<Entry> all(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).toList();
    }

    /**
     * Why this is not a workbook of {@code format}, {@code version}, written for a plan of {@code fingerprint}, or
     * null if it is. The messages are {@code prefix + "problem.notSheet"}, {@code "problem.version"} and
     * {@code "problem.otherPlan"}, so each kind of workbook names itself.
     */
    SheetProblem identity(Path file, String format, int version, String fingerprint, Messages messages,
                          String prefix) {
        if (formula != null) {
            return formula;
        }
        Entry f = first(MetaKeys.FORMAT, 0);
        if (!format.equals(f.value())) {
            return problem(file, f, messages.get(prefix + "problem.notSheet", f.value()));
        }
        Entry v = first(MetaKeys.VERSION, 1);
        if (!String.valueOf(version).equals(v.value())) {
            return problem(file, v, messages.get(prefix + "problem.version", v.value()));
        }
        Entry p = first(MetaKeys.FINGERPRINT, 2);
        if (!fingerprint.equals(p.value())) {
            return problem(file, p, messages.get(prefix + "problem.otherPlan"));
        }
        return null;
    }

    private static SheetProblem problem(Path file, Entry e, String reason) {
        return new SheetProblem(file, SheetLayout.META_SHEET, SheetLayout.address(e.row(), 1), reason);
    }
}
