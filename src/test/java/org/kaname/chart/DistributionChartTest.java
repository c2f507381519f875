package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;

class DistributionChartTest {
    private static final ChartStyle STYLE = ChartStyle.standard();
    private static final double WIDTH = 480;

    /** Criteria 即効性 (1–5) and 費用対効果 (0–10); raters 青木, 馬場, 千葉; A scored, B not. */
    private static Plan plan() {
        return Plan.empty("W", new FiscalYears(2026, 2030))
                .withCriteria(List.of(new Criterion("q", "即効性", "", 1, Direction.BENEFIT, new Scale(1, 5, null)),
                        new Criterion("w", "費用対効果", "", 1, Direction.BENEFIT, new Scale(0, 10, null))))
                .withMeasures(List.of(Measure.of("A", "G", "窓口"), Measure.of("B", "G", "B")))
                .withRatersAndScores(List.of(new Rater("r1", "青木"), new Rater("r2", "馬場"), new Rater("r3", "千葉")),
                        List.of(Score.of("A", "q", "r1", 2), Score.of("A", "q", "r2", 4), Score.of("A", "q", "r3", 4),
                                Score.of("A", "w", "r1", 0), Score.of("A", "w", "r3", 10),
                                Score.of("B", "q", "r1", 5)));
    }

    private static DistributionChart chart(boolean anonymous) {
        return DistributionChart.of(plan(), "A", plan().scores(), anonymous, "平均", STYLE);
    }

    @Test
    void ofBuildsOneRowPerCriterionWithTheMeasuresValuesOnly() {
        DistributionChart chart = chart(false);
        assertThat(chart.rows()).extracting(DistributionChart.Row::label).containsExactly("即効性", "費用対効果");
        DistributionChart.Row q = chart.rows().get(0);
        assertThat(q.min()).isEqualTo(1);
        assertThat(q.max()).isEqualTo(5);
        assertThat(q.dots()).containsExactly(new DistributionChart.Dot(0, "青木", 2),
                new DistributionChart.Dot(1, "馬場", 4), new DistributionChart.Dot(2, "千葉", 4));
        assertThat(q.mean()).isCloseTo(10.0 / 3, within(1e-12));
        assertThat(chart.rows().get(1).dots()).extracting(DistributionChart.Dot::value).containsExactly(0.0, 10.0);
    }

    @Test
    void dotsSitOnTheScaleAndTiesAreStacked() {
        List<DistributionChart.Placed> placed = chart(false).positions(WIDTH);
        assertThat(placed).hasSize(5);
        DistributionChart.Placed two = placed.get(0);
        DistributionChart.Placed fourA = placed.get(1);
        DistributionChart.Placed fourB = placed.get(2);
        assertThat(two.dot().value()).isEqualTo(2.0);
        // Same value: same x, one above the other.
        assertThat(fourA.x()).isEqualTo(fourB.x());
        assertThat(fourB.y()).isLessThan(fourA.y() - 2 * STYLE.fontSize() * 0.4);
        assertThat(two.y()).isEqualTo(fourA.y());
        // On 1–5, 2 is a quarter of the way and 4 three quarters: the gap 2→4 is half the axis.
        DistributionChart.Placed zero = placed.get(3);
        DistributionChart.Placed ten = placed.get(4);
        double axis = ten.x() - zero.x(); // 0 and 10 are the ends of the 0–10 axis
        assertThat(fourA.x() - two.x()).isCloseTo(axis / 2, within(1e-9));
        assertThat(two.x() - zero.x()).isCloseTo(axis / 4, within(1e-9));
        // Rows go down the page.
        assertThat(zero.y()).isGreaterThan(fourB.y());
        assertThat(ten.row()).isEqualTo(1);
    }

