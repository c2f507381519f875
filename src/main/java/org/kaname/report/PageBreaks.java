package org.kaname.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages to end earlier than their bottom margin, found from a first pass of the layout: where a section would end on
 * a page holding only a line or a table row or two (its "tail"), the page before it ends early by what the tail
 * lacks, so that enough rows and items move over with it and the last page is at least {@link #MIN_FILL} full.
 * Rows and items stay whole, so moving the break earlier moves whole blocks. The pages before the shortened one are
 * laid out exactly as in the first pass, so one second pass is enough.
 */
final class PageBreaks {
    /** The least share of a page's body a section's last page should fill when the section spans pages. */
    static final float MIN_FILL = 0.15f;

    private static final PageBreaks NONE = new PageBreaks(Map.of());

    private final Map<Integer, Float> shorten;

    private PageBreaks(Map<Integer, Float> shorten) {
        this.shorten = Map.copyOf(shorten);
    }

    static PageBreaks none() {
        return NONE;
    }

    /** Points by which the body of page {@code pageIndex} (0-based) ends early; 0 for most pages. */
    float shortenBy(int pageIndex) {
        return shorten.getOrDefault(pageIndex, 0f);
    }

    boolean isEmpty() {
        return shorten.isEmpty();
    }

    /**
     * The early ends that give each section spanning pages a last page at least {@link #MIN_FILL} full, from the log
     * of a layout of {@code pageCount} pages in {@code formats}.
     */
    static PageBreaks balancing(LayoutLog log, List<PageFormat> formats, int pageCount) {
        Map<Integer, Float> out = new HashMap<>();
        List<Integer> starts = log.sectionStarts();
        for (int s = 0; s < starts.size(); s++) {
            int first = starts.get(s);
            int last = s + 1 < starts.size() ? starts.get(s + 1) - 1 : pageCount - 1;
            if (last <= first) {
                continue;
            }
            float lowest = log.lowest(last);
            if (lowest < 0) {
                continue;
            }
            PageFormat f = formats.get(last);
            float body = f.contentBottom() - PageFormat.TOP;
            float filled = lowest - PageFormat.TOP;
            // A line's box reaches lower than its ink: aim a line or two above the bare minimum.
            float want = MIN_FILL * body + 2 * Styles.BODY_LEADING;
            if (filled < MIN_FILL * body + Styles.BODY_LEADING) {
                // The page before may already end above its margin (a row kept with the note under it): end it
                // that much earlier than where its content ends now, not than its margin.
                float before = log.lowest(last - 1);
                float unused = before < 0 ? 0 : formats.get(last - 1).contentBottom() - before;
                out.put(last - 1, unused + want - filled);
            }
        }
        return new PageBreaks(out);
    }
}
