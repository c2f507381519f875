package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fiscal-year Gantt chart: one row per scheduled measure with a bar over the years it runs, the priority tier
 * written on the bar (so it reads without colour), arrows from each prerequisite's end to the start of what needs
 * it, and a last row with the budget of each year. Arrows whose prerequisite is not among the rows are left out.
 */
public record GanttChart(List<YearColumn> years, List<Row> rows, String labelHeader, String budgetHeader,
                         ChartStyle style) implements Chart {

    /** One fiscal year column: heading (e.g. 2027年度), second heading line (e.g. 令和9年度), budget text or null. */
    public record YearColumn(int year, String label, String subLabel, String budgetText) {
    }

    /**
     * One measure: id, label, tier text drawn on the bar, tier position ({@code tierIndex} of {@code tierCount},
     * 0 = highest; −1 unscored), start and end fiscal year (inclusive), and the ids of its prerequisites.
     */
    public record Row(String id, String label, String tierText, int tierIndex, int tierCount, int start, int end,
                      List<String> after) {
        public Row {
            after = List.copyOf(after);
        }
    }

    public GanttChart {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    private double headerHeight() {
        return style.lineHeight() * 2.2;
    }

    private double rowHeight() {
        return style.lineHeight() * 1.25;
    }

    private boolean hasBudget() {
        return years.stream().anyMatch(y -> y.budgetText() != null);
    }

    @Override
    public double preferredHeight(double width) {
        return headerHeight() + rows.size() * rowHeight() + (hasBudget() ? rowHeight() * 1.2 : 0) + 2;
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
        double labelW = Math.min(width * 0.40, Math.max(width * 0.25, 260));
        int n = Math.max(1, years.size());
        double colW = (width - labelW) / n;
        double headH = headerHeight();
        double rowH = rowHeight();
        double top = headH;
        double bodyBottom = top + rows.size() * rowH;
        double bottom = bodyBottom + (hasBudget() ? rowH * 1.2 : 0);
        Stroke thin = new BasicStroke(0.4f);
        Stroke arrow = new BasicStroke(0.8f);

        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                g.setColor(new Color(0xF2F2F2));
                g.fill(new Rectangle2D.Double(0, top + i * rowH, width, rowH));
            }
        }
        g.setStroke(thin);
        g.setColor(style.rule());
        g.draw(new Line2D.Double(0, top, width, top));
        g.draw(new Line2D.Double(0, bottom, width, bottom));
        for (int c = 0; c <= n; c++) {
            double x = labelW + c * colW;
            g.draw(new Line2D.Double(x, 0, x, bottom));
        }
        if (hasBudget()) {
            g.draw(new Line2D.Double(0, bodyBottom, width, bodyBottom));
        }
        g.setColor(style.ink());
        ChartText.drawCentredY(g, font, ChartText.fit(font, labelHeader, labelW - 6), 2, headH / 2);
        for (int c = 0; c < years.size(); c++) {
            YearColumn y = years.get(c);
            double cx = labelW + (c + 0.5) * colW;
            ChartText.drawCentred(g, font, ChartText.fit(font, y.label(), colW - 4), cx, headH * 0.32);
            if (y.subLabel() != null && !y.subLabel().isEmpty()) {
                ChartText.drawCentred(g, small, ChartText.fit(small, y.subLabel(), colW - 4), cx, headH * 0.72);
            }
        }
        Map<String, Rectangle2D> barOf = new HashMap<>();
        int first = years.isEmpty() ? 0 : years.get(0).year();
        double barH = rowH * 0.7;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = top + i * rowH + rowH / 2;
            g.setColor(style.ink());
            ChartText.drawCentredY(g, font, ChartText.fit(font, r.label(), labelW - 6), 2, cy);
            int s = Math.max(r.start(), first);
            int e = Math.min(r.end(), first + n - 1);
            if (e < s) {
                continue;
            }
            double x1 = labelW + (s - first) * colW + 2;
            double x2 = labelW + (e - first + 1) * colW - 2;
            Rectangle2D bar = new Rectangle2D.Double(x1, cy - barH / 2, x2 - x1, barH);
            Fill fill = Fills.tier(r.tierIndex(), r.tierCount());
            Fills.paint(g, bar, fill);
            g.setStroke(thin);
            g.setColor(style.rule());
            g.draw(bar);
            barOf.put(r.id(), bar);
            if (r.tierText() != null && !r.tierText().isEmpty()) {
                String t = ChartText.fit(small, r.tierText(), x2 - x1 - 4);
                double tw = ChartText.width(small, t);
                // A plate behind the text keeps it legible over a hatch.
                if (fill.hatch() != Fill.Hatch.NONE) {
                    g.setColor(fill.colour());
                    g.fill(new Rectangle2D.Double((x1 + x2) / 2 - tw / 2 - 1.5, cy - small.getSize2D() * 0.6,
                            tw + 3, small.getSize2D() * 1.2));
                }
                g.setColor(fill.textColour());
                ChartText.drawCentred(g, small, t, (x1 + x2) / 2, cy);
            }
        }
        g.setStroke(arrow);
        g.setColor(style.ink());
        for (Row r : rows) {
            Rectangle2D to = barOf.get(r.id());
            if (to == null) {
                continue;
            }
            for (String pre : r.after()) {
                Rectangle2D from = barOf.get(pre);
                if (from != null) {
                    arrow(g, from, to);
                }
            }
        }
        if (hasBudget()) {
            g.setColor(style.ink());
            double cy = bodyBottom + rowH * 0.6;
            ChartText.drawCentredY(g, font, ChartText.fit(font, budgetHeader, labelW - 6), 2, cy);
            for (int c = 0; c < years.size(); c++) {
                String t = years.get(c).budgetText();
                if (t != null) {
                    ChartText.drawRight(g, small, ChartText.fit(small, t, colW - 6), labelW + (c + 1) * colW - 3, cy);
                }
            }
        }
    }

    /** An elbow from the right end of {@code from} to the left end of {@code to}, with a head at {@code to}. */
    private static void arrow(Graphics2D g, Rectangle2D from, Rectangle2D to) {
        double sx = from.getMaxX();
        double sy = from.getCenterY();
        double ex = to.getMinX();
        double ey = to.getCenterY();
        Path2D p = new Path2D.Double();
        if (ex - sx >= 4) {
            double mx = ex - 2.5;
            p.moveTo(sx, sy);
            p.lineTo(mx, sy);
            p.lineTo(mx, ey);
            p.lineTo(ex, ey);
        } else {
            // Overlapping years (a pinned start): drop from the prerequisite's end straight to the later bar.
            double x = Math.max(ex + 3, Math.min(sx - 3, to.getMaxX() - 3));
            p.moveTo(x, sy + (ey > sy ? from.getHeight() / 2 : -from.getHeight() / 2));
            p.lineTo(x, ey + (ey > sy ? -to.getHeight() / 2 : to.getHeight() / 2));
            g.draw(p);
            head(g, x, ey + (ey > sy ? -to.getHeight() / 2 : to.getHeight() / 2), 0, ey > sy ? 1 : -1);
            return;
        }
        g.draw(p);
        head(g, ex, ey, 1, 0);
    }

    private static void head(Graphics2D g, double x, double y, double dx, double dy) {
        double len = 3.2;
        double half = 1.8;
        Path2D h = new Path2D.Double();
        h.moveTo(x, y);
        h.lineTo(x - dx * len - dy * half, y - dy * len + dx * half);
        h.lineTo(x - dx * len + dy * half, y - dy * len - dx * half);
        h.closePath();
        g.fill(h);
    }
}
