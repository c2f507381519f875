package org.kaname.sheets;

/**
 * Text made safe to put into a workbook. The plan validator refuses characters XML cannot hold and texts longer than
 * a cell, but a sheet is also written from plans stored before those checks, so the writer does not rely on it:
 * a character XML 1.0 cannot hold (a control character, a lone surrogate, U+FFFE/U+FFFF) becomes U+FFFD, and a text
 * longer than Excel's 32,767 characters per cell is cut with a visible marker. Cutting never splits a surrogate pair.
 */
final class CellText {
    /** Excel's limit on the characters of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final char REPLACEMENT = '\uFFFD';

    private CellText() {
    }

    /** {@code s} with every character XML cannot hold replaced; {@code null} becomes empty. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
                    || (c > 0xDFFF && c < 0xFFFE);
            if (!legal && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                sb.append(legal ? c : REPLACEMENT);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@link #clean} and at most {@code max} characters, the last being {@code marker} when it had to be cut. */
    static String fit(String s, int max, String marker) {
        String t = clean(s);
        if (t.length() <= max) {
            return t;
        }
        int end = max - marker.length();
        if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        return t.substring(0, Math.max(0, end)) + marker;
    }

    /** A cell's text: {@link #fit} to {@value #MAX_CELL_CHARS} characters. */
    static String cell(String s, String marker) {
        return fit(s, MAX_CELL_CHARS, marker);
    }
}
