package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One indicator's target (目標値) and actual (実績値) by 年度: the targets as a dashed line with open squares, the
 * actuals as a solid line with filled circles (told apart by line and marker, never by colour alone), the baseline
 * (現状値) as a dotted rule, each actual's value printed above its point. A year without a target or an actual leaves a
 * gap in that line. The texts come from the caller in its language (the chart package knows no bundle); the screen
 * shows the same values in a table beside it for screen readers, and the 評価シート can draw the same record.
 */
public record IndicatorTrendChart(List<Point> points, Double baseline, String unit, Labels labels, ChartStyle style)
        implements Chart {

    /** One 年度 on the horizontal axis: its label (「R8」, 「2026」) and its target and actual, null when none. */
    public record Point(String yearLabel, Double target, Double actual) {
        public Point {
            Objects.requireNonNull(yearLabel, "yearLabel");
        }
    }

    /** The legend's words: 目標値, 実績値, 現状値 (or Target, Actual, Baseline). */
    public record Labels(String target, String actual, String baseline) {
        public Labels {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(baseline, "baseline");
        }
    }

    public IndicatorTrendChart {
        points = List.copyOf(points);
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(style, "style");
    }

    /** Whether there is anything to draw: at least one target or actual. */
    public boolean hasValues() {
        return points.stream().anyMatch(p -> p.target() != null || p.actual() != null);
    }

    /** The vertical axis: from {@code low} to {@code high} in steps of {@code step}. */
    record Scale(double low, double high, double step) {
        double span() {
            return high - low;
        }
    }

    /**
     * The axis the values need: from 0 (or the lowest value, when one is below 0) to the first tick at or above the
     * highest value, in steps of 1, 2 or 5 times a power of ten; a flat series gets a span of its own size.
     */
    Scale scale() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            for (Double v : new Double[] {p.target(), p.actual()}) {
                if (v != null) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (baseline != null) {
            lo = Math.min(lo, baseline);
            hi = Math.max(hi, baseline);
        }
        if (lo == Double.POSITIVE_INFINITY) {
            return new Scale(0, 1, 0.2);
        }
        lo = Math.min(0, lo);
        if (hi <= lo) {
            hi = lo + Math.max(1, Math.abs(lo));
        }
        double step = Axis.niceStep(hi - lo, 5);
        double low = Math.floor(lo / step + 1e-9) * step;
        double high = Math.ceil(hi / step - 1e-9) * step;
        if (high <= low) {
            high = low + step;
        }
        return new Scale(low, high, step);
    }

    private double plotHeight() {
        return style.lineHeight() * 8;
    }

    private double legendHeight() {
        return style.lineHeight() * 1.4;
    }

    private double axisHeight() {
        return style.lineHeight() * 1.6;
    }

    @Override
    public double preferredHeight(double width) {
        return legendHeight() + plotHeight() + axisHeight();
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

    /** A value as the axis and the labels print it: grouped thousands, no more decimals than it has (at most 2). */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(2);
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        return f.format(d.doubleValue());
    }

    private void paint(Graphics2D g, double width, double height) {
        Font font = style.text();
        Font small = style.small();
        double lh = style.lineHeight();
        drawLegend(g, font, width);
        Scale s = scale();
        List<String> ticks = new ArrayList<>();
        double axisW = 0;
        for (double v = s.low(); v <= s.high() + s.step() * 1e-6; v += s.step()) {
            String t = number(v);
            ticks.add(t);
            axisW = Math.max(axisW, ChartText.width(small, t));
        }
        String unitText = unit.isBlank() ? "" : "（" + unit + "）";
        axisW = Math.max(axisW, ChartText.width(small, unitText)) + 6;
        double top = legendHeight() + lh * 0.4;
        double bottom = Math.max(top + lh * 2, height - axisHeight());
        double x0 = axisW;
        double plotW = Math.max(10, width - x0 - 4);
        double plotH = bottom - top;
        int n = Math.max(1, points.size());
        double slot = plotW / n;

        Stroke thin = new BasicStroke(0.4f);
        Stroke grid = new BasicStroke(0.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 2}, 0);
        g.setColor(style.ink());
        if (!unitText.isEmpty()) {
            ChartText.drawCentredY(g, small, unitText, 0, top - lh * 0.3);
        }
        for (int i = 0; i < ticks.size(); i++) {
            double v = s.low() + i * s.step();
            double y = y(v, s, top, plotH);
            g.setStroke(grid);
            g.setColor(style.faint());
            if (i > 0) {
                g.draw(new Line2D.Double(x0, y, x0 + plotW, y));
            }
            g.setColor(style.ink());
            ChartText.drawRight(g, small, ticks.get(i), x0 - 3, y);
        }
        g.setStroke(thin);
        g.setColor(style.rule());
        g.draw(new Line2D.Double(x0, top, x0, bottom));
        g.draw(new Line2D.Double(x0, bottom, x0 + plotW, bottom));
        g.setColor(style.ink());
        for (int i = 0; i < points.size(); i++) {
            double cx = x0 + slot * (i + 0.5);
            ChartText.drawCentred(g, small, ChartText.fit(small, points.get(i).yearLabel(), slot - 2), cx,
                    bottom + lh * 0.6);
        }
        if (baseline != null) {
            double y = y(baseline, s, top, plotH);
            g.setColor(style.rule());
            g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {1, 2}, 0));
            g.draw(new Line2D.Double(x0, y, x0 + plotW, y));
            g.setColor(style.ink());
            String text = labels.baseline() + " " + number(baseline);
            ChartText.drawRight(g, small, text, x0 + plotW - 2, y - small.getSize2D() * 0.7);
        }
        // Targets: dashed, open squares.
        g.setColor(style.ink());
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {4, 3}, 0));
        g.draw(line(s, top, plotH, x0, slot, true));
        double m = style.fontSize() * 0.42;
        g.setStroke(new BasicStroke(1.0f));
        for (int i = 0; i < points.size(); i++) {
            Double v = points.get(i).target();
            if (v != null) {
                double cx = x0 + slot * (i + 0.5);
                double cy = y(v, s, top, plotH);
                Rectangle2D box = new Rectangle2D.Double(cx - m, cy - m, 2 * m, 2 * m);
                g.setColor(style.paper());
                g.fill(box);
                g.setColor(style.ink());
                g.draw(box);
            }
        }
        // Actuals: solid, filled circles, the value above each.
        Fill actualFill = Fills.series(0);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(actualFill.colour());
        g.draw(line(s, top, plotH, x0, slot, false));
        for (int i = 0; i < points.size(); i++) {
            Double v = points.get(i).actual();
            if (v != null) {
                double cx = x0 + slot * (i + 0.5);
                double cy = y(v, s, top, plotH);
                Ellipse2D dot = new Ellipse2D.Double(cx - m * 1.1, cy - m * 1.1, 2.2 * m, 2.2 * m);
                g.setColor(actualFill.colour());
                g.fill(dot);
                g.setColor(style.ink());
                g.setStroke(thin);
                g.draw(dot);
                String text = ChartText.fit(small, number(v), slot - 2);
                double ty = cy - m * 1.1 - small.getSize2D() * 0.6;
                ChartText.drawCentred(g, small, text, cx, Math.max(top + small.getSize2D() * 0.5, ty));
            }
        }
    }

    private Path2D line(Scale s, double top, double plotH, double x0, double slot, boolean targets) {
        Path2D path = new Path2D.Double();
        boolean open = false;
        for (int i = 0; i < points.size(); i++) {
            Double v = targets ? points.get(i).target() : points.get(i).actual();
            if (v == null) {
                open = false;
                continue;
            }
            double x = x0 + slot * (i + 0.5);
            double y = y(v, s, top, plotH);
            if (open) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                open = true;
            }
        }
        return path;
    }

    private static double y(double v, Scale s, double top, double plotH) {
        return top + plotH * (1 - (v - s.low()) / s.span());
    }

    private void drawLegend(Graphics2D g, Font font, double width) {
        double lh = style.lineHeight();
        double cy = lh * 0.7;
        double sample = style.fontSize() * 2.4;
        double m = style.fontSize() * 0.42;
        double x = 0;
        // 目標値: dashed line with an open square.
        g.setColor(style.ink());
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {4, 3}, 0));
        g.draw(new Line2D.Double(x, cy, x + sample, cy));
        Rectangle2D box = new Rectangle2D.Double(x + sample / 2 - m, cy - m, 2 * m, 2 * m);
        g.setStroke(new BasicStroke(1.0f));
        g.setColor(style.paper());
        g.fill(box);
        g.setColor(style.ink());
        g.draw(box);
        x += sample + 4;
        ChartText.drawCentredY(g, font, labels.target(), x, cy);
        x += ChartText.width(font, labels.target()) + 14;
        // 実績値: solid line with a filled circle.
        Fill actualFill = Fills.series(0);
        g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(actualFill.colour());
        g.draw(new Line2D.Double(x, cy, x + sample, cy));
        Ellipse2D dot = new Ellipse2D.Double(x + sample / 2 - m * 1.1, cy - m * 1.1, 2.2 * m, 2.2 * m);
        g.fill(dot);
        g.setColor(style.ink());
        g.setStroke(new BasicStroke(0.4f));
        g.draw(dot);
        x += sample + 4;
        ChartText.drawCentredY(g, font, ChartText.fit(font, labels.actual(), Math.max(0, width - x)), x, cy);
    }
}
