package org.kaname.report;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.kaname.chart.Chart;

/**
 * Splits a chart with many rows over pages: each page gets as many rows as fit below the cursor (at least
 * {@link #MIN_ROWS} unless fewer remain, else the chart starts on the next page), so a 500-measure plan gets a long
 * chart in readable pieces rather than one squeezed into a page.
 */
final class ChartPager {
    static final int MIN_ROWS = 5;

    private ChartPager() {
    }

    static <T> void draw(PdfLayout layout, List<T> rows, Function<List<T>, Chart> make) throws IOException {
        int i = 0;
        while (i < rows.size()) {
            int left = rows.size() - i;
            int fit = fit(layout, rows, i, make, layout.remaining());
            if (fit < Math.min(MIN_ROWS, left) && !layout.atTop()) {
                layout.newPage();
                continue;
            }
            fit = Math.max(1, fit);
            Chart chart = make.apply(rows.subList(i, i + fit));
            float h = (float) chart.preferredHeight(layout.width());
            layout.chart(chart, h);
            layout.space(8);
            i += fit;
        }
    }

    /** Height of the chart of the first {@link #MIN_ROWS} rows: what a heading above the chart must be kept with. */
    static <T> float minHeight(PdfLayout layout, List<T> rows, Function<List<T>, Chart> make) {
        if (rows.isEmpty()) {
            return 0;
        }
        return (float) make.apply(rows.subList(0, Math.min(MIN_ROWS, rows.size()))).preferredHeight(layout.width());
    }

    /** The largest count of rows from {@code from} whose chart fits into {@code height} (0 if none). */
    private static <T> int fit(PdfLayout layout, List<T> rows, int from, Function<List<T>, Chart> make,
                               float height) {
        int lo = 0;
        int hi = rows.size() - from;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            double h = make.apply(rows.subList(from, from + mid)).preferredHeight(layout.width());
            if (h <= height) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
