package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.UngroupedPlans;
import org.kaname.service.Services;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.ranking.RankingScreen;
import org.kaname.ui.ranking.SummaryRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan with a support measure outside every pillar and measures in no support measure (issue 13) opens in the
 * Measures screen, which lists them, and in the Ranking screen, which counts them under 支援策なし and 柱なし.
 */
@ExtendWith(ApplicationExtension.class)
class UngroupedMeasuresScreenTest {
    private Path dir;
    private ScreenFixture fixture;
    private Stage stage;
    private Runnable dispose = () -> { };

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A data folder whose only plan is {@link UngroupedPlans#mixed}, so the fixture's editor opens it. */
    private void openMixedPlan() throws Exception {
        dir = Files.createTempDirectory("kaname-ungrouped");
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            long sample = services.plans().plans().get(0).id();
            services.plans().create(UngroupedPlans.mixed());
            services.plans().delete(sample);
        }
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        assertThat(fixture.editor.plan()).isEqualTo(UngroupedPlans.mixed());
    }

    private void show(javafx.scene.Parent node) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = new Scene(node, 1260, 790);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> dispose.run()).get();
        if (fixture != null) {
            fixture.close();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMeasuresScreenListsTheUngroupedMeasuresLastAndOpensThem(FxRobot robot) throws Exception {
        openMixedPlan();
        MeasuresScreen screen = WaitForAsyncUtils.asyncFx(() -> new MeasuresScreen(fixture.context)).get();
        dispose = screen::dispose;
        show((javafx.scene.Parent) screen.node());

        TreeView<TreeKey> tree = robot.lookup("#measureTree").queryAs(TreeView.class);
        List<TreeItem<TreeKey>> top = tree.getRoot().getChildren();
        // The pillar first, then what lies outside it: G2 and the two measures in no support measure.
        assertThat(top).extracting(TreeItem::getValue)
                .containsExactly(TreeKey.pillar("people"), MeasureTree.UNASSIGNED);
        assertThat(top.get(1).getChildren()).extracting(TreeItem::getValue).containsExactly(TreeKey.group("G2"),
                TreeKey.measure(UngroupedPlans.UNGROUPED), TreeKey.measure("B04"));
        robot.interact(() -> top.get(1).setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".tree-cell").queryAllAs(TreeCell.class)).extracting(c -> c.getText())
                .contains("（柱・支援策の指定なし）").anyMatch(t -> t != null && t.contains("庁内チャットの導入"));

        robot.interact(() -> {
            tree.getSelectionModel().select(top.get(1).getChildren().get(1));
            tree.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#measureTitle").queryAs(TextField.class).getText()).isEqualTo("庁内チャットの導入");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRankingScreenCountsThemUnderNoPillarAndNoSupportMeasure(FxRobot robot) throws Exception {
        openMixedPlan();
        RankingScreen screen = WaitForAsyncUtils.asyncFx(() -> new RankingScreen(fixture.context)).get();
        dispose = screen::dispose;
        show((javafx.scene.Parent) screen.node());

        TableView<SummaryRow> summary = robot.lookup("#summaryTable").queryAs(TableView.class);
        List<String> names = new ArrayList<>();
        summary.getItems().forEach(r -> names.add(r.kind() + " " + r.name() + " " + r.measureCount()));
        // 人材・組織 (G1's one measure), then 柱なし: G2 and the two in no support measure, counted last.
        assertThat(names).containsExactly("PILLAR 人材・組織 1", "GROUP DX推進リーダーの育成 1", "PILLAR 柱なし 3",
                "GROUP 窓口の改善 1", "GROUP 支援策なし 2");
    }
}
