package org.kaname.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What the layout placed where: every heading, table row, kept-whole block and free-flowing line with its page and
 * its top and bottom, and the page each section starts on. The page-break rules read it to balance a section's
 * short tail in a second pass ({@link PageBreaks}), and the reader check in the tests compares it with the glyphs
 * actually on the pages, so that it need not reverse-engineer tables and headings from the PDF.
 */
final class LayoutLog {
    enum Kind {
        /** A section title (its own page). */
        SECTION,
        /** A sub-heading: must not end a page. */
        HEADING,
        /** A table's header row, repeated on each page the table spans. */
        HEADER_ROW,
        /** A table row: must stay on one page unless taller than a page. */
        ROW,
        /** A bullet item or label–value field: must stay on one page unless taller than a page. */
        BLOCK,
        /** A line of a paragraph that may flow to the next page. */
        LINE,
        /** A chart. */
        FIGURE
    }

    /**
     * One placed piece: {@code block} numbers the logical unit it belongs to (the pieces of a row split over pages
     * share it), {@code text} is its first line (or empty), {@code tall} marks a unit taller than a page, which
     * alone may be split.
     */
    record Entry(int page, int section, Kind kind, int block, float top, float bottom, String text, boolean tall) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Integer> sectionStarts = new ArrayList<>();
    private int blocks;

    int newBlock() {
        return ++blocks;
    }

    void section(int pageIndex) {
        sectionStarts.add(pageIndex);
    }

    void add(int pageIndex, Kind kind, int block, float top, float bottom, String text, boolean tall) {
        entries.add(new Entry(pageIndex, sectionStarts.size() - 1, kind, block, top, bottom, text, tall));
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** 0-based index of the first page of each section, in order. */
    List<Integer> sectionStarts() {
        return List.copyOf(sectionStarts);
    }

    /** The lowest point any entry reaches on page {@code pageIndex}, or {@code -1} if nothing was logged there. */
    float lowest(int pageIndex) {
        float low = -1;
        for (Entry e : entries) {
            if (e.page() == pageIndex) {
                low = Math.max(low, e.bottom());
            }
        }
        return low;
    }
}
