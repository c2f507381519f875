package org.kaname.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;

/** Measuring and fitting text with one fixed render context, so layout is the same on screen, in a PDF and in tests. */
final class ChartText {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private ChartText() {
    }

    static double width(Font font, String s) {
        return s.isEmpty() ? 0 : font.getStringBounds(drawable(font, s), FRC).getWidth();
    }

    /**
     * {@code s} as one line the font can draw: control characters (a title's line break or tab) become spaces and a
     * character the font has no glyph for (an emoji in IPAexGothic) becomes "?". The PDF's text drawer cannot map
     * either: it would drop the whole label and print an error with a stack trace on the console.
     */
    static String drawable(Font font, String s) {
        if (font.canDisplayUpTo(s) < 0 && s.chars().noneMatch(Character::isISOControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(' ');
            } else if (font.canDisplay(c)) {
                b.appendCodePoint(c);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** {@code s}, shortened with "…" if needed so that it is at most {@code max} wide. */
    static String fit(Font font, String s, double max) {
        return TextFit.fit(s, max, t -> width(font, t));
    }

    /** Draws {@code s} with its baseline placed so that the text is vertically centred on {@code centreY}. */
    static void drawCentredY(Graphics2D g, Font font, String s, double x, double centreY) {
        g.setFont(font);
        g.drawString(drawable(font, s), (float) x, (float) (centreY + font.getSize2D() * 0.36));
    }

    static void drawCentred(Graphics2D g, Font font, String s, double centreX, double centreY) {
        drawCentredY(g, font, s, centreX - width(font, s) / 2, centreY);
    }

    static void drawRight(Graphics2D g, Font font, String s, double right, double centreY) {
        drawCentredY(g, font, s, right - width(font, s), centreY);
    }
}
