package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chart palettes: labels on every fill readable (4.5:1 standard, 7:1 high contrast), every high-contrast shape
 * standing out from white paper (3:1 by its colour or its hatch), and the palette in effect only while a drawing runs
 * with it, so the report (which never chooses one) keeps the standard palette.
 */
class ChartPaletteTest {
    @ParameterizedTest
    @ValueSource(strings = {"standard", "high-contrast"})
    void textOnEveryFillIsReadable(String name) {
        ChartPalette p = ChartPalette.named(name);
        assertThat(p.name()).isEqualTo(name);
        double min = p == ChartPalette.HIGH_CONTRAST ? 7 : 4.5;
        for (Fill f : fills(p)) {
            assertThat(ChartPalette.contrast(f.textColour(), f.colour())).as("%s text on %s", name, f)
                    .isGreaterThanOrEqualTo(min);
        }
        assertThat(ChartPalette.contrast(p.ink(), p.paper())).isGreaterThanOrEqualTo(min);
        assertThat(ChartPalette.contrast(p.ink(), p.band())).isGreaterThanOrEqualTo(min);
        assertThat(ChartPalette.contrast(p.ink(), p.highlight())).isGreaterThanOrEqualTo(min);
        assertThat(ChartPalette.contrast(p.rule(), p.paper())).isGreaterThanOrEqualTo(4.5);
    }

    @Test
    void everyHighContrastShapeStandsOutFromThePaper() {
        ChartPalette p = ChartPalette.HIGH_CONTRAST;
        for (Fill f : fills(p)) {
            double byColour = ChartPalette.contrast(f.colour(), p.paper());
            double byHatch = f.hatch() == Fill.Hatch.NONE ? 1 : ChartPalette.contrast(f.hatchColour(), p.paper());
            assertThat(Math.max(byColour, byHatch)).as("%s", f).isGreaterThanOrEqualTo(3);
        }
        assertThat(p.rule()).isEqualTo(Color.BLACK);
        assertThat(p.separator()).isEqualTo(Color.BLACK);
    }

    @Test
    void higherTiersAreDarkerInBothPalettes() {
        for (ChartPalette p : List.of(ChartPalette.STANDARD, ChartPalette.HIGH_CONTRAST)) {
            for (int count = 2; count <= 8; count++) {
                for (int i = 1; i < count; i++) {
                    assertThat(ChartPalette.luminance(p.tierFill(i, count).colour()))
                            .as("%s tier %d of %d", p.name(), i, count)
                            .isGreaterThan(ChartPalette.luminance(p.tierFill(i - 1, count).colour()));
                }
            }
        }
    }

    @Test
    void thePaletteHoldsOnlyWhileADrawingRunsWithIt() {
        assertThat(ChartPalette.current()).isSameAs(ChartPalette.STANDARD);
        assertThat(Fills.series(0)).isEqualTo(ChartPalette.STANDARD.seriesFill(0));
        Fill inside = ChartPalette.HIGH_CONTRAST.drawWith(() -> {
            assertThat(ChartStyle.standard().rule()).isEqualTo(Color.BLACK);
            // Nested: the inner drawing restores the outer palette.
            ChartPalette.STANDARD.drawWith(() -> assertThat(Fills.tier(0, 3))
                    .isEqualTo(ChartPalette.STANDARD.tierFill(0, 3)));
            return Fills.series(0);
        });
        assertThat(inside).isEqualTo(ChartPalette.HIGH_CONTRAST.seriesFill(0));
        assertThat(ChartPalette.current()).isSameAs(ChartPalette.STANDARD);
        assertThat(ChartStyle.standard().rule()).isEqualTo(new Color(0x595959));
        assertThat(ChartPalette.named("anything else")).isSameAs(ChartPalette.STANDARD);
    }

    @Test
    void aChartDrawnWithTheHighContrastPaletteUsesItsColoursOnly() {
        ContributionChart chart = new ContributionChart(List.of("A", "B"),
                List.of(new ContributionChart.Bar("S1", List.of(40.0, 30.0))), 100, "得点", ChartStyle.standard());
        Set<Integer> standard = colours(chart, ChartPalette.STANDARD);
        Set<Integer> high = colours(chart, ChartPalette.HIGH_CONTRAST);
        int standardFirst = ChartPalette.STANDARD.seriesFill(0).colour().getRGB();
        int highFirst = ChartPalette.HIGH_CONTRAST.seriesFill(0).colour().getRGB();
        assertThat(standard).contains(standardFirst).doesNotContain(highFirst);
        assertThat(high).contains(highFirst).doesNotContain(standardFirst);
        // The report draws without choosing: standard.
        assertThat(colours(chart, null)).contains(standardFirst);
    }

    private static Set<Integer> colours(Chart chart, ChartPalette palette) {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        try {
            if (palette == null) {
                chart.draw(g, 400, 200);
            } else {
                palette.drawWith(() -> chart.draw(g, 400, 200));
            }
        } finally {
            g.dispose();
        }
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 400; x++) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen;
    }

    private static List<Fill> fills(ChartPalette p) {
        List<Fill> all = new java.util.ArrayList<>(p.series());
        for (int count = 1; count <= 8; count++) {
            for (int i = 0; i < count; i++) {
                all.add(p.tierFill(i, count));
            }
        }
        return all;
    }
}
