package org.kaname.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.engine.ModelKind;
import org.kaname.model.Score;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.kaname.ui.TestEdits;

/** The Ranking screen (headless) on the sample plan; plan edits (as the other screens make them) show at once. */
@ExtendWith(ApplicationExtension.class)
class RankingScreenTest {
    private Path dir;
    private ScreenFixture fixture;
    private RankingScreen screen;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * The database and the screen are set up here, not in {@code @Start}: TestFX gives {@code @Start} only a few
     * seconds, too few for a first H2 start and font load on a busy two-core machine.
     */
    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kaname-ranking");
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        WaitForAsyncUtils.asyncFx(() -> {
            screen = new RankingScreen(fixture.context);
        // Monocle's headless screen is 1280 × 800: a larger window overflows its frame buffer.
            Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1260, 790);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> screen.dispose()).get();
        fixture.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private static TableView<RankRow> rankTable(FxRobot robot) {
        return robot.lookup("#rankTable").queryAs(TableView.class);
    }

    /** Texts of a rendered column of a table, top to bottom. */
    private static List<String> columnTexts(FxRobot robot, String tableId, String columnId) {
        List<TableCell<?, ?>> cells = new ArrayList<>();
        robot.lookup(tableId + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && !c.isEmpty())
                .forEach(cells::add);
        cells.sort(Comparator.comparingInt(c -> c.getTableRow().getIndex()));
        return cells.stream().map(TableCell::getText).toList();
    }

