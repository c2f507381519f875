package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The chart fills, from the palette of the drawing under way ({@link ChartPalette#current()}): the standard one
 * (report, normal theme) or the high-contrast one. Neighbouring series differ in lightness or hatching, so a
 * black-and-white copy still tells them apart; each fill names a text colour with enough contrast for labels on it.
 */
public final class Fills {
    private Fills() {
    }

    /** The fill of the {@code index}-th series (criterion); repeats after eight. */
    public static Fill series(int index) {
        return ChartPalette.current().seriesFill(index);
    }

    /**
     * The fill of tier {@code index} of {@code count} (0 = highest): dark to light, so "higher priority" always reads
     * as "darker"; the lightest tiers are hatched so they stay visible on white paper.
     */
    public static Fill tier(int index, int count) {
        return ChartPalette.current().tierFill(index, count);
    }

    /** The colour drawn between adjacent segments of a stacked bar (white, or black in high contrast). */
    public static Color separator() {
        return ChartPalette.current().separator();
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
