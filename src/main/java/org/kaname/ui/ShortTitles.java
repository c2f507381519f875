package org.kaname.ui;

/**
 * The short form of a support measure's title for narrow columns. Plans written the way policy papers are number their
 * support measures in the title itself (「支援策①：DX推進リーダーの確保・育成…」): the label before the colon is what
 * people call it, so a column shows that and keeps the whole title in its tooltip. A title without such a label is
 * shown whole (and wraps).
 */
public final class ShortTitles {
    /** Longer than this, the part before a colon is a sentence, not a label. */
    private static final int MAX_LABEL = 10;

    private ShortTitles() {
    }

    public static String of(String title) {
        if (title == null) {
            return "";
        }
        int colon = firstColon(title);
        return colon > 0 && colon <= MAX_LABEL && colon < title.length() - 1 ? title.substring(0, colon).strip() : title;
    }

    private static int firstColon(String s) {
        int wide = s.indexOf('：');
        int ascii = s.indexOf(':');
        if (wide < 0) {
            return ascii;
        }
        return ascii < 0 ? wide : Math.min(wide, ascii);
    }
}
