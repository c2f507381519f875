package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the Gantt chart puts rows, years and bars, as a screen uses it to tell what lies under the pointer. */
class GanttChartGeometryTest {
    private static final ChartStyle STYLE = ChartStyle.standard().withFontSize(10f);

    private static GanttChart chart() {
        List<GanttChart.YearColumn> years = new ArrayList<>();
        for (int y = 2026; y <= 2030; y++) {
            years.add(new GanttChart.YearColumn(y, y + "年度", "令和" + (y - 2018) + "年度", null));
        }
        List<GanttChart.Row> rows = List.of(
                GanttChart.Row.heading("g", "S1 支援策", 0, List.of(new GanttChart.Milestone(2028, "KGI"))),
                new GanttChart.Row("A", "A 取組", "高", 0, 3, 2026, 2027, List.of()).withLayout(1, false, List.of()),
                new GanttChart.Row("B", "B 取組", "中（固定）", 1, 3, 2028, 2028, List.of("A"))
                        .withLayout(1, true, List.of()),
                GanttChart.Row.unplaced("C", "C 取組", 1, "見送り — 予算超過", List.of()));
        return new GanttChart(years, rows, "施策", "", STYLE).withMinRowHeight(34);
    }

    @Test
    void rowsAndYearsUnderAPointAreFoundFromTheLayout() {
        GanttChart c = chart();
        double width = 1000;
        GanttChart.Geometry g = c.geometry(width);
        // 1000 wide: the label column is 40 % at most and 260 at least → 260 here; five columns share the rest.
        assertThat(g.labelWidth()).isEqualTo(260);
        assertThat(g.columnWidth()).isCloseTo(148, within(1e-9));
        // Rows are at least 34 high (15 × 1.25 = 18.75 would be too small to point at).
        assertThat(g.rowHeight()).isEqualTo(34);
        assertThat(g.top()).isCloseTo(10 * 1.5 * 2.2, within(1e-9));
        assertThat(g.rowAt(g.top() - 1)).isEqualTo(-1);
        assertThat(g.rowAt(g.top() + 1)).isEqualTo(0);
        assertThat(g.rowAt(g.top() + 34 * 2 + 33)).isEqualTo(2);
        assertThat(g.rowAt(g.top() + 34 * 4 + 1)).isEqualTo(-1);
        assertThat(g.yearAt(259)).isEmpty();
        assertThat(g.yearAt(261).getAsInt()).isEqualTo(2026);
        assertThat(g.yearAt(260 + 148 * 2 + 1).getAsInt()).isEqualTo(2028);
        assertThat(g.yearAt(999).getAsInt()).isEqualTo(2030);
        assertThat(g.yearAt(1001)).isEmpty();
    }

    @Test
    void barsSpanTheirYearsAndRowsWithoutABarHaveNone() {
        GanttChart c = chart();
        Rectangle2D a = c.barBounds("A", 1000).orElseThrow();
        assertThat(a.getMinX()).isCloseTo(262, within(1e-9));
        assertThat(a.getMaxX()).isCloseTo(260 + 2 * 148 - 2, within(1e-9));
        assertThat(a.getCenterY()).isCloseTo(c.geometry(1000).rowCentre(1), within(1e-9));
        assertThat(c.barBounds("C", 1000)).isEmpty();
        assertThat(c.barBounds("g", 1000)).isEmpty();
        assertThat(c.barBounds("nobody", 1000)).isEmpty();
        assertThat(c.rowIndex("B")).isEqualTo(2);
    }

    private static BufferedImage draw(GanttChart c) {
        int w = 1000;
        int h = (int) Math.ceil(c.preferredHeight(w));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        c.draw(g, w, h);
        g.dispose();
        return img;
    }

    @Test
    void theSelectedRowIsMarkedAtItsLeftEdgeAndNothingElseChanges() {
        GanttChart c = chart();
        BufferedImage plain = draw(c);
        BufferedImage marked = draw(c.withSelected("C"));
        Rectangle2D row = c.geometry(1000).rowBounds(3);
        int y = (int) row.getCenterY();
        // The solid edge at x = 1 of the selected row: dark there, white without the selection.
        assertThat(marked.getRGB(1, y) & 0xFF).isLessThan(60);
        assertThat(plain.getRGB(1, y) & 0xFF).isGreaterThan(200);
        // Rows above are drawn the same.
        for (int x = 0; x < 1000; x += 7) {
            assertThat(marked.getRGB(x, (int) c.geometry(1000).rowCentre(1))).isEqualTo(plain.getRGB(x,
                    (int) c.geometry(1000).rowCentre(1)));
        }
    }

    @Test
    void theReportsRowsKeepTheReportsLayout() {
        GanttChart.Row r = new GanttChart.Row("A", "A 取組", "高", 0, 3, 2026, 2027, List.of());
        assertThat(r.kind()).isEqualTo(GanttChart.Kind.MEASURE);
        assertThat(r.indent()).isZero();
        assertThat(r.pinned()).isFalse();
        assertThat(r.milestones()).isEmpty();
        GanttChart report = new GanttChart(List.of(new GanttChart.YearColumn(2026, "2026年度", "", null)), List.of(r),
                "施策", "", STYLE);
        assertThat(report.selectedId()).isNull();
        // The report's row height: 1.25 lines of text.
        assertThat(report.geometry(500).rowHeight()).isCloseTo(10 * 1.5 * 1.25, within(1e-9));
    }
}