    @Test
    void nearlyEqualValuesStackToo() {
        DistributionChart chart = new DistributionChart(List.of(new DistributionChart.Row("c", 0, 100,
                List.of(new DistributionChart.Dot(0, "a", 50), new DistributionChart.Dot(1, "b", 50.2),
                        new DistributionChart.Dot(2, "c", 90)))), false, "", STYLE);
        List<DistributionChart.Placed> placed = chart.positions(WIDTH);
        assertThat(placed.get(1).y()).isLessThan(placed.get(0).y());
        assertThat(placed.get(2).y()).isEqualTo(placed.get(0).y());
    }

    @Test
    void aRowWithATallerStackIsTaller() {
        DistributionChart one = chart(List.of(new DistributionChart.Dot(0, "a", 3)));
        DistributionChart three = chart(List.of(new DistributionChart.Dot(0, "a", 3),
                new DistributionChart.Dot(1, "b", 3), new DistributionChart.Dot(2, "c", 3)));
        assertThat(three.preferredHeight(WIDTH) - one.preferredHeight(WIDTH))
                .isCloseTo(2 * (STYLE.fontSize() * 0.8 + 1.5), within(1e-9));
    }

    private static DistributionChart chart(List<DistributionChart.Dot> dots) {
        return new DistributionChart(List.of(new DistributionChart.Row("c", 1, 5, dots)), false, "", STYLE);
    }

