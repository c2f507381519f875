package org.kaname.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.engine.RankingService;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measurement, not a test of a limit: the FX-thread time of opening a generated plan of 2,000 measures × 5 criteria
 * × 30 raters (300,000 scores) in all screens, of showing the scoring screen, and of one score edit on it (the
 * edit, every screen's listener and a layout pass), as the app's workspace does it. Not run by the build (the name
 * does not end in Test); run it with
 * {@code ./mvnw -o -Dkaname.buildDir=… test -Dtest=ScoringEditTiming -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the lines "timing: …" in the output. It asserts nothing about time.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringEditTiming {
    private static final Logger LOG = LoggerFactory.getLogger(ScoringEditTiming.class);
    private static final int MEASURES = 2000;
    private static final int RATERS = 30;
    private static final int EDITS = 30;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void oneScoreEditOnTheScoringScreen() throws Exception {
        Path dir = Files.createTempDirectory("kaname-timing");
        ExecutorService saver = Executors.newSingleThreadExecutor();
        try (Services services = Services.open(dir, Locale.JAPANESE)) {
            Plan plan = generated();
            long id = services.plans().create(plan);
            PlanEditor editor = services.editor(id, services.plans().open(id).plan(), saver);
            ScreenContext context = new ScreenContext(editor, new RankingService(), new CurrentThreadTaskExecutor(),
                    new RecordingDialogs(), Locale.JAPANESE, message -> { });
            // Listeners hear in the order they were added: these two bracket every screen's listener.
            long[] heard = new long[2];
            editor.addListener(plan1 -> heard[0] = System.nanoTime());
            StackPane content = new StackPane();
            Workspace[] workspace = new Workspace[1];
            double open = fx(() -> {
                workspace[0] = new Workspace(context);
                content.getChildren().setAll(workspace[0].screens().get(0).node());
                Scene scene = new Scene(content, 1240, 760);
                Styles.apply(scene, JapaneseFont.family());
                stage.setScene(scene);
                stage.show();
                content.applyCss();
                content.layout();
            });
            report("open (all screens built, overview shown)", open);
            editor.addListener(plan1 -> heard[1] = System.nanoTime());
            PlanScreen scoring = workspace[0].screens().stream().filter(s -> s.id().equals("scoringScreen"))
                    .findFirst().orElseThrow();
            report("show the scoring screen", fx(() -> {
                content.getChildren().setAll(scoring.node());
                content.applyCss();
                content.layout();
            }));
            SplittableRandom random = new SplittableRandom(7);
            double[] apply = new double[EDITS];
            double[] withLayout = new double[EDITS];
            double[] listeners = new double[EDITS];
            for (int i = -5; i < EDITS; i++) {
                Plan now = editor.plan();
                Measure m = now.measures().get(random.nextInt(now.measures().size()));
                Criterion c = now.criteria().get(random.nextInt(now.criteria().size()));
                Cell cell = new Cell(m.id(), c.id(), now.raters().get(0).id());
                int value = 1 + random.nextInt(5);
                long[] t = new long[3];
                WaitForAsyncUtils.asyncFx(() -> {
                    t[0] = System.nanoTime();
                    editor.apply(SetScore.keepingNote(cell, value, Instant.now()));
                    t[1] = System.nanoTime();
                    content.applyCss();
                    content.layout();
                    t[2] = System.nanoTime();
                    return null;
                }).get();
                if (i >= 0) {
                    apply[i] = (t[1] - t[0]) / 1e6;
                    listeners[i] = (heard[1] - heard[0]) / 1e6;
                    withLayout[i] = (t[2] - t[0]) / 1e6;
                }
            }
            report("score edit: apply and listeners (median of " + EDITS + ")", median(apply));
            report("score edit: the screens' listeners alone (median of " + EDITS + ")", median(listeners));
            report("score edit: apply, listeners and layout (median of " + EDITS + ")", median(withLayout));
            report("score edit: apply, listeners and layout (max)", Arrays.stream(withLayout).max().orElse(0));
            WaitForAsyncUtils.asyncFx(() -> workspace[0].dispose()).get();
            saver.shutdown();
            saver.awaitTermination(1, TimeUnit.MINUTES);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double fx(Runnable action) throws Exception {
        long[] t = new long[2];
        WaitForAsyncUtils.asyncFx(() -> {
            t[0] = System.nanoTime();
            action.run();
            t[1] = System.nanoTime();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return (t[1] - t[0]) / 1e6;
    }

    private static void report(String what, double ms) {
        LOG.info("timing: {}: {} ms", what, String.format(Locale.ROOT, "%.1f", ms));
        System.out.printf(Locale.ROOT, "timing: %s: %.1f ms%n", what, ms);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** 2,000 measures × 5 criteria (the last a cost) × 30 raters, every cell scored 1–5 by a seeded random. */
    private static Plan generated() {
        SplittableRandom random = new SplittableRandom(42);
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            criteria.add(new Criterion("c" + c, "基準 " + c, "", 1 + c, c == 4 ? Direction.COST : Direction.BENEFIT,
                    Scale.DEFAULT));
        }
        List<Measure> measures = new ArrayList<>();
        for (int m = 0; m < MEASURES; m++) {
            measures.add(Measure.of("M" + m, "G", "施策 " + m));
        }
        List<Rater> raters = new ArrayList<>();
        for (int r = 0; r < RATERS; r++) {
            raters.add(new Rater("r" + r, "評価者 " + r));
        }
        List<Score> scores = new ArrayList<>();
        for (Measure m : measures) {
            for (Criterion c : criteria) {
                for (Rater r : raters) {
                    scores.add(new Score(m.id(), c.id(), r.id(), 1 + random.nextInt(5), "", null));
                }
            }
        }
        return Plan.empty("生成 " + MEASURES + "x" + RATERS, new FiscalYears(2026, 2030)).withCriteria(criteria)
                .withStructure(List.of(new Pillar("P", "柱", "")),
                        List.of(new MeasureGroup("G", "P", "支援策", "", List.of(), List.of())), measures)
                .withRatersAndScores(raters, scores);
    }
}
