package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * How the raters scored one measure: one row per criterion with the criterion's scale as an axis, one dot per rater's
 * value (equal or nearly equal values stacked upwards, never hidden behind each other) and the mean as an open
 * triangle under the axis. Raters are told apart by the shape of their dot, not by colour, so a grey-scale copy keeps
 * them apart; their names stand next to the dots unless the chart is anonymous. Anonymous charts draw every dot the
 * same shape: a rater who always has "the triangle" could otherwise be recognised across rows.
 */
public record DistributionChart(List<Row> rows, boolean anonymous, String meanText, ChartStyle style)
        implements Chart {

    /** One rater's value; {@code rater} is the rater's position (it picks the shape), {@code name} their name. */
    public record Dot(int rater, String name, double value) {
        public Dot {
            name = name == null ? "" : name;
        }
    }

    /** One criterion: its label and scale, and the values given on it. */
    public record Row(String label, int min, int max, List<Dot> dots) {
        public Row {
            dots = List.copyOf(dots);
            if (max <= min) {
                throw new IllegalArgumentException("A scale needs max > min, got " + min + "–" + max + ".");
            }
        }

        /** The mean of the values, or NaN when nobody rated it. */
        public double mean() {
            return dots.stream().mapToDouble(Dot::value).average().orElse(Double.NaN);
        }
    }

    /** Where a dot is drawn (its centre), for tooltips on screen and for tests. */
    public record Placed(int row, Dot dot, double x, double y) {
    }

    public DistributionChart {
        rows = List.copyOf(rows);
        meanText = meanText == null ? "" : meanText;
    }

    /**
     * The chart of measure {@code measureId}: one row per plan criterion (plan order), the dots from {@code scores} on
     * that measure (for example a revealed round's); raters in plan order pick the shapes.
     */
    public static DistributionChart of(Plan plan, String measureId, List<Score> scores, boolean anonymous,
                                       String meanText, ChartStyle style) {
        Map<String, Integer> raterIndex = new HashMap<>();
        Map<String, String> raterName = new HashMap<>();
        for (Rater r : plan.raters()) {
            raterIndex.putIfAbsent(r.id(), raterIndex.size());
            raterName.putIfAbsent(r.id(), r.name());
        }
        List<Row> rows = new ArrayList<>();
        for (Criterion c : plan.criteria()) {
            List<Dot> dots = new ArrayList<>();
            for (Score s : scores) {
                if (s.measure().equals(measureId) && s.criterion().equals(c.id())) {
                    int index = raterIndex.computeIfAbsent(s.rater(), k -> raterIndex.size());
                    dots.add(new Dot(index, raterName.getOrDefault(s.rater(), s.rater()), s.value()));
                }
            }
            rows.add(new Row(c.name(), c.scale().min(), c.scale().max(), dots));
        }
        return new DistributionChart(rows, anonymous, meanText, style);
    }

    /**
     * Where a rater's name is written: its box (top-left corner, width, height; the box of the text as drawn) and
     * whether it went to the row's legend under the axis because there was no room beside the dot.
     */
    public record NameLabel(int row, Dot dot, String text, double x, double y, double width, double height,
                            boolean inLegend) {
        public Rectangle2D box() {
            return new Rectangle2D.Double(x, y, width, height);
        }
    }

    /** One row laid out: its top and height, its axis, its dots (centres) and its names. */
    private record RowLayout(double top, double height, double axisY, List<Placed> dots, List<NameLabel> labels) {
    }

    private double dotRadius() {
        return style.fontSize() * 0.4;
    }

    /** Half the width of the widest dot shape (the diamond reaches 1.15 radii). */
    private double dotHalf() {
        return dotRadius() * 1.15;
    }

    private double nameHeight() {
        return style.small().getSize2D();
    }

    private double stackStep() {
        double dots = dotRadius() * 2 + 1.5;
        // With names, stacked dots are at least a name's height apart, so names beside a stack never touch.
        return anonymous ? dots : Math.max(dots, nameHeight() + 0.5);
    }

    private double axisArea() {
        // Axis line, the mean triangle under it, and the tick labels.
        return style.lineHeight() * 1.4;
    }

    private double legendHeight() {
        return style.lineHeight() * 1.3;
    }

    private double nameLegendLine() {
        return style.lineHeight() * 0.85;
    }

    @Override
    public double preferredHeight(double width) {
        double h = legendHeight();
        for (RowLayout r : layout(width)) {
            h += r.height();
        }
        return h;
    }

    private static int levels(List<Placed> row) {
        return row.stream().mapToInt(p -> (int) Math.round(p.y())).max().orElse(-1) + 1;
    }

    /** Every dot with its centre, rows in order, dots by value within a row. */
    public List<Placed> positions(double width) {
        List<Placed> result = new ArrayList<>();
        for (RowLayout r : layout(width)) {
            result.addAll(r.dots());
        }
        return result;
    }

    /**
     * Every rater name with the box it is drawn in, rows in order. Boxes never overlap each other or a dot: a name
     * goes right of its dot, else left of it, else into a line of "shape name" entries under the row's axis.
     */
    public List<NameLabel> labels(double width) {
        List<NameLabel> result = new ArrayList<>();
        for (RowLayout r : layout(width)) {
            result.addAll(r.labels());
        }
        return result;
    }

    private double dotY(double axisY, int level) {
        return axisY - dotRadius() - 1.5 - level * stackStep();
    }

    private double labelWidth(double width) {
        Font font = style.text();
        double w = 0;
        for (Row r : rows) {
            w = Math.max(w, ChartText.width(font, r.label()));
        }
        return Math.min(w + 6, width * 0.3);
    }

    private double nameRoom(double width) {
        if (anonymous) {
            return 0;
        }
        Font small = style.small();
        double w = 0;
        for (Row r : rows) {
            for (Dot d : r.dots()) {
                w = Math.max(w, ChartText.width(small, d.name()));
            }
        }
        return Math.min(w + dotHalf() + 3, width * 0.18);
    }

    private double plotLeft(double width) {
        return labelWidth(width) + 6 + dotRadius();
    }

    private double plotWidth(double width) {
        return Math.max(10, width - plotLeft(width) - nameRoom(width) - dotRadius() - 4);
    }

    private double xOf(Row row, double value, double width) {
        return plotLeft(width) + (value - row.min()) / (row.max() - row.min()) * plotWidth(width);
    }

    private List<RowLayout> layout(double width) {
        List<List<Placed>> levelled = placeAll(width);
        List<RowLayout> out = new ArrayList<>();
        double top = legendHeight();
        for (int i = 0; i < rows.size(); i++) {
            int levels = levels(levelled.get(i));
            double above = Math.max(1, levels) * stackStep() + style.lineHeight() * 0.5;
            double axisY = top + above;
            List<Placed> dots = new ArrayList<>();
            for (Placed p : levelled.get(i)) {
                dots.add(new Placed(i, p.dot(), p.x(), dotY(axisY, (int) Math.round(p.y()))));
            }
            List<NameLabel> labels = new ArrayList<>();
            int legendLines = anonymous ? 0 : names(i, dots, axisY, width, labels);
            double height = above + axisArea() + legendLines * nameLegendLine()
                    + (legendLines > 0 ? style.lineHeight() * 0.2 : 0);
            out.add(new RowLayout(top, height, axisY, List.copyOf(dots), List.copyOf(labels)));
            top += height;
        }
        return out;
    }

    /**
     * Places the names of one row's dots into {@code out}, each beside its dot where that side is free of dots and
     * names placed before; the rest in legend lines under the axis. Returns the number of legend lines.
     */
    private int names(int row, List<Placed> dots, double axisY, double width, List<NameLabel> out) {
        Font small = style.small();
        double h = nameHeight();
        double half = dotHalf();
        double gap = 2;
        double left = labelWidth(width);
        double besideMax = Math.max(h, nameRoom(width) - half - 3);
        List<Rectangle2D> taken = new ArrayList<>();
        for (Placed p : dots) {
            taken.add(new Rectangle2D.Double(p.x() - half, p.y() - half, 2 * half, 2 * half));
        }
        List<Placed> homeless = new ArrayList<>();
        for (Placed p : dots) {
            if (p.dot().name().isEmpty()) {
                continue;
            }
            String text = ChartText.fit(small, p.dot().name(), besideMax);
            double w = ChartText.width(small, text);
            double y = p.y() - h / 2;
            Rectangle2D right = new Rectangle2D.Double(p.x() + half + gap, y, w, h);
            Rectangle2D leftBox = new Rectangle2D.Double(p.x() - half - gap - w, y, w, h);
            Rectangle2D chosen = free(right, taken, left, width) ? right
                    : free(leftBox, taken, left, width) ? leftBox : null;
            if (chosen == null || text.isEmpty()) {
                homeless.add(p);
            } else {
                taken.add(chosen);
                out.add(new NameLabel(row, p.dot(), text, chosen.getX(), y, w, h, false));
            }
        }
        if (homeless.isEmpty()) {
            return 0;
        }
        // The legend: "shape name" entries flowing from the start of the axis, wrapped to the chart's width.
        double start = plotLeft(width) - dotRadius();
        double entryGap = style.lineHeight() * 0.6;
        double lead = 2 * half + 3;
        double x = start;
        int line = 0;
        for (Placed p : homeless) {
            String text = ChartText.fit(small, p.dot().name(), Math.max(h, width - start - lead));
            double w = ChartText.width(small, text);
            if (x > start && x + lead + w > width) {
                line++;
                x = start;
            }
            double cy = axisY + axisArea() + (line + 0.5) * nameLegendLine();
            out.add(new NameLabel(row, p.dot(), text, x + lead, cy - h / 2, w, h, true));
            x += lead + w + entryGap;
        }
        return line + 1;
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken, double left, double right) {
        if (box.getMinX() < left || box.getMaxX() > right) {
            return false;
        }
        for (Rectangle2D t : taken) {
            if (t.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Dots by value, each on the lowest level where no dot already there is closer than a dot's width, so ties and
     * near-ties stack instead of covering each other. The level is returned in {@code y} (0 = on the axis).
     */
    private List<List<Placed>> placeAll(double width) {
        double minGap = dotRadius() * 2 + 0.5;
        List<List<Placed>> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Dot> sorted = new ArrayList<>(row.dots());
            sorted.sort(Comparator.comparingDouble(Dot::value).thenComparingInt(Dot::rater));
            List<Placed> placed = new ArrayList<>();
            for (Dot d : sorted) {
                double x = xOf(row, d.value(), width);
                int level = 0;
                while (occupied(placed, level, x, minGap)) {
                    level++;
                }
                placed.add(new Placed(i, d, x, level));
            }
            all.add(placed);
        }
        return all;
    }

    private static boolean occupied(List<Placed> placed, int level, double x, double minGap) {
        for (Placed p : placed) {
            if ((int) p.y() == level && Math.abs(p.x() - x) < minGap) {
                return true;
            }
        }
        return false;
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
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(style.ink());
        // Legend: the mean marker.
        double ly = lh * 0.6;
        meanMarker(g, 4, ly - 2);
        ChartText.drawCentredY(g, font, meanText, 12, ly);

        double labelW = labelWidth(width);
        double plotL = plotLeft(width);
        double plotW = plotWidth(width);
        List<RowLayout> layout = layout(width);
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            RowLayout r = layout.get(i);
            double axisY = r.axisY();
            g.setColor(style.ink());
            ChartText.drawCentredY(g, font, ChartText.fit(font, row.label(), labelW - 6), 0, axisY - stackStep() / 2);
            axis(g, row, plotL, plotW, axisY, small, width);
            for (Placed p : r.dots()) {
                shape(g, anonymous ? 0 : p.dot().rater(), p.x(), p.y());
            }
            for (NameLabel n : r.labels()) {
                double cy = n.y() + n.height() / 2;
                if (n.inLegend()) {
                    shape(g, n.dot().rater(), n.x() - 3 - dotHalf(), cy);
                }
                g.setColor(style.ink());
                ChartText.drawCentredY(g, small, n.text(), n.x(), cy);
            }
            double mean = row.mean();
            if (!Double.isNaN(mean)) {
                g.setColor(style.ink());
                meanMarker(g, xOf(row, mean, width), axisY + 1);
            }
            double bottom = r.top() + r.height();
            if (i < rows.size() - 1) {
                g.setColor(style.faint());
                g.draw(new Line2D.Double(0, bottom, width, bottom));
            }
        }
    }

    private void axis(Graphics2D g, Row row, double plotL, double plotW, double axisY, Font small, double width) {
        g.setColor(style.rule());
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(plotL, axisY, plotL + plotW, axisY));
        double span = row.max() - row.min();
        double step = Math.max(1, Axis.niceStep(span, 10));
        for (double v = row.min(); v <= row.max() + 1e-9; v += step) {
            double x = xOf(row, v, width);
            g.setColor(style.rule());
            g.draw(new Line2D.Double(x, axisY, x, axisY + 2.5));
            g.setColor(style.ink());
            ChartText.drawCentred(g, small, String.valueOf((int) Math.round(v)), x, axisY + style.lineHeight() * 0.95);
        }
    }

    /** The open triangle pointing up at the mean, just under the axis. */
    private void meanMarker(Graphics2D g, double cx, double topY) {
        double s = dotRadius() * 1.1;
        Path2D t = new Path2D.Double();
        t.moveTo(cx, topY);
        t.lineTo(cx + s, topY + s * 1.6);
        t.lineTo(cx - s, topY + s * 1.6);
        t.closePath();
        Color old = g.getColor();
        g.setColor(style.paper());
        g.fill(t);
        g.setColor(old);
        g.setStroke(new BasicStroke(0.9f));
        g.draw(t);
        g.setStroke(new BasicStroke(0.6f));
    }

    /**
     * The dot of rater {@code index}: circle, square, triangle, diamond, filled and open alternating, so neighbouring
     * raters differ in both outline and fill; the second four swap fill and the shapes repeat after eight raters.
     */
    private void shape(Graphics2D g, int index, double cx, double cy) {
        double r = dotRadius();
        int kind = Math.floorMod(index, 8);
        Shape s = switch (kind % 4) {
            case 0 -> new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            case 1 -> new Rectangle2D.Double(cx - r * 0.9, cy - r * 0.9, 1.8 * r, 1.8 * r);
            case 2 -> polygon(cx, cy, r * 1.15, 3, -Math.PI / 2);
            default -> polygon(cx, cy, r * 1.15, 4, 0);
        };
        g.setColor(filled(index) ? style.ink() : style.paper());
        g.fill(s);
        g.setColor(style.ink());
        g.setStroke(new BasicStroke(0.8f));
        g.draw(s);
        g.setStroke(new BasicStroke(0.6f));
    }

    /** Whether rater {@code index}'s dot is filled (the first rater's is: the plain black dot). */
    static boolean filled(int index) {
        int kind = Math.floorMod(index, 8);
        return (kind + kind / 4) % 2 == 0;
    }

    private static Shape polygon(double cx, double cy, double r, int corners, double start) {
        Path2D p = new Path2D.Double();
        for (int k = 0; k < corners; k++) {
            double a = start + k * 2 * Math.PI / corners;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (k == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
