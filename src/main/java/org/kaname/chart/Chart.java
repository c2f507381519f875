package org.kaname.chart;

import java.awt.Graphics2D;

/**
 * A chart that draws itself onto any {@link Graphics2D} — a PDF page through a Graphics2D bridge, a JavaFX canvas
 * through FXGraphics2D, an image in a test — so the screen and the printed report show the same drawing.
 * Coordinates are in points (1/72 inch) with the origin at the chart's top left.
 */
public interface Chart {
    /** Draws the chart into the box (0, 0)–(width, height) of {@code g}; leaves {@code g}'s state as it found it. */
    void draw(Graphics2D g, double width, double height);

    /** The height the chart needs at {@code width} to show every row at the style's font size. */
    double preferredHeight(double width);
}
