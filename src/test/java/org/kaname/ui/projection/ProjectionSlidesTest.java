package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.chart.Chart;
import org.kaname.chart.GanttChart;
import org.kaname.model.Measure;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.TestEdits;
import org.kaname.ui.chart.ChartCanvas;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Slides drawn at projector sizes on the sample plan: the roadmap fills its slide; each measure's page shows its rank
 * and score large.
 */
class ProjectionSlidesTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    /** Draws the first page of {@code kind} at {@code width}×{@code height} and asks {@code look} about it. */
    private <T> T drawn(PageKind kind, int width, int height, Function<Scene, T> look) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ProjectionViewModel vm = new ProjectionViewModel(fixture.context,
                    fixture.context.messages(ProjectionViewModel.bundle()));
            ProjectionView view = new ProjectionView(vm, () -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(view.build(), width, height);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            vm.goTo(vm.firstOf(kind).orElseThrow() + 1);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            T seen = look.apply(scene);
            stage.close();
            vm.dispose();
            return seen;
        }).get();
    }

    /** The roadmap's chart: its type size and its drawing's height against the room under the header. */
    record Roadmap(double chartFontPx, double bodyFontPx, double chartHeight, double room) {
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "1280, 800", "1280, 720"})
    void theRoadmapFillsItsSlideWithLargerLabelsAndTallerRows(int width, int height) throws Exception {
        Roadmap r = drawn(PageKind.ROADMAP, width, height, scene -> {
            ChartCanvas canvas = (ChartCanvas) scene.lookup("#projectionChart");
            Region body = (Region) scene.lookup("#projectionBody");
            Region footer = (Region) scene.lookup("#projectionPageNumber").getParent();
            Chart chart = canvas.chartProperty().get();
            return new Roadmap(chart instanceof org.kaname.chart.GanttChart g ? g.style().fontSize() : 0,
                    PageGeometry.fontPx(width, height), chart.preferredHeight(canvas.getWidth()),
                    footer.getLayoutY() - body.getLayoutY());
        });
        // The sample plan's nine measures used to be drawn at 0.75 of the body type over the upper 55 % of the slide.
        assertThat(r.chartFontPx()).as("label type").isGreaterThanOrEqualTo(0.85 * r.bodyFontPx())
                .isLessThanOrEqualTo(PageGeometry.ROADMAP_FONT_MAX * r.bodyFontPx() + 0.01);
        assertThat(r.chartHeight() / r.room()).as("share of the slide's room").isBetween(0.85, 1.0);
    }

    /** One row of the roadmap's chart: its title and the lines the chart draws for it. */
    record GanttLabel(String label, List<String> drawn) {
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "1280, 800"})
    void theRoadmapReadsEveryMeasureTitleWhole(int width, int height) throws Exception {
        List<GanttLabel> labels = drawn(PageKind.ROADMAP, width, height, scene -> {
            ChartCanvas canvas = (ChartCanvas) scene.lookup("#projectionChart");
            GanttChart chart = (GanttChart) canvas.chartProperty().get();
            List<GanttLabel> rows = new ArrayList<>();
            for (int i = 0; i < chart.rows().size(); i++) {
                rows.add(new GanttLabel(chart.rows().get(i).label(), chart.labelLines(i, canvas.getWidth())));
            }
            return rows;
        });
        // The sample plan's nine scheduled measures; the longest is S2-1 「書かない・待たせない・回らない」窓口の….
        assertThat(labels).hasSize(9).anyMatch(l -> l.label().startsWith("S2-1 "));
        for (GanttLabel l : labels) {
            // Whole: on one line, or on two broken at a space or between Japanese characters; never with "…".
            assertThat(String.join(" ", l.drawn()).replace(" ", "")).as("%s at %dx%d", l.label(), width, height)
                    .isEqualTo(l.label().replace(" ", ""));
        }
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "1280, 800"})
    void aTitleLongerThanTheWidestColumnReadsWholeOnTwoLines(int width, int height) throws Exception {
        String title = "「書かない・待たせない・回らない・迷わせない」窓口の標準モデル構築と全区への段階的な展開";
        fixture.editor.apply(TestEdits.rewrite("long title", p -> p.withMeasures(p.measures().stream()
                .map(m -> m.id().equals("S2-1") ? new Measure(m.id(), m.group(), title, m.description(), m.owner(),
                        m.initialCost(), m.annualCost(), m.durationYears(), m.earliestStart(), m.dependsOn(),
                        m.addresses(), m.indicators(), m.evidence(), m.pinnedStart()) : m).toList())));
        List<String> drawn = drawn(PageKind.ROADMAP, width, height, scene -> {
            ChartCanvas canvas = (ChartCanvas) scene.lookup("#projectionChart");
            GanttChart chart = (GanttChart) canvas.chartProperty().get();
            return chart.labelLines(chart.rowIndex("S2-1"), canvas.getWidth());
        });
        assertThat(drawn).hasSize(2);
        assertThat(String.join("", drawn)).isEqualTo("S2-1 " + title);
    }

    /** What the header of a measure's page shows, and at what size (px). */
    record Header(String rank, double rankPx, String score, double scorePx, String tier, double titlePx,
                  double bodyPx) {
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "1280, 800"})
    void eachMeasurePageShowsItsRankAndScoreLarge(int width, int height) throws Exception {
        Header h = drawn(PageKind.MEASURE, width, height, scene -> {
            Label rank = (Label) scene.lookup("#projectionRank");
            Label score = (Label) scene.lookup("#projectionScore");
            Label tier = (Label) scene.lookup("#projectionTier");
            Label title = (Label) scene.lookup("#projectionTitle");
            return new Header(rank == null ? null : rank.getText(), rank == null ? 0 : rank.getFont().getSize(),
                    score == null ? null : score.getText(), score == null ? 0 : score.getFont().getSize(),
                    tier == null ? null : tier.getText(), title.getFont().getSize(),
                    PageGeometry.fontPx(width, height));
        });
        // The first measure page is the top of the ranking.
        assertThat(h.rank()).isEqualTo("第1位");
        assertThat(h.score()).matches("\\d+\\.\\d点");
        assertThat(h.tier()).isEqualTo("◎ 高");
        assertThat(h.rankPx()).as("rank type").isGreaterThanOrEqualTo(2 * h.bodyPx()).isGreaterThan(h.titlePx());
        assertThat(h.scorePx()).as("score type").isGreaterThanOrEqualTo(1.3 * h.bodyPx());
    }
}
