package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.SamplePercent;

/**
 * For each measure, a 100 % bar split into the share of Monte Carlo samples in which it lands in each tier (highest
 * tier first, darkest), with the percentage written inside segments wide enough to hold it.
 */
public record TierProbabilityChart(List<String> tiers, List<Row> rows, ChartStyle style) implements Chart {

    /** One measure: its label and one probability (0–1) per tier, in tier order. */
    public record Row(String label, List<Double> probabilities) {
        public Row {
            probabilities = List.copyOf(probabilities);
        }
    }

    public TierProbabilityChart {
        tiers = List.copyOf(tiers);
        rows = List.copyOf(rows);
    }

    private Legend legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            entries.add(new Legend.Entry(tiers.get(i), Fills.tier(i, tiers.size())));
        }
        return new Legend(entries, style);
    }

    private double rowHeight() {
        return style.lineHeight() * 1.1;
    }

    /** The row drawn at height {@code y} when the chart is {@code width} wide, or −1 (for tooltips on screen). */
    public int rowAt(double y, double width) {
        double top = legend().height(width);
        int r = (int) Math.floor((y - top) / rowHeight());
        return y >= top && r < rows.size() ? r : -1;
    }

    @Override
    public double preferredHeight(double width) {
        return legend().height(width) + rows.size() * rowHeight() + style.lineHeight() * 1.3;
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            paint(g2, width);
        } finally {
            g2.dispose();
        }
    }

    private void paint(Graphics2D g, double width) {
        Font font = style.text();
        Font small = style.small();
        Legend legend = legend();
        double top = legend.height(width);
        legend.draw(g, 0, width);
        double labelW = 0;
        for (Row r : rows) {
            labelW = Math.max(labelW, ChartText.width(font, r.label()));
        }
        labelW = Math.min(labelW + 6, width * 0.42);
        // Room on the right for half of the "100%" under the axis end.
        double plotW = Math.max(10, width - labelW - ChartText.width(small, "100%"));
        double rowH = rowHeight();
        double barH = rowH * 0.66;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = top + i * rowH + rowH / 2;
            g.setColor(style.ink());
            ChartText.drawCentredY(g, font, ChartText.fit(font, r.label(), labelW - 6), 0, cy);
            double x = labelW;
            for (int t = 0; t < r.probabilities().size(); t++) {
                double w = Math.max(0, r.probabilities().get(t)) * plotW;
                if (w <= 0) {
                    continue;
                }
                Rectangle2D seg = new Rectangle2D.Double(x, cy - barH / 2, w, barH);
                Fill fill = Fills.tier(t, tiers.size());
                Fills.paint(g, seg, fill);
                g.setStroke(new BasicStroke(0.4f));
                g.setColor(Fills.separator());
                g.draw(seg);
                String pct = percent(r.probabilities().get(t));
                if (ChartText.width(small, pct) + 4 < w) {
                    if (fill.hatch() != Fill.Hatch.NONE) {
                        double tw = ChartText.width(small, pct);
                        g.setColor(fill.colour());
                        g.fill(new Rectangle2D.Double(x + w / 2 - tw / 2 - 1.5, cy - small.getSize2D() * 0.6, tw + 3,
                                small.getSize2D() * 1.2));
                    }
                    g.setColor(fill.textColour());
                    ChartText.drawCentred(g, small, pct, x + w / 2, cy);
                }
                x += w;
            }
        }
        double bottom = top + rows.size() * rowH;
        g.setStroke(new BasicStroke(0.4f));
        for (int p = 0; p <= 100; p += 25) {
            double x = labelW + plotW * p / 100.0;
            g.setColor(style.rule());
            g.draw(new Line2D.Double(x, bottom, x, bottom + 3));
            g.setColor(style.ink());
            ChartText.drawCentred(g, small, String.format(Locale.ROOT, "%d%%", p), x, bottom + style.lineHeight() * 0.7);
        }
    }

    /** Whole percent by the one rule the screen's texts and the report's sentences use too. */
    static String percent(double p) {
        return SamplePercent.text(p);
    }
}
