package org.kaname.cli;

/**
 * How many terminal columns a string takes: East Asian wide and fullwidth characters (kanji, kana, fullwidth forms,
 * most emoji) take two, combining marks none, everything else one — the rule terminals follow (Unicode UAX #11,
 * ambiguous characters counted as narrow).
 */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)          // Hangul Jamo initials
                || (cp >= 0x2E80 && cp <= 0x303E)       // CJK radicals, Kangxi, ideographic punctuation (、。「」)
                || (cp >= 0x3041 && cp <= 0x33FF)       // kana, Bopomofo, CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)       // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)       // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)       // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)       // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)       // CJK compatibility ideographs
                || (cp >= 0xFE10 && cp <= 0xFE19)       // vertical forms
                || (cp >= 0xFE30 && cp <= 0xFE6F)       // CJK compatibility forms, small forms
                || (cp >= 0xFF00 && cp <= 0xFF60)       // fullwidth forms (（）：１Ａ)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)       // fullwidth signs (￥)
                || (cp >= 0x1F300 && cp <= 0x1F64F)     // pictographs, emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF)     // supplemental pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD);    // CJK extensions B and beyond
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    public static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    /** Spaces, then {@code s}, filling {@code width} columns. */
    public static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - of(s))) + s;
    }
}