    @Test
    void drawsIntoAnImageWithinItsHeightAndLeavesTheGraphicsAsFound() {
        DistributionChart chart = chart(false);
        int h = (int) Math.ceil(chart.preferredHeight(WIDTH));
        BufferedImage img = new BufferedImage((int) WIDTH, h + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.MAGENTA);
        Font font = new Font(Font.SERIF, Font.PLAIN, 3);
        g.setFont(font);
        AffineTransform t = g.getTransform();
        chart.draw(g, WIDTH, h);
        assertThat(g.getColor()).isEqualTo(Color.MAGENTA);
        assertThat(g.getFont()).isEqualTo(font);
        assertThat(g.getTransform()).isEqualTo(t);
        g.dispose();
        int dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                boolean ink = (img.getRGB(x, y) & 0xFF) < 200;
                if (ink) {
                    dark++;
                    assertThat(y).as("ink below the preferred height").isLessThan(h);
                }
            }
        }
        assertThat(dark).isGreaterThan(200);
    }

    @Test
    void ratersDifferInShapeAndAnonymousChartsDrawOneShape() {
        List<DistributionChart.Dot> two = List.of(new DistributionChart.Dot(0, "", 1), new DistributionChart.Dot(1, "", 5));
        DistributionChart named = new DistributionChart(List.of(new DistributionChart.Row("c", 1, 5, two)), false, "",
                STYLE);
        DistributionChart anonymous = new DistributionChart(named.rows(), true, "", STYLE);
        // The first rater's dot is filled, the second's open (white inside); anonymous, both are the first kind.
        BufferedImage img = render(named);
        List<DistributionChart.Placed> at = named.positions(WIDTH);
        assertThat(dark(img, at.get(0).x(), at.get(0).y())).isTrue();
        assertThat(dark(img, at.get(1).x(), at.get(1).y())).isFalse();
        img = render(anonymous);
        at = anonymous.positions(WIDTH); // no room kept for names: the axis is longer
        assertThat(dark(img, at.get(0).x(), at.get(0).y())).isTrue();
        assertThat(dark(img, at.get(1).x(), at.get(1).y())).isTrue();
        // Filled and open alternate, and swap for the second four, so the first eight raters are all different.
        assertThat(DistributionChart.filled(0)).isTrue();
        assertThat(DistributionChart.filled(1)).isFalse();
        assertThat(DistributionChart.filled(4)).isFalse();
        assertThat(DistributionChart.filled(5)).isTrue();
    }

    @Test
    void namesAreDrawnNextToTheDotsUnlessAnonymous() {
        DistributionChart named = chart(false);
        DistributionChart anonymous = chart(true);
        List<DistributionChart.Placed> at = named.positions(WIDTH);
        BufferedImage withNames = render(named);
        BufferedImage without = render(anonymous);
        List<DistributionChart.Placed> atAnonymous = anonymous.positions(WIDTH);
        for (int i = 0; i < at.size(); i++) {
            assertThat(inkRightOf(withNames, at.get(i))).as("name of dot %d", i).isGreaterThan(15);
            assertThat(inkRightOf(without, atAnonymous.get(i))).as("anonymous dot %d", i).isZero();
        }
    }

    private static BufferedImage render(DistributionChart chart) {
        int h = (int) Math.ceil(chart.preferredHeight(WIDTH));
        BufferedImage img = new BufferedImage((int) WIDTH, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), h);
        chart.draw(g, WIDTH, h);
        g.dispose();
        return img;
    }

    private static boolean dark(BufferedImage img, double x, double y) {
        return (img.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFF) < 128;
    }

    /** Dark pixels in the strip where a dot's name goes: from just right of the dot, 20 points wide, a dot high. */
    private static int inkRightOf(BufferedImage img, DistributionChart.Placed p) {
        int count = 0;
        double r = STYLE.fontSize() * 0.4;
        for (int y = (int) (p.y() - r); y <= p.y() + r; y++) {
            for (int x = (int) Math.ceil(p.x() + r * 1.2 + 1); x < p.x() + r + 22 && x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFF) < 160) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The boxes of every name and every dot (a dot reaches 1.15 radii from its centre) of a chart at {@code width}. */
    private static void assertNothingOverlaps(DistributionChart chart, double width, float fontSize) {
        double half = fontSize * 0.4 * 1.15;
        List<DistributionChart.NameLabel> labels = chart.labels(width);
        List<DistributionChart.Placed> dots = chart.positions(width);
        long named = chart.rows().stream().flatMap(r -> r.dots().stream()).filter(d -> !d.name().isEmpty()).count();
        assertThat(labels).as("one name per named dot").hasSize((int) named);
        double height = chart.preferredHeight(width);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D a = labels.get(i).box();
            assertThat(a.getWidth()).as("name %s drawn", labels.get(i).text()).isGreaterThan(0);
            assertThat(a.getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(a.getMaxX()).isLessThanOrEqualTo(width);
            assertThat(a.getMaxY()).isLessThanOrEqualTo(height);
            for (int k = i + 1; k < labels.size(); k++) {
                assertThat(a.intersects(labels.get(k).box()))
                        .as("%s and %s", labels.get(i).text(), labels.get(k).text()).isFalse();
            }
            for (DistributionChart.Placed p : dots) {
                Rectangle2D dot = new Rectangle2D.Double(p.x() - half, p.y() - half, 2 * half, 2 * half);
                assertThat(a.intersects(dot)).as("%s over the dot of %s", labels.get(i).text(), p.dot().name())
                        .isFalse();
            }
        }
    }

    private static DistributionChart named(ChartStyle style, List<DistributionChart.Dot> dots) {
        return new DistributionChart(List.of(new DistributionChart.Row("即効性・波及効果", 1, 5, dots),
                new DistributionChart.Row("実現可能性", 1, 5, List.of(new DistributionChart.Dot(0, "企画課", 3)))),
                false, "平均", style);
    }

    @Test
    void neighbouringNamesNoLongerRunTogether() {
        // The screen's case: 企画課 2, 人事課 3, 情報政策課 4 and 企画課 5 would read "□情報政策課●企画課".
        ChartStyle screen = STYLE.withFontSize(14f);
        DistributionChart chart = named(screen, List.of(new DistributionChart.Dot(0, "企画課", 2),
                new DistributionChart.Dot(1, "人事課", 3), new DistributionChart.Dot(2, "情報政策課", 4),
                new DistributionChart.Dot(3, "財政課", 5)));
        for (double w : new double[] {300, 450, 700}) {
            assertNothingOverlaps(chart, w, 14f);
        }
        // With plenty of room every name is right of its dot, on the dot's line.
        List<DistributionChart.NameLabel> wide = chart.labels(1600);
        List<DistributionChart.Placed> at = chart.positions(1600);
        for (DistributionChart.NameLabel n : wide) {
            DistributionChart.Placed p = at.stream().filter(x -> x.dot() == n.dot()).findFirst().orElseThrow();
            assertThat(n.inLegend()).isFalse();
            assertThat(n.x()).isGreaterThan(p.x());
            assertThat(n.y() + n.height() / 2).isCloseTo(p.y(), within(1e-9));
            assertThat(n.text()).isEqualTo(n.dot().name());
        }
    }

    @Test
    void crowdedRowsKeepNamesApart() {
        String[] names = {"情報政策課", "企画課", "人事課", "財政課", "総務部デジタル推進担当課長", "区民部窓口サービス課"};
        List<DistributionChart.Dot> adjacent = new java.util.ArrayList<>();
        List<DistributionChart.Dot> oneValue = new java.util.ArrayList<>();
        List<DistributionChart.Dot> longNames = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            adjacent.add(new DistributionChart.Dot(i, names[i % names.length], 1 + i % 5));
            oneValue.add(new DistributionChart.Dot(i, names[i % names.length] + i, 3));
            longNames.add(new DistributionChart.Dot(i, "総務部情報政策課デジタル推進係" + i, 1 + (i * 3) % 5));
        }
        for (float size : new float[] {9f, 14f, 24f}) {
            ChartStyle style = STYLE.withFontSize(size);
            for (List<DistributionChart.Dot> dots : List.of(adjacent, oneValue, longNames)) {
                for (double w : new double[] {320, 480, 900}) {
                    assertNothingOverlaps(named(style, dots), w, size);
                }
            }
        }
    }

    @Test
    void namesWithoutRoomBesideGoUnderTheAxisAndMakeTheRowTaller() {
        // Five long names on five adjacent values of a narrow chart: the middle ones fit on neither side.
        List<DistributionChart.Dot> dots = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            dots.add(new DistributionChart.Dot(i, "区民部窓口サービス課" + i, 1 + i));
        }
        DistributionChart crowded = named(STYLE, dots);
        List<DistributionChart.NameLabel> labels = crowded.labels(320);
        List<DistributionChart.Placed> at = crowded.positions(320);
        double axisBelowDots = at.stream().filter(p -> p.row() == 0).mapToDouble(DistributionChart.Placed::y).max()
                .orElseThrow();
        List<DistributionChart.NameLabel> legend = labels.stream().filter(DistributionChart.NameLabel::inLegend)
                .toList();
        assertThat(legend).isNotEmpty();
        assertThat(legend).allSatisfy(n -> assertThat(n.y()).isGreaterThan(axisBelowDots + STYLE.lineHeight()));
        DistributionChart sparse = named(STYLE, List.of(new DistributionChart.Dot(0, "区民部窓口サービス課0", 1)));
        assertThat(crowded.preferredHeight(320)).isGreaterThan(sparse.preferredHeight(320));
        // The legend's shape is drawn left of its name.
        BufferedImage img = new BufferedImage(320, (int) Math.ceil(crowded.preferredHeight(320)),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        crowded.draw(g, 320, img.getHeight());
        g.dispose();
        DistributionChart.NameLabel first = legend.get(0);
        double r = STYLE.fontSize() * 0.4;
        double shapeX = first.x() - 3 - r * 1.15;
        double cy = first.y() + first.height() / 2;
        boolean filled = DistributionChart.filled(first.dot().rater());
        // The outline is ink either way; the centre is ink only for a filled shape.
        int ink = 0;
        for (int y = (int) (cy - r * 1.15); y <= cy + r * 1.15; y++) {
            for (int x = (int) (shapeX - r * 1.15); x <= shapeX + r * 1.15; x++) {
                ink += (img.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        assertThat(ink).isGreaterThan(4);
        assertThat(dark(img, shapeX, cy)).isEqualTo(filled);
    }

    @Test
    void anonymousChartsHaveNoNames() {
        DistributionChart anonymous = chart(true);
        assertThat(anonymous.labels(WIDTH)).isEmpty();
    }

    @Test
    void aScaleWithoutSpanIsRefused() {
        assertThatThrownBy(() -> new DistributionChart.Row("c", 3, 3, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
