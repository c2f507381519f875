package org.kaname.ui.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.OneWaySensitivity;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
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
        robot.clickOn("#runMonteCarlo");
        assertThat(robot.lookup("#mcProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
        assertThat(robot.lookup("#cancelMonteCarlo").queryAs(Button.class).isDisabled()).isTrue();
        TableView<OutcomeRow> table = robot.lookup("#mcTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(10);
        // Columns: measure, rank, range, mean, P(first), 高, 中, 低, 該当なし.
        assertThat(table.getColumns()).extracting(TableColumn::getText).endsWith("高", "中", "低", "該当なし");
        for (OutcomeRow row : table.getItems()) {
            int sum = 0;
            for (int c = 5; c < table.getColumns().size(); c++) {
                sum += percent((String) table.getColumns().get(c).getCellData(row));
            }
            assertThat(sum).as(row.measureId()).isEqualTo(100);
            // The bar shows the same parts: its widths cover the whole bar and its labels name tier and percent.
            HBox bar = robot.lookup("#tierBar-" + row.measureId()).queryAs(HBox.class);
            double widths = bar.getChildren().stream().mapToDouble(n -> ((Label) n).getPrefWidth()).sum();
            assertThat(widths).isCloseTo(bar.getPrefWidth(), org.assertj.core.api.Assertions.within(1e-6));
            assertThat(bar.getAccessibleText()).startsWith(row.measureId());
        }
        OutcomeRow first = table.getItems().get(0);
        Label firstPart = (Label) robot.lookup("#tierBar-" + first.measureId()).queryAs(HBox.class)
                .getChildren().get(0);
        TierShare share = (TierShare) firstPart.getUserData();
        assertThat(firstPart.getText()).isEqualTo(share.tier() + " " + share.percent() + "%");
        // The reading in words for the first measure.
        assertThat(robot.lookup("#mcReading .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains(first.measureId() + " は " + share.percent() + "% のサンプルで「"
                        + first.baseTier() + "」のまま"));
        Canvas chart = robot.lookup("#rankRangeChart").queryAs(Canvas.class);
        assertThat(chart.getWidth()).isPositive();
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
