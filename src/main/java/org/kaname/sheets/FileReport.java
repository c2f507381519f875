package org.kaname.sheets;

import java.nio.file.Path;
import java.util.List;

/**
 * What one collected file holds: the raters it speaks for, the cells that passed every check ({@code accepted}) and
 * the problems found. A file is clean when it has no problem; only clean files are stored unless the collector
 * explicitly accepts the valid rows of the others. A problem with the file as a whole (another plan, a tampered
 * structure, an unknown rater) leaves no accepted rows at all. {@code warnings} are for the collector to read but
 * stop nothing: a sheet made for a copy of the plan (same measures and criteria, another stored plan) is one.
 */
public record FileReport(Path file, List<String> raters, List<SheetEntry> accepted, List<SheetProblem> problems,
                         List<SheetProblem> warnings) {
    public FileReport {
        raters = List.copyOf(raters);
        accepted = List.copyOf(accepted);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public FileReport(Path file, List<String> raters, List<SheetEntry> accepted, List<SheetProblem> problems) {
        this(file, raters, accepted, problems, List.of());
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** The rows {@code apply} stores from this file. */
    public List<SheetEntry> storedRows(boolean acceptPartial) {
        return clean() || acceptPartial ? accepted : List.of();
    }
}
