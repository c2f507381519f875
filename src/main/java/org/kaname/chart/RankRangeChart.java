package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * For each measure, the range of ranks it takes in 90 % of the Monte Carlo samples (5th to 95th percentile) as a
 * bar, its rank under the plan's own weights as a black dot and its mean rank as an open diamond. Rank 1 is at the
 * left. The legend's three texts come from the caller, in the report's language.
 */
public record RankRangeChart(List<Row> rows, int maxRank, String rangeText, String baseText, String meanText,
                             String axisLabel, ChartStyle style) implements Chart {

    /** One measure: label, rank with the plan's weights, 5th and 95th percentile ranks, mean rank. */
    public record Row(String label, int baseRank, int low, int high, double meanRank) {
    }

    public RankRangeChart {
        rows = List.copyOf(rows);
        maxRank = Math.max(1, maxRank);
    }

    private double rowHeight() {
        return style.lineHeight() * 1.1;
    }

    /** The row drawn at height {@code y}, or −1 (for tooltips on screen); rows start below the legend line. */
    public int rowAt(double y) {
        double top = style.lineHeight() * 1.5;
        int r = (int) Math.floor((y - top) / rowHeight());
        return y >= top && r < rows.size() ? r : -1;
    }

    @Override
    public double preferredHeight(double width) {
        return style.lineHeight() * 1.5 + rows.size() * rowHeight() + style.lineHeight() * 2.2;
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
        double lh = style.lineHeight();
        // Legend: range bar, dot, diamond.
        double x = 0;
        double ly = lh * 0.6;
        Rectangle2D sample = new Rectangle2D.Double(x, ly - 2.5, 18, 5);
        Fills.paint(g, sample, Fills.series(1));
        g.setColor(style.rule());
        g.draw(sample);
        g.setColor(style.ink());
        ChartText.drawCentredY(g, font, rangeText, x + 22, ly);
        x += 22 + ChartText.width(font, rangeText) + 12;
        dot(g, x + 3, ly);
        ChartText.drawCentredY(g, font, baseText, x + 9, ly);
        x += 9 + ChartText.width(font, baseText) + 12;
        diamond(g, x + 3, ly);
        ChartText.drawCentredY(g, font, meanText, x + 9, ly);

        double top = lh * 1.5;
        double labelW = 0;
        for (Row r : rows) {
            labelW = Math.max(labelW, ChartText.width(font, r.label()));
        }
        labelW = Math.min(labelW + 6, width * 0.42);
        double plotL = labelW + 6;
        double plotW = Math.max(10, width - plotL - 8);
        double rowH = rowHeight();
        double bottom = top + rows.size() * rowH;
        double unit = maxRank <= 1 ? 0 : plotW / (maxRank - 1);
        java.util.function.DoubleUnaryOperator xOf = rank -> plotL + (rank - 1) * unit;
        double step = Math.max(1, Axis.niceStep(maxRank - 1, 10));
        g.setStroke(new BasicStroke(0.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0));
        g.setColor(style.faint());
        for (double r = 1; r <= maxRank; r += step) {
            g.draw(new Line2D.Double(xOf.applyAsDouble(r), top, xOf.applyAsDouble(r), bottom));
        }
        g.setStroke(new BasicStroke(0.4f));
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = top + i * rowH + rowH / 2;
            g.setColor(style.ink());
            ChartText.drawCentredY(g, font, ChartText.fit(font, r.label(), labelW - 6), 0, cy);
            double x1 = xOf.applyAsDouble(r.low());
            double x2 = xOf.applyAsDouble(r.high());
            Rectangle2D bar = new Rectangle2D.Double(x1 - 2, cy - rowH * 0.22, Math.max(4, x2 - x1 + 4), rowH * 0.44);
            Fills.paint(g, bar, Fills.series(1));
            g.setColor(style.rule());
            g.draw(bar);
            g.setColor(style.ink());
            diamond(g, xOf.applyAsDouble(r.meanRank()), cy);
            dot(g, xOf.applyAsDouble(r.baseRank()), cy);
        }
        g.setColor(style.rule());
        g.draw(new Line2D.Double(plotL, bottom, plotL + plotW, bottom));
        g.setColor(style.ink());
        for (double r = 1; r <= maxRank; r += step) {
            double tx = xOf.applyAsDouble(r);
            g.setColor(style.rule());
            g.draw(new Line2D.Double(tx, bottom, tx, bottom + 3));
            g.setColor(style.ink());
            ChartText.drawCentred(g, small, String.valueOf((int) r), tx, bottom + lh * 0.7);
        }
        ChartText.drawCentred(g, small, axisLabel, plotL + plotW / 2, bottom + lh * 1.6);
    }

    private static void dot(Graphics2D g, double cx, double cy) {
        g.fill(new Ellipse2D.Double(cx - 2.6, cy - 2.6, 5.2, 5.2));
    }

    private static void diamond(Graphics2D g, double cx, double cy) {
        Path2D d = new Path2D.Double();
        d.moveTo(cx, cy - 3.4);
        d.lineTo(cx + 3.4, cy);
        d.lineTo(cx, cy + 3.4);
        d.lineTo(cx - 3.4, cy);
        d.closePath();
        java.awt.Color old = g.getColor();
        g.setColor(ChartPalette.current().paper());
        g.fill(d);
        g.setColor(old);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(d);
        g.setStroke(new BasicStroke(0.4f));
    }
}
