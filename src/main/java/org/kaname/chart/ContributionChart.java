package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Horizontal stacked bars: each measure's score split into what each criterion contributes (weight × normalised
 * value × 100), so a reader sees why one measure outranks another. Bars in the given order (rank order), the total
 * printed at the end of each bar (with {@code totalDecimals} decimals: two on screen, one in the printed report, as
 * each prints scores), criteria in the legend with their fills.
 */
public record ContributionChart(List<String> series, List<Bar> bars, double maxValue, String axisLabel,
                                ChartStyle style, int totalDecimals) implements Chart {

    /** Totals with two decimals, as the app shows scores. */
    public ContributionChart(List<String> series, List<Bar> bars, double maxValue, String axisLabel, ChartStyle style) {
        this(series, bars, maxValue, axisLabel, style, 2);
    }

    /** One measure: its label and one value per series, in series order. */
    public record Bar(String label, List<Double> values) {
        public Bar {
            values = List.copyOf(values);
        }

        public double total() {
            return values.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    public ContributionChart {
        series = List.copyOf(series);
        bars = List.copyOf(bars);
        if (!(maxValue > 0)) {
            throw new IllegalArgumentException("maxValue must be above 0: " + maxValue);
        }
    }

    private Legend legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            entries.add(new Legend.Entry(series.get(i), Fills.series(i)));
        }
        return new Legend(entries, style);
    }

    private double rowHeight() {
        return style.lineHeight() * 1.1;
    }

    private double axisHeight() {
        return style.lineHeight() * 2.2;
    }

    @Override
    public double preferredHeight(double width) {
        return legend().height(width) + bars.size() * rowHeight() + axisHeight();
    }

    @Override
    public void draw(Graphics2D g, double width, double height) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            paint(g2, width, height);
        } finally {
            g2.dispose();
        }
    }

    private void paint(Graphics2D g, double width, double height) {
        Font font = style.text();
        Font small = style.small();
        Legend legend = legend();
        double legendH = legend.height(width);
        legend.draw(g, 0, width);
        double labelW = 0;
        for (Bar b : bars) {
            labelW = Math.max(labelW, ChartText.width(font, b.label()));
        }
        labelW = Math.min(labelW + 6, width * 0.42);
        double totalW = ChartText.width(font, "100.00") + 6;
        double x0 = labelW;
        double plotW = Math.max(10, width - labelW - totalW);
        double top = legendH;
        double rowH = rowHeight();
        double plotBottom = top + bars.size() * rowH;
        double scale = plotW / maxValue;
        Stroke thin = new BasicStroke(0.4f);
        Stroke grid = new BasicStroke(0.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0);
        double step = Axis.niceStep(maxValue, 5);
        g.setStroke(grid);
        g.setColor(style.faint());
        for (double v = step; v <= maxValue + 1e-9; v += step) {
            double x = x0 + v * scale;
            g.draw(new Line2D.Double(x, top, x, plotBottom));
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double yTop = top + i * rowH;
            double cy = yTop + rowH / 2;
            g.setColor(style.ink());
            ChartText.drawCentredY(g, font, ChartText.fit(font, bar.label(), labelW - 6), 0, cy);
            double x = x0;
            double barH = rowH * 0.66;
            for (int s = 0; s < bar.values().size(); s++) {
                double w = Math.max(0, bar.values().get(s)) * scale;
                if (w <= 0) {
                    continue;
                }
                Rectangle2D seg = new Rectangle2D.Double(x, cy - barH / 2, w, barH);
                Fills.paint(g, seg, Fills.series(s));
                g.setStroke(thin);
                g.setColor(Fills.separator());
                g.draw(seg);
                x += w;
            }
            g.setColor(style.ink());
            String total = String.format(Locale.ROOT, "%." + totalDecimals + "f", bar.total());
            ChartText.drawCentredY(g, small, total, x + 3, cy);
        }
        g.setStroke(thin);
        g.setColor(style.rule());
        g.draw(new Line2D.Double(x0, top, x0, plotBottom));
        g.draw(new Line2D.Double(x0, plotBottom, x0 + plotW, plotBottom));
        g.setColor(style.ink());
        for (double v = 0; v <= maxValue + 1e-9; v += step) {
            double x = x0 + v * scale;
            g.setColor(style.rule());
            g.draw(new Line2D.Double(x, plotBottom, x, plotBottom + 3));
            g.setColor(style.ink());
            ChartText.drawCentred(g, small, String.format(Locale.ROOT, "%.0f", v), x, plotBottom + style.lineHeight() * 0.6);
        }
        ChartText.drawCentred(g, small, axisLabel, x0 + plotW / 2, plotBottom + style.lineHeight() * 1.6);
    }
}
