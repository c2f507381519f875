package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The charts drawn into an image, as the screen would: they draw, they fit their height, they leave g as found. */
class ChartsTest {
    private static final ChartStyle STYLE = ChartStyle.standard();

    private static ContributionChart contribution(int bars) {
        List<ContributionChart.Bar> list = new ArrayList<>();
        for (int i = 0; i < bars; i++) {
            list.add(new ContributionChart.Bar("S" + i + " 取組の名前", List.of(20.0, 15.0, 10.0, 5.0 + i, 8.0)));
        }
        return new ContributionChart(List.of("即効性", "実現可能性", "費用対効果", "公平性", "根拠"), list, 100, "得点", STYLE);
    }

    private static GanttChart gantt(int rows) {
        List<GanttChart.YearColumn> years = new ArrayList<>();
        for (int y = 2026; y <= 2030; y++) {
            years.add(new GanttChart.YearColumn(y, y + "年度", "令和" + (y - 2018) + "年度", "1,000千円"));
        }
        List<GanttChart.Row> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            list.add(new GanttChart.Row("M" + i, "M" + i + " 取組", "高", i % 3, 3, 2026 + i % 3, 2027 + i % 3,
                    i > 0 ? List.of("M" + (i - 1)) : List.of()));
        }
        return new GanttChart(years, list, "取組", "年度別経費", STYLE);
    }

    private static List<Chart> charts(int rows) {
        List<TierProbabilityChart.Row> tiers = new ArrayList<>();
        List<RankRangeChart.Row> ranks = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            tiers.add(new TierProbabilityChart.Row("M" + i, List.of(0.7, 0.25, 0.05)));
            ranks.add(new RankRangeChart.Row("M" + i, i + 1, Math.max(1, i), i + 2, i + 1.3));
        }
        return List.of(contribution(rows), gantt(rows), new TierProbabilityChart(List.of("高", "中", "低"), tiers, STYLE),
                new RankRangeChart(ranks, rows + 2, "90%の範囲", "順位", "平均", "順位", STYLE));
    }

    private static double ink(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 200) {
                    dark++;
                }
            }
        }
        return (double) dark / (img.getWidth() * img.getHeight());
    }

    @Test
    void everyChartDrawsIntoAnImageAndLeavesTheGraphicsAsItFoundIt() {
        for (Chart chart : charts(8)) {
            int w = 480;
            int h = (int) Math.ceil(chart.preferredHeight(w));
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.MAGENTA);
            Font font = new Font(Font.SERIF, Font.PLAIN, 3);
            g.setFont(font);
            AffineTransform t = g.getTransform();
            chart.draw(g, w, h);
            assertThat(g.getColor()).as(chart.getClass().getSimpleName()).isEqualTo(Color.MAGENTA);
            assertThat(g.getFont()).isEqualTo(font);
            assertThat(g.getTransform()).isEqualTo(t);
            g.dispose();
            assertThat(ink(img)).as(chart.getClass().getSimpleName()).isGreaterThan(0.02);
        }
    }

    @Test
    void preferredHeightGrowsByTheSameStepForEachRow() {
        List<Chart> small = charts(5);
        List<Chart> large = charts(10);
        List<Chart> larger = charts(15);
        for (int i = 0; i < small.size(); i++) {
            double step1 = large.get(i).preferredHeight(480) - small.get(i).preferredHeight(480);
            double step2 = larger.get(i).preferredHeight(480) - large.get(i).preferredHeight(480);
            assertThat(step1).isPositive().isCloseTo(step2, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void aContributionChartNeedsAPositiveScale() {
        assertThatThrownBy(() -> new ContributionChart(List.of(), List.of(), 0, "", STYLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double luminance(Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void higherTiersAreDarkerAndTheirTextStaysReadable() {
        for (int count = 2; count <= 5; count++) {
            for (int i = 1; i < count; i++) {
                assertThat(luminance(Fills.tier(i, count).colour()))
                        .isGreaterThan(luminance(Fills.tier(i - 1, count).colour()) + 20);
            }
            for (int i = 0; i < count; i++) {
                Fill f = Fills.tier(i, count);
                assertThat(Math.abs(luminance(f.textColour()) - luminance(f.colour()))).isGreaterThan(100);
            }
        }
    }

    @Test
    void neighbouringSeriesDifferInGreyOrInPattern() {
        for (int i = 1; i < 8; i++) {
            Fill a = Fills.series(i - 1);
            Fill b = Fills.series(i);
            boolean greyApart = Math.abs(luminance(a.colour()) - luminance(b.colour())) > 40;
            assertThat(greyApart || a.hatch() != b.hatch()).as("series %d and %d", i - 1, i).isTrue();
        }
    }

    @Test
    void theBundledFontShowsJapanese() {
        assertThat(ChartFonts.base().canDisplayUpTo("優先度 高・中・低 2027年度（令和9年度）")).isEqualTo(-1);
    }
}
