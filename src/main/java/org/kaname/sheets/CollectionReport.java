package org.kaname.sheets;

import java.time.Instant;
import java.util.List;

/**
 * The result of reading score files against one plan, before anything is stored: one report per file, in the order
 * the files were given (a folder's files sorted by name). {@code fingerprint} is the plan's structure when read;
 * storing refuses to go ahead if the stored plan's structure has changed since.
 */
public record CollectionReport(long planId, String fingerprint, Instant readAt, List<FileReport> files) {
    public CollectionReport {
        files = List.copyOf(files);
    }

    public boolean allClean() {
        return files.stream().allMatch(FileReport::clean);
    }

    public List<SheetProblem> problems() {
        return files.stream().flatMap(f -> f.problems().stream()).toList();
    }

    /** What the collector should read although it stops nothing (see {@link FileReport#warnings()}). */
    public List<SheetProblem> warnings() {
        return files.stream().flatMap(f -> f.warnings().stream()).toList();
    }
}
