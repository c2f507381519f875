package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The chart fills. Neighbouring series differ in lightness by at least ~20 points of grey, and every other one
 * carries a hatch, so a black-and-white copy still tells them apart; each fill names a text colour with enough
 * contrast for labels drawn on it.
 */
public final class Fills {
    private static final Color WHITE = Color.WHITE;
    private static final Color BLACK = Color.BLACK;

    private static final List<Fill> SERIES = List.of(
            new Fill(new Color(0x1F3B5C), Fill.Hatch.NONE, null, WHITE),
            new Fill(new Color(0xA9C1DA), Fill.Hatch.NONE, null, BLACK),
            new Fill(new Color(0x5B7FA6), Fill.Hatch.DIAGONAL, new Color(0x1F3B5C), WHITE),
            new Fill(new Color(0xEEF2F6), Fill.Hatch.CROSS, new Color(0x7A8A99), BLACK),
            new Fill(new Color(0x3E3E3E), Fill.Hatch.NONE, null, WHITE),
            new Fill(new Color(0xD4D4D4), Fill.Hatch.HORIZONTAL, new Color(0x6E6E6E), BLACK),
            new Fill(new Color(0x7D7D7D), Fill.Hatch.BACK_DIAGONAL, new Color(0x2E2E2E), WHITE),
            new Fill(WHITE, Fill.Hatch.VERTICAL, new Color(0x6E6E6E), BLACK));

    private Fills() {
    }

    /** The fill of the {@code index}-th series (criterion); repeats after eight. */
    public static Fill series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /**
     * The fill of tier {@code index} of {@code count} (0 = highest): dark to light, so "higher priority" always reads
     * as "darker"; the lightest tiers are hatched so they stay visible on white paper.
     */
    public static Fill tier(int index, int count) {
        if (index < 0) {
            return new Fill(WHITE, Fill.Hatch.NONE, null, BLACK);
        }
        double t = count <= 1 ? 0 : (double) index / (count - 1);
        // Lightness from ~28 % to ~92 %, on a slightly blue grey that prints as neutral grey.
        int r = (int) Math.round(0x2B + t * (0xE8 - 0x2B));
        int g = (int) Math.round(0x4C + t * (0xEE - 0x4C));
        int b = (int) Math.round(0x6F + t * (0xF4 - 0x6F));
        Color c = new Color(r, g, b);
        boolean dark = t < 0.45;
        Fill.Hatch hatch = t > 0.75 ? Fill.Hatch.DIAGONAL : Fill.Hatch.NONE;
        return new Fill(c, hatch, new Color(0x8A9AAA), dark ? WHITE : BLACK);
    }

    /** Fills {@code shape} with the fill's colour and hatch, as vector lines clipped to the shape. */
    public static void paint(Graphics2D g, Shape shape, Fill fill) {
        Color oldColour = g.getColor();
        Stroke oldStroke = g.getStroke();
        Shape oldClip = g.getClip();
        g.setColor(fill.colour());
        g.fill(shape);
        if (fill.hatch() != Fill.Hatch.NONE) {
            g.clip(shape);
            g.setColor(fill.hatchColour());
            g.setStroke(new BasicStroke(0.5f));
            Rectangle2D b = shape.getBounds2D();
            double step = 3;
            // All lines of a hatch as one path: one stroke in the PDF instead of one per line.
            Path2D lines = new Path2D.Double();
            switch (fill.hatch()) {
                case DIAGONAL -> diagonal(lines, b, step, 1);
                case BACK_DIAGONAL -> diagonal(lines, b, step, -1);
                case HORIZONTAL -> {
                    for (double y = b.getMinY() + step / 2; y < b.getMaxY(); y += step) {
                        lines.moveTo(b.getMinX(), y);
                        lines.lineTo(b.getMaxX(), y);
                    }
                }
                case VERTICAL -> {
                    for (double x = b.getMinX() + step / 2; x < b.getMaxX(); x += step) {
                        lines.moveTo(x, b.getMinY());
                        lines.lineTo(x, b.getMaxY());
                    }
                }
                case CROSS -> {
                    diagonal(lines, b, step * 1.5, 1);
                    diagonal(lines, b, step * 1.5, -1);
                }
                default -> {
                }
            }
            g.draw(lines);
            g.setClip(oldClip);
        }
        g.setColor(oldColour);
        g.setStroke(oldStroke);
    }

    private static void diagonal(Path2D p, Rectangle2D b, double step, int direction) {
        double h = b.getHeight();
        for (double x = b.getMinX() - h; x < b.getMaxX() + h; x += step) {
            if (direction > 0) {
                p.moveTo(x, b.getMaxY());
                p.lineTo(x + h, b.getMinY());
            } else {
                p.moveTo(x, b.getMinY());
                p.lineTo(x + h, b.getMaxY());
            }
        }
    }
}
