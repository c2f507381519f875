package org.kaname.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A row (wrapping as needed) of swatches with their names, the key to a chart's fills. */
final class Legend {
    record Entry(String name, Fill fill) {
    }

    private final List<Entry> entries;
    private final ChartStyle style;

    Legend(List<Entry> entries, ChartStyle style) {
        this.entries = List.copyOf(entries);
        this.style = style;
    }

    private double swatch() {
        return style.fontSize() * 1.4;
    }

    private double entryWidth(Font font, Entry e, double width) {
        return Math.min(width, swatch() + 4 + ChartText.width(font, e.name()) + 10);
    }

    /** Height the legend needs at {@code width}; 0 without entries. */
    double height(double width) {
        if (entries.isEmpty()) {
            return 0;
        }
        Font font = style.text();
        int lines = 1;
        double x = 0;
        for (Entry e : entries) {
            double w = entryWidth(font, e, width);
            if (x > 0 && x + w > width) {
                lines++;
                x = 0;
            }
            x += w;
        }
        return lines * style.lineHeight() + style.fontSize() * 0.5;
    }

    void draw(Graphics2D g, double top, double width) {
        Font font = style.text();
        double lh = style.lineHeight();
        double x = 0;
        double y = top;
        for (Entry e : entries) {
            double w = entryWidth(font, e, width);
            if (x > 0 && x + w > width) {
                x = 0;
                y += lh;
            }
            double s = swatch();
            Rectangle2D box = new Rectangle2D.Double(x, y + (lh - s * 0.75) / 2, s, s * 0.75);
            Fills.paint(g, box, e.fill());
            g.setColor(style.rule());
            g.draw(box);
            g.setColor(style.ink());
            // The entry was sized to hold the name: a rounding error in (s + 4 + text + 10) − s − 14 must not cut it.
            String name = ChartText.fit(font, e.name(), w - s - 14 + 1e-6);
            ChartText.drawCentredY(g, font, name, x + s + 4, y + lh / 2);
            x += w;
        }
    }
}
