package org.kaname.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.chart.RankRangeChart;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.i18n.Messages;

/** The outcome rows turned into the report's charts, as the screen shows them. */
class SensitivityChartsTest {
    private final Messages m = Messages.of(SensitivityScreen.BUNDLE, Locale.JAPANESE);

    private static OutcomeRow row(String id, int base, int p5, int p95, List<TierShare> shares) {
        return new OutcomeRow(id, "とても長い施策の名前がここに入ります", base, "高", base + 0.4, p5, p95, 0.1, shares);
    }

    private final List<OutcomeRow> rows = List.of(
            row("A", 1, 1, 2, List.of(new TierShare("高", 0, 0.8, 80), new TierShare("中", 1, 0.2, 20))),
            row("B", 2, 1, 12, List.of(new TierShare("中", 1, 0.5, 50), new TierShare("低", 2, 0.3, 30),
                    new TierShare("", -1, 0.2, 20))));

    @Test
    void tierPartsFollowThePlansTiersWithSamplesBelowEveryTierLast() {
        TierProbabilityChart c = SensitivityCharts.tierChart(List.of("高", "中", "低"), rows, m);
        assertThat(c.tiers()).containsExactly("高", "中", "低", "該当なし");
        assertThat(c.rows().get(0).probabilities()).containsExactly(0.8, 0.2, 0.0, 0.0);
        assertThat(c.rows().get(1).probabilities()).containsExactly(0.0, 0.5, 0.3, 0.2);
        // Rank, id and the title cut to ten characters.
        assertThat(c.rows().get(1).label()).isEqualTo("2. B とても長い施策の名…");
    }

    @Test
    void withoutSamplesBelowEveryTierThereIsNoExtraPart() {
        TierProbabilityChart c = SensitivityCharts.tierChart(List.of("高", "中", "低"), rows.subList(0, 1), m);
        assertThat(c.tiers()).containsExactly("高", "中", "低");
    }

    @Test
    void theRankAxisReachesTheWorstRankTaken() {
        RankRangeChart c = SensitivityCharts.rankChart(rows, m);
        // Two measures, but B fell to 12th in 5 % of the samples' upper tail: the axis must reach 12.
        assertThat(c.maxRank()).isEqualTo(12);
        assertThat(c.rows().get(1).low()).isEqualTo(1);
        assertThat(c.rows().get(1).high()).isEqualTo(12);
        assertThat(c.rows().get(1).meanRank()).isEqualTo(2.4);
        assertThat(SensitivityCharts.rankText(rows.get(1), m)).isEqualTo("B: 1位〜12位、平均 2.4位、現在 2位。");
    }

    @Test
    void theLegendNamesEveryTierAtTheScreensTextSize() {
        TierProbabilityChart c = SensitivityCharts.tierChart(List.of("高", "中", "低"), rows, m);
        int w = 600;
        int h = (int) Math.ceil(c.preferredHeight(w));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        c.draw(g, w, h);
        g.dispose();
        // The first legend entry: a swatch 1.4 × 14 = 19.6 wide, then the name 「高」 from x = 23.6 on the first line.
        int dark = 0;
        for (int y = 0; y < 21; y++) {
            for (int x = 24; x < 24 + 14; x++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("ink of the tier name in the legend").isGreaterThan(10);
    }
}
