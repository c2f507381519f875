package org.kaname.chart;

import java.awt.Color;
import java.awt.Font;

/**
 * Font and ink of a chart. The ink, rule and faint colours come from the palette of the drawing under way
 * ({@link ChartPalette#current()}): the standard palette prints on a black-and-white printer (black text, grey rules,
 * series told apart by lightness and hatching, never by hue alone); the high-contrast one draws rules in black.
 */
public record ChartStyle(Font font, float fontSize) {
    public static ChartStyle standard() {
        return new ChartStyle(ChartFonts.base(), 8f);
    }

    public ChartStyle withFontSize(float size) {
        return new ChartStyle(font, size);
    }

    /** Text and outlines. */
    public Color ink() {
        return ChartPalette.current().ink();
    }

    /** Axes, frames and leader lines. */
    public Color rule() {
        return ChartPalette.current().rule();
    }

    /** Grid lines. */
    public Color faint() {
        return ChartPalette.current().faint();
    }

    /** The background the chart is drawn on. */
    public Color paper() {
        return ChartPalette.current().paper();
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
