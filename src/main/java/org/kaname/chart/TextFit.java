package org.kaname.chart;

import java.util.function.ToDoubleFunction;

/**
 * Shortens a text with "…" to fit a width, for every label of the charts and the report's one-line texts. The cut is
 * found by halving, not by dropping one character at a time: a title may be 4,000 characters long, and measuring each
 * shorter prefix in turn took minutes for one report.
 */
public final class TextFit {
    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /**
     * {@code s} if it is at most {@code max} wide, else its longest prefix (whole code points) that is at most
     * {@code max} wide with "…" after it; "" when not even "…" fits. The width of a prefix grows with its length, so
     * the longest fitting prefix is found in about log2(length) measurements.
     */
    public static String fit(String s, double max, ToDoubleFunction<String> width) {
        if (width.applyAsDouble(s) <= max) {
            return s;
        }
        int codePoints = s.codePointCount(0, s.length());
        int fits = -1; // the longest prefix known to fit, in code points; -1: not even the bare ellipsis
        int lo = 0;
        int hi = codePoints - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (width.applyAsDouble(prefix(s, mid) + ELLIPSIS) <= max) {
                fits = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return fits <= 0 ? "" : prefix(s, fits) + ELLIPSIS;
    }

    private static String prefix(String s, int codePoints) {
        return s.substring(0, s.offsetByCodePoints(0, codePoints));
    }
}
