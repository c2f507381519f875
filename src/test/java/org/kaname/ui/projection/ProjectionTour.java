package org.kaname.ui.projection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.Styles;
import org.kaname.ui.TestEdits;

/**
 * Takes a screenshot of each kind of projection page on the sample plan at 1920×1080 and 1280×720, for the user
 * guide: docs/images/projection-&lt;page&gt;-&lt;size&gt;.png. Round 1 (three raters, values apart) is revealed for the
 * distribution page; round 2 is then opened and partly entered for the progress page. Not a test: run it headless,
 * after {@code mvn -o test-compile}:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dheadless.geometry=1920x1200-32
 * -Dprism.order=sw -Dprism.text=t2k -cp target/test-classes:target/classes:<deps>
 * org.kaname.ui.projection.ProjectionTour docs/images ja}.
 */
public final class ProjectionTour {
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final List<String> RATERS = List.of("r1", "r2", "r3");
    private static final List<String> CRITERIA = List.of("speed", "feasibility", "cost", "fairness", "evidence");
    private static final int[][] SIZES = {{1920, 1080}, {1280, 720}};

    private ProjectionTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        String suffix = locale == Locale.ENGLISH ? "-en" : "";
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("kaname-projection-tour");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ScreenFixture fixture = new ScreenFixture(data, locale);
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                firstRoundRevealed(fixture);
                for (int[] size : SIZES) {
                    // One view model per window: a closed window's view would otherwise keep following it.
                    ProjectionViewModel vm = new ProjectionViewModel(fixture.context,
                            fixture.context.messages(ProjectionViewModel.bundle()));
                    ProjectionView view = new ProjectionView(vm, () -> { });
                    Stage stage = new Stage();
                    Scene scene = new Scene(view.build(), size[0], size[1]);
                    Styles.apply(scene, JapaneseFont.family());
                    stage.setScene(scene);
                    stage.show();
                    for (PageKind kind : List.of(PageKind.CRITERIA, PageKind.MEASURE, PageKind.RANKING,
                            PageKind.DISAGREEMENT, PageKind.DISTRIBUTION, PageKind.ROADMAP)) {
                        vm.goTo(vm.firstOf(kind).orElseThrow() + 1);
                        shoot(scene, view, out.resolve(name(kind, size, suffix)));
                    }
                    stage.close();
                    vm.dispose();
                }
                secondRoundOpen(fixture);
                for (int[] size : SIZES) {
                    ProjectionViewModel vm = new ProjectionViewModel(fixture.context,
                            fixture.context.messages(ProjectionViewModel.bundle()));
                    ProjectionView view = new ProjectionView(vm, () -> { });
                    Stage stage = new Stage();
                    Scene scene = new Scene(view.build(), size[0], size[1]);
                    Styles.apply(scene, JapaneseFont.family());
                    stage.setScene(scene);
                    stage.show();
                    vm.goTo(vm.firstOf(PageKind.ROUND_PROGRESS).orElseThrow() + 1);
                    shoot(scene, view, out.resolve(name(PageKind.ROUND_PROGRESS, size, suffix)));
                    stage.close();
                    vm.dispose();
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        fixture.close();
        Platform.exit();
    }

    private static String name(PageKind kind, int[] size, String suffix) {
        return "projection-" + kind.code() + suffix + "-" + size[0] + "x" + size[1] + ".png";
    }

    /** Round 1 on three measures, started from the plan's scores, with the room apart on a few cells. */
    private static void firstRoundRevealed(ScreenFixture f) throws Exception {
        f.editor.apply(TestEdits.rewrite("round 1", p -> {
            Plan q = Rounds.open(p, "施策の初回評価", List.of("S1-1", "S2-1", "S3-1"), RATERS, false, true, NOW);
            q = Rounds.enter(q, "S1-1", "speed", "r1", 2.0, "戦略の策定から効果が出るまで数年かかる", NOW);
            q = Rounds.enter(q, "S1-1", "speed", "r3", 5.0, "共同採用は次年度から効果が出る", NOW);
            q = Rounds.enter(q, "S2-1", "cost", "r2", 1.0, "システム改修費が大きい", NOW);
            q = Rounds.enter(q, "S2-1", "cost", "r1", 4.0, "既存の研修予算で賄える", NOW);
            return Rounds.reveal(q, NOW.plusSeconds(1800));
        }));
    }

    /** Round 2 after the discussion: open, two raters part-way through. */
    private static void secondRoundOpen(ScreenFixture f) throws Exception {
        f.editor.apply(TestEdits.rewrite("round 2", p -> {
            Plan q = Rounds.open(p, "議論後の再評価", List.of("S1-1", "S2-1"), RATERS, true, false,
                    NOW.plusSeconds(3600));
            for (String c : CRITERIA) {
                q = Rounds.enter(q, "S1-1", c, "r1", 3.0, "", NOW.plusSeconds(3700));
                q = Rounds.enter(q, "S2-1", c, "r1", 4.0, "", NOW.plusSeconds(3700));
            }
            q = Rounds.enter(q, "S1-1", "speed", "r2", 4.0, "", NOW.plusSeconds(3800));
            q = Rounds.enter(q, "S1-1", "cost", "r2", 3.0, "", NOW.plusSeconds(3800));
            return q;
        }));
    }

    private static void shoot(Scene scene, ProjectionView view, Path file) throws java.io.IOException {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        WritableImage image = scene.snapshot(null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        org.slf4j.LoggerFactory.getLogger(ProjectionTour.class).info("{}{}", file,
                view.shrink() < 1 ? "  (body shrunk to " + view.shrink() + ")" : "");
    }
}
