package org.kaname.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.chart.RankRangeChart;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.engine.OneWaySensitivity;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.chart.ChartCanvas;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The sensitivity screen with a synchronous executor: press 実行 and read what is shown. */
@ExtendWith(ApplicationExtension.class)
class SensitivityScreenTest {
    @TempDir
    static Path dir;
    ScreenFixture fixture;
    SensitivityScreen screen;

    @BeforeAll
    static void patience() {
        // Opening the fixture's database inside @Start can exceed TestFX's default on a busy 2-core machine.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
    }

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ScreenFixture(dir.resolve("d" + System.nanoTime()), Locale.JAPANESE);
        screen = new SensitivityScreen(fixture.context);
        Scene scene = new Scene((javafx.scene.Parent) screen.node(), 1360, 860);
        Styles.apply(scene, "System");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        screen.dispose();
        fixture.close();
    }

    private static int percent(String text) {
        assertThat(text).endsWith("%");
        return Integer.parseInt(text.substring(0, text.length() - 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRunShowsTierProbabilitiesThatAddUpTo100PerMeasure(FxRobot robot) {
        assertThat(robot.lookup("#cancelMonteCarlo").queryAs(Button.class).isDisabled()).isTrue();
        // Before a run there is nothing to chart.
        assertThat(robot.lookup("#mcCharts").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#runMonteCarlo");
        assertThat(robot.lookup("#mcProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#cancelMonteCarlo").queryAs(Button.class).isDisabled()).isTrue();
        TableView<OutcomeRow> table = robot.lookup("#mcTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(10);
        // Columns: measure, rank, range, mean, P(first), 高, 中, 低, 該当なし.
        assertThat(table.getColumns()).extracting(TableColumn::getText).endsWith("高", "中", "低", "該当なし");
        TierProbabilityChart tiers = (TierProbabilityChart) robot.lookup("#tierChart").queryAs(ChartCanvas.class)
                .chartProperty().get();
        RankRangeChart ranks = (RankRangeChart) robot.lookup("#rankRangeChart").queryAs(ChartCanvas.class)
                .chartProperty().get();
        // The charts are the report's own, built from the same run as the table: same rows in the same order.
        assertThat(tiers.tiers()).startsWith("高", "中", "低");
        assertThat(tiers.rows()).hasSize(10);
        assertThat(ranks.rows()).hasSize(10);
        assertThat(ranks.maxRank()).isGreaterThanOrEqualTo(10);
        for (int i = 0; i < table.getItems().size(); i++) {
            OutcomeRow row = table.getItems().get(i);
            int sum = 0;
            for (int c = 5; c < table.getColumns().size(); c++) {
                sum += percent((String) table.getColumns().get(c).getCellData(row));
            }
            assertThat(sum).as(row.measureId()).isEqualTo(100);
            TierProbabilityChart.Row bar = tiers.rows().get(i);
            assertThat(bar.label()).startsWith(row.baseRank() + ". " + row.measureId() + " ");
            // Each part of the bar is the table's percentage for that tier (the table rounds to whole percents).
            assertThat(bar.probabilities().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(1.0, within(1e-9));
            for (int t = 0; t < 3; t++) {
                int shown = percent((String) table.getColumns().get(5 + t).getCellData(row));
                assertThat(100 * bar.probabilities().get(t)).as(row.measureId() + " tier " + t)
                        .isCloseTo(shown, within(1.0));
            }
            RankRangeChart.Row range = ranks.rows().get(i);
            assertThat(range.low()).isEqualTo(row.rankP5());
            assertThat(range.high()).isEqualTo(row.rankP95());
            assertThat(range.baseRank()).isEqualTo(row.baseRank());
            assertThat(range.low()).isLessThanOrEqualTo(range.high());
        }
        OutcomeRow first = table.getItems().get(0);
        TierShare share = first.shares().get(0);
        // Colour is not the only carrier: the chart's accessible text gives each measure's shares in words.
        assertThat(robot.lookup("#tierChart").queryAs(ChartCanvas.class).getAccessibleText())
                .contains(first.measureId() + " " + first.title() + ": " + share.tier() + " " + share.percent() + "%");
        // The reading in words for the first measure.
        assertThat(robot.lookup("#mcReading .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains(first.measureId() + " は " + share.percent() + "% のサンプルで「"
                        + first.baseTier() + "」のまま"));
        ChartCanvas chart = robot.lookup("#rankRangeChart").queryAs(ChartCanvas.class);
        assertThat(chart.getWidth()).isPositive();
        assertThat(chart.getHeight()).isCloseTo(ranks.preferredHeight(chart.getWidth()), within(1.0));
        assertThat(chart.getAccessibleText()).contains(first.measureId() + ": " + first.rankP5() + "位〜"
                + first.rankP95() + "位");
        assertThat(robot.lookup("#mcStale").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneWayIntervalsAreListedPerCriterion(FxRobot robot) {
        TableView<OneWayRow> table = robot.lookup("#oneWayTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        OneWaySensitivity.Result r = fixture.context.ranking().oneWay(fixture.editor.plan(), Optional.empty());
        OneWayRow speed = table.getItems().get(0);
        assertThat(speed.name()).isEqualTo("即効性・波及効果");
        assertThat(table.getColumns().get(2).getCellData(speed)).isEqualTo(String.format(Locale.ROOT,
                "%.1f%%〜%.1f%%", 100 * r.intervals().get(0).low(), 100 * r.intervals().get(0).high()));
        assertThat(robot.lookup("#oneWaySummary").queryAs(Label.class).getText())
                .startsWith("現在の1位は " + r.firstMeasureId());
    }
}
