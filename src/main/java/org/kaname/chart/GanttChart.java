package org.kaname.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fiscal-year Gantt chart: one row per scheduled measure with a bar over the years it runs, the priority tier
 * written on the bar (so it reads without colour), arrows from each prerequisite's end to the start of what needs
 * it, and a last row with the budget of each year. Arrows whose prerequisite is not among the rows are left out.
 * <p>
 * The screen draws the same chart with more on it: heading rows for pillars and support measures, measures that
 * could not be placed with a note instead of a bar, pinned bars outlined with a dashed line, indicator milestones
 * (◆ KPI) in their target year, and the selected row marked. The report uses none of these, so its drawing stays as
 * it was. {@link #geometry(double)} gives the layout, so a screen can tell which row and year lie under the pointer.
 */
public record GanttChart(List<YearColumn> years, List<Row> rows, String labelHeader, String budgetHeader,
                         ChartStyle style, String selectedId, double minRowHeight, boolean fitLabels)
        implements Chart {

    /** One fiscal year column: heading (e.g. 2027年度), second heading line (e.g. 令和9年度), budget text or null. */
    public record YearColumn(int year, String label, String subLabel, String budgetText) {
    }

    /** What a row is: a measure (with a bar or a note), or a heading that groups the measures below it. */
    public enum Kind { MEASURE, HEADING }

    /** An indicator's target: a diamond at the end of its fiscal year with a short label (KGI, KSI, KPI). */
    public record Milestone(int year, String label) {
    }

    /**
     * One row: id, label, tier text drawn on the bar, tier position ({@code tierIndex} of {@code tierCount},
     * 0 = highest; −1 unscored), start and end fiscal year (inclusive; a row with {@code end < start} has no bar),
     * the ids of its prerequisites; then what only the screen uses: the kind, the indent level of the label, whether
     * the start is pinned, a note drawn instead of a bar (null for none) and milestones.
     */
    public record Row(String id, String label, String tierText, int tierIndex, int tierCount, int start, int end,
                      List<String> after, Kind kind, int indent, boolean pinned, String note,
                      List<Milestone> milestones) {
        public Row {
            after = List.copyOf(after);
            milestones = List.copyOf(milestones);
            kind = kind == null ? Kind.MEASURE : kind;
            indent = Math.max(0, indent);
        }

        /** A scheduled measure as the report draws it. */
        public Row(String id, String label, String tierText, int tierIndex, int tierCount, int start, int end,
                   List<String> after) {
            this(id, label, tierText, tierIndex, tierCount, start, end, after, Kind.MEASURE, 0, false, null, List.of());
        }

        /** A heading row (pillar, support measure): its label in bold, its milestones, no bar. */
        public static Row heading(String id, String label, int indent, List<Milestone> milestones) {
            return new Row(id, label, null, -1, 0, 0, -1, List.of(), Kind.HEADING, indent, false, null, milestones);
        }

        /** A measure that has no bar (deferred, unscored): the note says why. */
        public static Row unplaced(String id, String label, int indent, String note, List<Milestone> milestones) {
            return new Row(id, label, null, -1, 0, 0, -1, List.of(), Kind.MEASURE, indent, false, note, milestones);
        }

        public Row withLayout(int indent, boolean pinned, List<Milestone> milestones) {
            return new Row(id, label, tierText, tierIndex, tierCount, start, end, after, kind, indent, pinned, note,
                    milestones);
        }

        public boolean hasBar() {
            return kind == Kind.MEASURE && end >= start;
        }
    }

    public GanttChart {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
        minRowHeight = Math.max(0, minRowHeight);
    }

    /** The report's chart: nothing selected, rows as high as the font needs. */
    public GanttChart(List<YearColumn> years, List<Row> rows, String labelHeader, String budgetHeader,
                      ChartStyle style) {
        this(years, rows, labelHeader, budgetHeader, style, null, 0, false);
    }

    /** The same chart with the row of {@code id} marked as selected (null for none). */
    public GanttChart withSelected(String id) {
        return new GanttChart(years, rows, labelHeader, budgetHeader, style, id, minRowHeight, fitLabels);
    }

    /** The same chart with rows at least {@code height} high (a screen wants room to point at). */
    public GanttChart withMinRowHeight(double height) {
        return new GanttChart(years, rows, labelHeader, budgetHeader, style, selectedId, height, fitLabels);
    }

    /**
     * The same chart with its labels read whole where the width allows (the projection's roadmap, read from across
     * the room): the label column is as wide as the longest label, measured, leaving each year column room for its
     * heading and budget; a label still too long wraps onto a second line when the row is tall enough for two, and
     * only then is shortened with "…". Without it the column is a quarter of the width, as the report prints it.
     */
    public GanttChart withFittedLabels() {
        return new GanttChart(years, rows, labelHeader, budgetHeader, style, selectedId, minRowHeight, true);
    }

    /**
     * Where things are when the chart is drawn {@code width} wide: the label column, the year columns and the rows.
     * The drawing uses it too, so hit-testing on screen matches the picture exactly.
     */
    public record Geometry(double labelWidth, double columnWidth, double top, double rowHeight, int firstYear,
                           int yearCount, int rowCount, double width) {
        /** The row under {@code y}, or −1 above or below the rows. */
        public int rowAt(double y) {
            if (y < top) {
                return -1;
            }
            int r = (int) Math.floor((y - top) / rowHeight);
            return r < rowCount ? r : -1;
        }

        /** The fiscal year under {@code x}, if it is over a year column. */
        public OptionalInt yearAt(double x) {
            if (x < labelWidth || yearCount == 0) {
                return OptionalInt.empty();
            }
            int c = (int) Math.floor((x - labelWidth) / columnWidth);
            return c < yearCount ? OptionalInt.of(firstYear + c) : OptionalInt.empty();
        }

        /** The left edge of {@code year}'s column. */
        public double yearLeft(int year) {
            return labelWidth + (year - firstYear) * columnWidth;
        }

        public Rectangle2D rowBounds(int row) {
            return new Rectangle2D.Double(0, top + row * rowHeight, width, rowHeight);
        }

        public double rowCentre(int row) {
            return top + row * rowHeight + rowHeight / 2;
        }

        /** The bar of a row running from {@code start} to {@code end}, cut to the chart's years; empty if outside. */
        public Optional<Rectangle2D> bar(int row, int start, int end, double barHeight) {
            int s = Math.max(start, firstYear);
            int e = Math.min(end, firstYear + Math.max(1, yearCount) - 1);
            if (e < s) {
                return Optional.empty();
            }
            double x1 = yearLeft(s) + 2;
            double x2 = yearLeft(e + 1) - 2;
            double cy = rowCentre(row);
            return Optional.of(new Rectangle2D.Double(x1, cy - barHeight / 2, x2 - x1, barHeight));
        }
    }

    public Geometry geometry(double width) {
        double labelW = Math.min(width * 0.40, Math.max(width * 0.25, 260));
        if (fitLabels) {
            labelW = fittedLabelWidth(width, labelW);
        }
        int n = Math.max(1, years.size());
        int first = years.isEmpty() ? 0 : years.get(0).year();
        return new Geometry(labelW, (width - labelW) / n, headerHeight(), rowHeight(), first, years.size(),
                rows.size(), width);
    }

    /** The most a fitted label column takes of the width: the bars still show their years. */
    static final double MAX_LABEL_SHARE = 0.55;

    /**
     * The label column as wide as its longest label (with its indent and margins), at least {@code usual}, at most
     * {@link #MAX_LABEL_SHARE} of the width and never so wide that a year's heading or budget would be cut.
     */
    private double fittedLabelWidth(double width, double usual) {
        Font font = style.text();
        Font small = style.small();
        Font bold = font.deriveFont(Font.BOLD);
        double needed = ChartText.width(font, labelHeader) + 6;
        for (Row r : rows) {
            Font f = r.kind() == Kind.HEADING ? bold : font;
            needed = Math.max(needed, 2 + r.indent() * style.fontSize() + ChartText.width(f, r.label()) + 4);
        }
        if (hasBudget()) {
            needed = Math.max(needed, ChartText.width(font, budgetHeader) + 6);
        }
        double year = 0;
        for (YearColumn y : years) {
            year = Math.max(year, ChartText.width(font, y.label()) + 4);
            if (y.subLabel() != null) {
                year = Math.max(year, ChartText.width(small, y.subLabel()) + 4);
            }
            if (y.budgetText() != null) {
                year = Math.max(year, ChartText.width(small, y.budgetText()) + 6);
            }
        }
        double most = Math.min(width * MAX_LABEL_SHARE, width - Math.max(1, years.size()) * (year + 2));
        return Math.max(usual, Math.min(needed, most));
    }

    /** The gap between the two lines of a wrapped label, baseline to baseline. */
    private double labelLineGap() {
        return style.fontSize() * 1.15;
    }

    /**
     * The label of row {@code row} as drawn at {@code width}: one line, shortened with "…" when it does not fit; with
     * {@link #withFittedLabels()} on two lines first, when the row is tall enough for them.
     */
    public List<String> labelLines(int row, double width) {
        Row r = rows.get(row);
        Font font = r.kind() == Kind.HEADING ? style.text().deriveFont(Font.BOLD) : style.text();
        double room = geometry(width).labelWidth() - 4 - (2 + r.indent() * style.fontSize());
        String label = ChartText.drawable(font, r.label());
        if (ChartText.width(font, label) <= room || !fitLabels
                || rowHeight() < labelLineGap() + style.fontSize() * 1.3) {
            return List.of(ChartText.fit(font, label, room));
        }
        String first = TextFit.fit(label, room, t -> ChartText.width(font, t)).replaceFirst("…$", "");
        int cut = first.length();
        // A Latin word moves whole to the second line when the first line keeps more than half its room.
        if (cut < label.length() && Character.isLetterOrDigit(label.charAt(cut))
                && Character.isLetterOrDigit(label.charAt(cut - 1)) && label.charAt(cut) < 0x2E80) {
            int space = first.lastIndexOf(' ');
            if (space > 0 && ChartText.width(font, first.substring(0, space)) > room / 2) {
                cut = space;
            }
        }
        if (cut == 0) {
            return List.of(ChartText.fit(font, label, room));
        }
        String rest = label.substring(cut).strip();
        return List.of(label.substring(0, cut).strip(), ChartText.fit(font, rest, room));
    }

    /** The index of the row with {@code id}, or −1. */
    public int rowIndex(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Where the bar of row {@code id} is drawn at {@code width}; empty when the row has no bar in the chart. */
    public Optional<Rectangle2D> barBounds(String id, double width) {
        int i = rowIndex(id);
        if (i < 0 || !rows.get(i).hasBar()) {
            return Optional.empty();
        }
        Row r = rows.get(i);
        return geometry(width).bar(i, r.start(), r.end(), barHeight());
    }

    private double headerHeight() {
        return style.lineHeight() * 2.2;
    }

    private double rowHeight() {
        return Math.max(minRowHeight, style.lineHeight() * 1.25);
    }

    private double barHeight() {
        return style.lineHeight() * 1.25 * 0.7;
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
        Font bold = font.deriveFont(Font.BOLD);
        Geometry geo = geometry(width);
        double labelW = geo.labelWidth();
        int n = Math.max(1, years.size());
        double colW = geo.columnWidth();
        double headH = headerHeight();
        double rowH = geo.rowHeight();
        double top = geo.top();
        double bodyBottom = top + rows.size() * rowH;
        double bottom = bodyBottom + (hasBudget() ? rowH * 1.2 : 0);
        double indentStep = style.fontSize();
        Stroke thin = new BasicStroke(0.4f);
        Stroke arrow = new BasicStroke(0.8f);

        for (int i = 0; i < rows.size(); i++) {
            if (i % 2 == 1) {
                g.setColor(ChartPalette.current().band());
                g.fill(new Rectangle2D.Double(0, top + i * rowH, width, rowH));
            }
        }
        int selected = selectedId == null ? -1 : rowIndex(selectedId);
        if (selected >= 0) {
            // Marked by a band and by a solid edge at the left, so it shows without colour too.
            g.setColor(ChartPalette.current().highlight());
            g.fill(geo.rowBounds(selected));
            g.setColor(style.ink());
            g.fill(new Rectangle2D.Double(0, top + selected * rowH, 3, rowH));
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
        double barH = barHeight();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double cy = geo.rowCentre(i);
            double x0 = 2 + r.indent() * indentStep;
            Font labelFont = r.kind() == Kind.HEADING ? bold : font;
            g.setColor(style.ink());
            List<String> lines = labelLines(i, width);
            double lineGap = labelLineGap();
            for (int l = 0; l < lines.size(); l++) {
                double y = cy + (l - (lines.size() - 1) / 2.0) * lineGap;
                ChartText.drawCentredY(g, labelFont, lines.get(l), x0, y);
            }
            if (!r.hasBar()) {
                if (r.note() != null && !r.note().isEmpty()) {
                    g.setColor(style.rule());
                    ChartText.drawCentredY(g, small, ChartText.fit(small, r.note(), width - labelW - 8), labelW + 4,
                            cy);
                }
                continue;
            }
            Optional<Rectangle2D> placed = geo.bar(i, r.start(), r.end(), barH);
            if (placed.isEmpty()) {
                continue;
            }
            Rectangle2D bar = placed.get();
            double x1 = bar.getMinX();
            double x2 = bar.getMaxX();
            Fill fill = Fills.tier(r.tierIndex(), r.tierCount());
            Fills.paint(g, bar, fill);
            if (r.pinned()) {
                g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {4, 2}, 0));
                g.setColor(style.ink());
            } else {
                g.setStroke(thin);
                g.setColor(style.rule());
            }
            g.draw(bar);
            g.setStroke(thin);
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
        for (int i = 0; i < rows.size(); i++) {
            for (Milestone m : rows.get(i).milestones()) {
                milestone(g, geo, small, m, geo.rowCentre(i));
            }
        }
        if (hasBudget()) {
            g.setStroke(thin);
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

    /** ◆ and its label at the right end of the target year, on a white plate so it reads over a bar. */
    private void milestone(Graphics2D g, Geometry geo, Font small, Milestone m, double cy) {
        if (m.year() < geo.firstYear() || m.year() >= geo.firstYear() + geo.yearCount()) {
            return;
        }
        double half = small.getSize2D() * 0.45;
        double right = geo.yearLeft(m.year() + 1) - 4;
        double cx = right - half - 2;
        String label = m.label() == null ? "" : m.label();
        double tw = ChartText.width(small, label);
        Rectangle2D plate = new Rectangle2D.Double(cx - half - 3 - tw - 3, cy - half - 2, tw + 2 * half + 8,
                2 * half + 4);
        g.setColor(style.paper());
        g.fill(plate);
        g.setStroke(new BasicStroke(0.4f));
        g.setColor(style.rule());
        g.draw(plate);
        Path2D d = new Path2D.Double();
        d.moveTo(cx, cy - half);
        d.lineTo(cx + half, cy);
        d.lineTo(cx, cy + half);
        d.lineTo(cx - half, cy);
        d.closePath();
        g.setColor(style.ink());
        g.fill(d);
        ChartText.drawRight(g, small, label, cx - half - 2, cy);
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
