package org.kaname.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a given width, by the rules of Japanese typesetting (禁則処理, JIS X 4051 in
 * its simple "push out" form): a line may break between any two Japanese characters, but never so that a closing
 * bracket, a comma or full stop, a small kana or a prolonged sound mark starts a line, nor an opening bracket ends
 * one; Latin words, numbers such as {@code 12,000} and URLs stay whole unless they are wider than the line, and
 * URLs may break after a slash. Explicit {@code \n} starts a new line.
 */
public final class LineBreaker {
    /** 行頭禁則: characters that must not start a line. */
    static final String NO_START = "、。，．,.）)］]｝}〕〉》」』】〙〗〟’”｠»"
            + "ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々〻"
            + "‐゠–〜～？?！!‼⁇⁈⁉・：:；;…‥％%";
    /** 行末禁則: characters that must not end a line. */
    static final String NO_END = "（(［[｛{〔〈《「『【〘〖〝‘“｟«";

    /** Width of a code point at the size being set. */
    @FunctionalInterface
    public interface Widths {
        double of(int codePoint);
    }

    private LineBreaker() {
    }

    public static List<String> lines(String text, double width, Widths widths) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            breakParagraph(paragraph, width, widths, out);
        }
        return out;
    }

    /**
     * Lines for a heading: as many as {@link #lines} gives, but as even as they can be (the narrowest width that
     * needs no more lines), so that a wrapped heading never leaves one character such as 「進」 alone on its last
     * line.
     */
    public static List<String> balanced(String text, double width, Widths widths) {
        List<String> plain = lines(text, width, widths);
        int n = plain.size();
        if (n < 2 || text.indexOf('\n') >= 0) {
            return plain;
        }
        double lo = width / n;
        double hi = width;
        for (int i = 0; i < 24; i++) {
            double mid = (lo + hi) / 2;
            if (lines(text, mid, widths).size() <= n) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        List<String> even = lines(text, hi, widths);
        return even.size() == n ? even : plain;
    }

    private static void breakParagraph(String text, double width, Widths widths, List<String> out) {
        int[] cps = text.codePoints().toArray();
        int n = cps.length;
        if (n == 0) {
            out.add("");
            return;
        }
        boolean[] glued = hostNames(cps);
        int start = 0;
        while (start < n) {
            double w = 0;
            int end = start;
            while (end < n && w + widths.of(cps[end]) <= width + 1e-6) {
                w += widths.of(cps[end]);
                end++;
            }
            if (end == n) {
                out.add(trimEnd(cps, start, n));
                break;
            }
            int brk = -1;
            for (int b = end; b > start; b--) {
                if (!glued[b] && canBreakBefore(cps, b)) {
                    brk = b;
                    break;
                }
            }
            if (brk < 0) {
                // Nothing allowed fits (a long word or URL): break where the line is full, but not in a host name.
                brk = end;
                while (brk > start + 1 && glued[brk]) {
                    brk--;
                }
                if (brk <= start + 1 && glued[brk]) {
                    brk = Math.max(end, start + 1);
                }
            }
            out.add(trimEnd(cps, start, brk));
            start = brk;
            while (start < n && cps[start] == ' ') {
                start++;
            }
        }
    }

    /**
     * Where a line must not break: inside the scheme and host of a URL ({@code https://www.example.jp}, up to the
     * slash after the host), since a host name cut in two reads as two words and cannot be typed back.
     * {@code glued[i]} forbids a break before {@code cps[i]}.
     */
    static boolean[] hostNames(int[] cps) {
        boolean[] glued = new boolean[cps.length + 1];
        for (int k = 0; k + 2 < cps.length; k++) {
            if (cps[k] != ':' || cps[k + 1] != '/' || cps[k + 2] != '/') {
                continue;
            }
            int s = k;
            while (s > 0 && cps[s - 1] < 0x80 && Character.isLetter(cps[s - 1])) {
                s--;
            }
            int e = k + 3;
            while (e < cps.length && cps[e] < 0x80 && cps[e] > ' ' && cps[e] != '/') {
                e++;
            }
            for (int i = s + 1; i <= e && i < glued.length; i++) {
                glued[i] = true;
            }
        }
        return glued;
    }

    /** Whether a line may end after {@code cps[i - 1]} and the next start at {@code cps[i]}. */
    static boolean canBreakBefore(int[] cps, int i) {
        int prev = cps[i - 1];
        int next = cps[i];
        if (next == ' ' || next < 0x10000 && NO_START.indexOf(next) >= 0) {
            return false;
        }
        // Spaces at the end of a line are dropped, so what must not end a line is the last character before them.
        int last = i - 1;
        while (last > 0 && cps[last] == ' ') {
            last--;
        }
        if (cps[last] < 0x10000 && NO_END.indexOf(cps[last]) >= 0) {
            return false;
        }
        if (prev == ' ') {
            return true;
        }
        if (isWordChar(prev) && isWordChar(next)) {
            return prev == '/' || prev == '-' && !Character.isDigit(next) || prev == '?' || prev == '&';
        }
        return true;
    }

    /** Letters, digits and the punctuation inside words, numbers and URLs of Latin text. */
    private static boolean isWordChar(int cp) {
        return cp < 0x2000 && cp > ' ' || cp >= 0xFF01 && cp <= 0xFF5E && Character.isLetterOrDigit(cp);
    }

    private static String trimEnd(int[] cps, int from, int to) {
        int end = to;
        while (end > from && cps[end - 1] == ' ') {
            end--;
        }
        return new String(cps, from, end - from);
    }
}
