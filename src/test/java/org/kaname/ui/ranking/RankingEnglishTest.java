package org.kaname.ui.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.TestEdits;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Ranking screen in the English UI (issue 15 A7: 未評価 showed untranslated): an unscored measure's tier and the
 * summary's count column read "Not scored"; nothing on the screen reads 未評価.
 */
@ExtendWith(ApplicationExtension.class)
class RankingEnglishTest {
    private Path dir;
    private ScreenFixture fixture;
    private RankingScreen screen;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kaname-ranking-en");
        fixture = new ScreenFixture(dir, Locale.ENGLISH);
        fixture.editor.apply(TestEdits.rewrite("clear", p -> p.withScores(p.scores().stream()
                .filter(s -> !(s.measure().equals("S1-1") && s.criterion().equals("cost"))).toList())));
        WaitForAsyncUtils.asyncFx(() -> {
            screen = new RankingScreen(fixture.context);
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

    @Test
    @SuppressWarnings("unchecked")
    void anUnscoredMeasureAndTheSummaryCountReadNotScored(FxRobot robot) throws Exception {
        TableView<RankRow> ranks = robot.lookup("#rankTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> !ranks.getItems().isEmpty() && ranks.getItems().get(ranks.getItems().size() - 1)
                        .measureId().equals("S1-1"));
        WaitForAsyncUtils.waitForFxEvents();
        int last = ranks.getItems().size() - 1;
        robot.interact(() -> ranks.scrollTo(last));
        TableCell<?, ?> tier = robot.lookup("#rankTable .tier-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableRow() != null && c.getTableRow().getIndex() == last).findFirst().orElseThrow();
        assertThat(tier.getText()).isEqualTo("Not scored");
        assertRenderedWhole(tier);

        TableView<SummaryRow> summary = robot.lookup("#summaryTable").queryAs(TableView.class);
        assertThat(summary.getColumns()).extracting(TableColumn::getText)
                .contains("Not scored").doesNotContain("未評価");
        assertHeaderWhole(robot, "Not scored");
        assertThat(robot.lookup("#summaryTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "Support".equals(c.getText())).toList()).as("the kind column's Support").isNotEmpty()
                .allSatisfy(RankingEnglishTest::assertRenderedWhole);
        assertThat(robot.lookup("#summaryTable .tier-cell").queryAllAs(TableCell.class))
                .extracting(TableCell::getText).doesNotContain("未評価");
    }

    /** Texts the header shows (rendered text, so an ellipsis shows) that the column's own text equals. */
    @SuppressWarnings("unchecked")
    private static void assertHeaderWhole(FxRobot robot, String text) {
        java.util.List<javafx.scene.control.Label> labels = robot.lookup("#summaryTable .column-header .label")
                .queryAllAs(javafx.scene.control.Label.class).stream().filter(l -> text.equals(l.getText())).toList();
        assertThat(labels).as("the header " + text).isNotEmpty();
        labels.forEach(RankingEnglishTest::assertRenderedWhole);
    }

    /** The rendered text of a labeled control is its whole text: nothing cut off with "…". */
    private static void assertRenderedWhole(javafx.scene.control.Labeled labeled) {
        javafx.scene.Node text = labeled.lookup(".text");
        assertThat(text).isInstanceOf(javafx.scene.text.Text.class);
        assertThat(((javafx.scene.text.Text) text).getText()).as("nothing cut off with …").isEqualTo(labeled.getText());
    }
}