    @Test
    void theTableShowsRankScoreWithTwoDecimalsAndTierAsTextAndColour(FxRobot robot) {
        assertThat(columnTexts(robot, "#rankTable", "rankColumn")).startsWith("1", "2", "3", "4", "4", "6");
        assertThat(columnTexts(robot, "#rankTable", "scoreColumn")).startsWith("80.00", "76.67", "73.33");
        TableCell<?, ?> firstTier = robot.lookup("#rankTable .tier-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow().getIndex() == 0).findFirst().orElseThrow();
        assertThat(firstTier.getText()).isEqualTo("高");
        assertThat(firstTier.getStyleClass()).contains("tier-high");
    }

    @Test
    void theTableReordersWhenAScoreChanges(FxRobot robot) {
        assertThat(rankTable(robot).getItems().get(0).measureId()).isEqualTo("S1-1");

        // Rater r1 lowers S1-1 on speed, feasibility and cost to 1, as typed on the scoring grid.
        robot.interact(() -> edit(p -> p.withScores(p.scores().stream()
                .map(s -> s.measure().equals("S1-1") && s.rater().equals("r1") && !s.criterion().equals("fairness")
                        && !s.criterion().equals("evidence")
                        ? new Score(s.measure(), s.criterion(), s.rater(), 1, s.note(), s.time()) : s)
                .toList())));

        // S1-1: speed (1+3+4)/3 → 5/12, feasibility (1+4+4)/3 → 1/2, cost (1+5+5)/3 → 2/3, 1, 3/4 → 66.67.
        assertThat(rankTable(robot).getItems().stream().filter(r -> r.measureId().equals("S1-1"))
                .findFirst().orElseThrow().scoreText()).isEqualTo("66.67");
        assertThat(rankTable(robot).getItems().get(0).measureId()).isEqualTo("S1-3");
        assertThat(columnTexts(robot, "#rankTable", "measureColumn").get(0)).startsWith("内部人材");
        assertThat(columnTexts(robot, "#rankTable", "scoreColumn").get(0)).isEqualTo("76.67");
    }

    private void edit(java.util.function.UnaryOperator<org.kaname.model.Plan> change) {
        try {
            fixture.editor.apply(TestEdits.rewrite("test", change));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theModelSwitchChangesTheScoreColumnAndExplainsTopsis(FxRobot robot) {
        List<String> weighted = columnTexts(robot, "#rankTable", "scoreColumn");
        assertThat(robot.lookup("#modelNote").query().isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<ModelKind> model = robot.lookup("#modelChoice").queryAs(ComboBox.class);

        robot.clickOn(model);
        robot.clickOn("TOPSIS（比較用）");

        assertThat(model.getValue()).isEqualTo(ModelKind.TOPSIS);
        assertThat(columnTexts(robot, "#rankTable", "scoreColumn")).isNotEqualTo(weighted);
        assertThat(rankTable(robot).getItems()).allSatisfy(r -> assertThat(r.scoreText()).matches("\\d+\\.\\d\\d"));
        assertThat(robot.lookup("#modelNote").query().isVisible()).isTrue();
        assertThat(robot.lookup("#contributionChart").query().isVisible()).isFalse();
        assertThat(robot.lookup("#contributionPlaceholder").queryAs(Label.class).getText()).contains("TOPSIS");

        robot.interact(() -> model.setValue(ModelKind.WEIGHTED_SUM));
        assertThat(columnTexts(robot, "#rankTable", "scoreColumn")).isEqualTo(weighted);
    }

    @Test
    void theSummaryShowsSupportMeasureS1InTheTopTier(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<SummaryRow> summary = robot.lookup("#summaryTable").queryAs(TableView.class);
        SummaryRow s1 = summary.getItems().stream().filter(r -> r.id().equals("S1")).findFirst().orElseThrow();
        int index = summary.getItems().indexOf(s1);
        TableCell<?, ?> tier = robot.lookup("#summaryTable .tier-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow().getIndex() == index).findFirst().orElseThrow();
        assertThat(tier.getText()).isEqualTo("高");
        assertThat(tier.getStyleClass()).contains("tier-high");
        assertThat(s1.meanText()).isEqualTo("75.42");
    }

    @Test
    void theContributionChartHasOneSeriesPerCriterionWithTheTopMeasureOnTop(FxRobot robot) {
        // The screen draws the report's own chart (org.kaname.chart.ContributionChart) from the same record.
        org.kaname.ui.chart.ChartCanvas canvas = robot.lookup("#contributionChart")
                .queryAs(org.kaname.ui.chart.ChartCanvas.class);
        assertThat(canvas.chartProperty().get()).isInstanceOf(org.kaname.chart.ContributionChart.class);
        org.kaname.chart.ContributionChart chart = (org.kaname.chart.ContributionChart) canvas.chartProperty().get();
        assertThat(chart.series())
                .containsExactly("即効性・波及効果", "実現可能性", "費用対効果", "公平性・持続可能性", "客観的根拠の有無");
        // Bars in rank order: the first is drawn at the top.
        assertThat(chart.bars().get(0).label()).startsWith("1. S1-1");
        double speed = chart.bars().get(0).values().get(0);
        assertThat(speed).isCloseTo(100 * 0.2 * 7 / 12, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(canvas.getHeight()).isGreaterThan(100);
    }

    @Test
    void selectingRowsPutsThoseMeasuresOnTheRadarAndTheSelectionSurvivesAnEdit(FxRobot robot) throws Exception {
        RadarChart radar = robot.lookup("#radarChart").queryAs(RadarChart.class);
        assertThat(radar.data().series()).hasSize(3);

        robot.interact(() -> {
            rankTable(robot).getSelectionModel().clearSelection();
            rankTable(robot).getSelectionModel().select(0);
            rankTable(robot).getSelectionModel().select(9);
        });
        assertThat(radar.data().series()).extracting(RadarData.Series::measureId).containsExactly("S1-1", "S3-2");
        assertThat(radar.getAccessibleText()).contains("即効性・波及効果 0.58");

        robot.interact(() -> edit(p -> p.withScores(p.scores().stream()
                .map(s -> s.measure().equals("S3-2")
                        ? new Score(s.measure(), s.criterion(), s.rater(), 5, s.note(), s.time()) : s)
                .toList())));
        assertThat(rankTable(robot).getItems().get(0).measureId()).isEqualTo("S3-2");
        assertThat(rankTable(robot).getSelectionModel().getSelectedItems()).extracting(RankRow::measureId)
                .containsExactlyInAnyOrder("S1-1", "S3-2");
        assertThat(radar.data().series()).extracting(RadarData.Series::measureId).containsExactly("S1-1", "S3-2");
    }

    @Test
    void theFilterKeepsRanksAndTheSelectionFollowsTheRowsShown(FxRobot robot) {
        java.util.Map<String, String> ranks = new java.util.HashMap<>();
        rankTable(robot).getItems().forEach(r -> ranks.put(r.measureId(), r.rankText()));
        robot.interact(() -> rankTable(robot).requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        javafx.scene.control.TextField filter = robot.lookup("#rankFilter").queryAs(javafx.scene.control.TextField.class);
        assertThat(filter.isFocused()).isTrue();

        robot.interact(() -> filter.setText("ｓ３"));
        assertThat(rankTable(robot).getItems()).extracting(RankRow::measureId)
                .containsExactlyInAnyOrder("S3-1", "S3-2", "S3-3");
        assertThat(robot.lookup("#rankFilterCount").queryAs(Label.class).getText()).isEqualTo("3 / 10 件");
        // Ranks are the plan's, not the row numbers of the filtered list.
        assertThat(columnTexts(robot, "#rankTable", "rankColumn")).containsExactlyElementsOf(
                rankTable(robot).getItems().stream().map(r -> ranks.get(r.measureId())).toList());

        robot.interact(() -> {
            rankTable(robot).getSelectionModel().clearSelection();
            rankTable(robot).getSelectionModel().select(1);
        });
        String second = rankTable(robot).getItems().get(1).measureId();
        assertThat(screen.viewModel().selectedMeasureIds()).containsExactly(second);

        // Cleared, every row is back and the selection is still that measure.
        robot.interact(filter::clear);
        assertThat(rankTable(robot).getItems()).hasSize(10);
        assertThat(rankTable(robot).getSelectionModel().getSelectedItems()).extracting(RankRow::measureId)
                .containsExactly(second);
    }
}
