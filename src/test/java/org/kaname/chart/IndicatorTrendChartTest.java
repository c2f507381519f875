package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: the trend of an indicator's targets and actuals by 年度, as the evaluation screen and sheet draw it. */
class IndicatorTrendChartTest {
    private static final IndicatorTrendChart.Labels LABELS = new IndicatorTrendChart.Labels("目標値", "実績値", "現状値");

    private static IndicatorTrendChart chart(Double baseline, IndicatorTrendChart.Point... points) {
        return new IndicatorTrendChart(List.of(points), baseline, "%", LABELS, ChartStyle.standard().withFontSize(12));
    }

    @Test
    void theAxisRunsFromZeroToTheFirstTickAboveTheHighestValue() {
        // Values 62 (baseline) … 86.2: span 86.2, step 20 (86.2/5 = 17.2 → 20), top 100.
        IndicatorTrendChart.Scale s = chart(62.0, new IndicatorTrendChart.Point("R8", 70.0, 68.5),
                new IndicatorTrendChart.Point("R9", 78.0, null),
                new IndicatorTrendChart.Point("R10", 86.2, null)).scale();
        assertThat(s.low()).isEqualTo(0);
        assertThat(s.step()).isEqualTo(20);
        assertThat(s.high()).isEqualTo(100);
    }

    @Test
    void aNegativeValueTakesTheAxisBelowZero() {
        // −12 … 30: span 42, step 10 (42/5 = 8.4 → 10), from −20 to 30.
        IndicatorTrendChart.Scale s = chart(null, new IndicatorTrendChart.Point("R8", 30.0, -12.0)).scale();
        assertThat(s.low()).isEqualTo(-20);
        assertThat(s.high()).isEqualTo(30);
        assertThat(s.step()).isEqualTo(10);
    }

    @Test
    void numbersAreGroupedAndKeepOnlyTheirOwnDecimals() {
        assertThat(IndicatorTrendChart.number(50000)).isEqualTo("50,000");
        assertThat(IndicatorTrendChart.number(86.2)).isEqualTo("86.2");
        assertThat(IndicatorTrendChart.number(0.125)).isEqualTo("0.13");
        assertThat(IndicatorTrendChart.number(-3)).isEqualTo("-3");
    }

    @Test
    void itDrawsTheActualsAndLeavesTheGraphicsAsItFoundIt() {
        IndicatorTrendChart c = chart(62.0, new IndicatorTrendChart.Point("2026年度", 70.0, 68.5),
                new IndicatorTrendChart.Point("2027年度", 78.0, 80.0),
                new IndicatorTrendChart.Point("2028年度", 86.2, null));
        assertThat(c.hasValues()).isTrue();
        int w = 420;
        int h = (int) Math.ceil(c.preferredHeight(w));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.MAGENTA);
        Font font = new Font(Font.SERIF, Font.PLAIN, 3);
        g.setFont(font);
        AffineTransform t = g.getTransform();
        c.draw(g, w, h);
        assertThat(g.getColor()).isEqualTo(Color.MAGENTA);
        assertThat(g.getFont()).isEqualTo(font);
        assertThat(g.getTransform()).isEqualTo(t);
        g.dispose();
        Color actual = ChartPalette.STANDARD.seriesFill(0).colour();
        long actualPixels = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (img.getRGB(x, y) == actual.getRGB()) {
                    actualPixels++;
                }
            }
        }
        assertThat(actualPixels).as("the actuals' line and points are drawn").isGreaterThan(50);
    }

    @Test
    void withoutValuesThereIsNothingToDraw() {
        assertThat(chart(null, new IndicatorTrendChart.Point("R8", null, null)).hasValues()).isFalse();
        assertThat(chart(null).scale().high()).isEqualTo(1);
    }
}
