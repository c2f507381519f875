package org.kaname.report;

import java.util.List;

/**
 * What was written: the number of pages, the plan's fingerprint printed on every page, and where each section
 * starts (1-based page numbers, in document order) — the same list as the PDF's bookmarks.
 */
public record ReportResult(int pageCount, String fingerprint, List<Section> sections) {
    public ReportResult {
        sections = List.copyOf(sections);
    }

    /** A section's title as printed and its first page. */
    public record Section(String title, int firstPage) {
    }
}
