package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.Measure;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.TestEdits;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pages are dealt by measuring the rendered text: on the sample plan, with one measure made very long (a generated
 * description in Japanese and English and many sources), every page is drawn at 1920×1080 and 1280×800 and no
 * continued page holds a line or two while the page before it is a quarter empty; nothing is shrunk to fit.
 */
class ProjectionPaginationTest {
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
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 24; i++) {
            text.append(i % 3 == 0
                    ? "Sentence " + i + " of a generated description, in English words that wrap as whole words. "
                    : "生成した長い説明の第" + i + "文であり、投影しても読める大きさで表示されます。");
        }
        List<Evidence> sources = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            sources.add(new Evidence("生成した出典" + i + "：他自治体の取組事例", "https://example.jp/case/" + i,
                    EvidenceKind.PEER_CASE, "出典" + i + "の要点。".repeat(i)));
        }
        String description = text.toString();
        fixture.editor.apply(TestEdits.rewrite("long", p -> p.withMeasures(p.measures().stream()
                .map(m -> m.id().equals("S1-2") ? new Measure(m.id(), m.group(), m.title(), description, m.owner(),
                        m.initialCost(), m.annualCost(), m.durationYears(), m.earliestStart(), m.dependsOn(),
                        m.addresses(), m.indicators(), sources, m.pinnedStart()) : m).toList())));
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    /** What one drawn page uses: the body's height and the room for it, in px. */
    record Drawn(ProjectionPage page, double body, double room, double fontPx, double shrink) {
    }

    private List<Drawn> draw(int width, int height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ProjectionViewModel vm = new ProjectionViewModel(fixture.context,
                    fixture.context.messages(ProjectionViewModel.bundle()));
            ProjectionView view = new ProjectionView(vm, () -> { });
            Stage stage = new Stage();
            Scene scene = new Scene(view.build(), width, height);
            Styles.apply(scene, JapaneseFont.family());
            stage.setScene(scene);
            stage.show();
            List<Drawn> drawn = new ArrayList<>();
            for (int i = 0; i < vm.pageCount(); i++) {
                vm.goTo(i + 1);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                Region body = (Region) scene.lookup("#projectionBody");
                Region footer = (Region) scene.lookup("#projectionPageNumber").getParent();
                drawn.add(new Drawn(vm.pageProperty().get(), body.getHeight(),
                        footer.getLayoutY() - body.getLayoutY(), PageGeometry.fontPx(width, height), view.shrink()));
            }
            stage.close();
            vm.dispose();
            return drawn;
        }).get();
    }

    private void check(int width, int height) throws Exception {
        List<Drawn> drawn = draw(width, height);
        List<Drawn> long12 = drawn.stream().filter(d -> d.page().key().startsWith("measure:S1-2:")).toList();
        assertThat(long12.size()).as("the long measure continues").isGreaterThanOrEqualTo(2);
        for (int i = 1; i < drawn.size(); i++) {
            Drawn d = drawn.get(i);
            Drawn before = drawn.get(i - 1);
            if (!d.page().continued()) {
                continue;
            }
            // Two lines of body text and the gap after them.
            double twoLines = 2 * 1.6 * d.fontPx() + 0.3 * d.fontPx();
            boolean stray = d.body() <= twoLines;
            boolean quarterEmpty = before.body() < 0.75 * before.room();
            assertThat(stray && quarterEmpty).as("%s at %dx%d: %.0f px after a page %.0f%% full", d.page().title(),
                    width, height, d.body(), 100 * before.body() / before.room()).isFalse();
        }
        for (Drawn d : drawn) {
            if (d.page().blocks().stream().noneMatch(b -> b instanceof PageBlock.ChartBlock)) {
                assertThat(d.body()).as("%s fits at %dx%d", d.page().key(), width, height)
                        .isLessThanOrEqualTo(d.room() + 1);
                assertThat(d.shrink()).as("%s is drawn as dealt", d.page().key()).isEqualTo(d.page().fit().font());
            }
        }
        // A short source moves whole: no continued page starts with the rest of a source's note or address.
        assertThat(long12.subList(1, long12.size())).allSatisfy(d -> assertThat(d.page().blocks().get(0))
                .matches(b -> !(b instanceof PageBlock.Paragraph p && p.secondary()),
                        "not the rest of a source"));
        // Every page the long measure continues onto is filled before the next one starts.
        for (int i = 0; i + 1 < long12.size(); i++) {
            assertThat(long12.get(i).body() / long12.get(i).room()).as("page %d of S1-2", i + 1)
                    .isGreaterThan(0.75);
        }
    }

    @Test
    void noStrayContinuedPageAt1920x1080() throws Exception {
        check(1920, 1080);
    }

    @Test
    void noStrayContinuedPageAt1280x800() throws Exception {
        check(1280, 800);
    }
}
