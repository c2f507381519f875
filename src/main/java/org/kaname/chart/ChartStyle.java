package org.kaname.chart;

import java.awt.Color;
import java.awt.Font;

/**
 * Font and ink of a chart. The defaults print on a black-and-white printer: black text, grey rules, and series told
 * apart by lightness and hatching ({@link Fills}), never by hue alone.
 */
public record ChartStyle(Font font, float fontSize, Color ink, Color rule, Color faint) {
    public static ChartStyle standard() {
        return new ChartStyle(ChartFonts.base(), 8f, Color.BLACK, new Color(0x59, 0x59, 0x59), new Color(0xD9, 0xD9, 0xD9));
    }

    public ChartStyle withFontSize(float size) {
        return new ChartStyle(font, size, ink, rule, faint);
    }

    public Font text() {
        return font.deriveFont(fontSize);
    }

    public Font small() {
        return font.deriveFont(fontSize * 0.85f);
    }

    /** Height of one line of text at the chart's font size, with some room above and below. */
    public double lineHeight() {
        return fontSize * 1.5;
    }
}
