package org.kaname.sheets;

import java.nio.file.Path;
import java.util.List;
import org.kaname.edit.SetActuals;

/**
 * What one actuals file (an actuals sheet or a CSV) holds, read against a plan and checked before anything is
 * stored: the actuals it gives ({@code rows}, each with where it was read), and every problem, each located by file,
 * sheet and cell (a sheet) or line and column (a CSV). A file with any problem stores nothing: importing is all or
 * nothing. {@code fingerprint} is the plan's indicators a sheet was checked against ({@code null} for a CSV, whose
 * rows name their indicators); storing refuses to go ahead if they have changed since. {@code warnings} stop nothing.
 */
public record ActualsReport(Path file, String fingerprint, List<Row> rows, List<SheetProblem> problems,
                            List<SheetProblem> warnings) {
    /** One actual to store (or, with no actual, to clear) and where it was read, e.g. {@code 人事課!I4}. */
    public record Row(SetActuals.Entry entry, String location) {
    }

    public ActualsReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static ActualsReport failed(Path file, SheetProblem problem) {
        return new ActualsReport(file, null, List.of(), List.of(problem), List.of());
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public List<SetActuals.Entry> entries() {
        return rows.stream().map(Row::entry).toList();
    }
}
