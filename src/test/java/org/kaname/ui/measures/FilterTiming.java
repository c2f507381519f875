package org.kaname.ui.measures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.engine.RankingService;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.store.PlanSummary;
import org.kaname.ui.JapaneseFont;
import org.kaname.ui.PlanScreen;
import org.kaname.ui.RecordingDialogs;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.Styles;
import org.kaname.ui.ranking.RankingScreen;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A measurement, not a test of a limit: the FX-thread time of typing a filter on a big plan, one keystroke at a time
 * (the filter, the rebuilt tree or table, a CSS and layout pass), in the measure tree and the ranking table. The plan
 * is the newest in the data directory {@code -Dkaname.timing.data=DIR}, made by src/bench/GeneratePlan.java and
 * imported with the CLI (see docs/benchmarks.md). Not run by the build (the name does not end in Test); run it with
 * {@code ./mvnw -Dkaname.buildDir=… test -Dtest=FilterTiming -Dsurefire.failIfNoSpecifiedTests=false
 * -Dkaname.timing.data=DIR} and read the lines "timing: …". It asserts nothing about time.
 */
@ExtendWith(ApplicationExtension.class)
class FilterTiming {
    private static final Logger LOG = LoggerFactory.getLogger(FilterTiming.class);
    /** Typed one character at a time; in GeneratePlan's plan (M0 … M1999) "m12" ends matching 111 measures. */
    private static final String TYPED = "m12";
    private static final int RUNS = 5;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void typingAFilterOnABigPlan() throws Exception {
        Path dir = Path.of(System.getProperty("kaname.timing.data", ""));
        if (!Files.isDirectory(dir)) {
            report("no data directory; set -Dkaname.timing.data (see docs/benchmarks.md)");
            return;
        }
        Path copy = Files.createTempDirectory("kaname-filter-timing");
        try (var files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                Path to = copy.resolve(dir.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        try (Services services = Services.open(copy, Locale.JAPANESE)) {
            long id = services.plans().plans().stream().mapToLong(PlanSummary::id).max().orElseThrow();
            PlanEditor editor = services.editor(id, services.plans().open(id).plan(), Runnable::run);
            report("plan of " + editor.plan().measures().size() + " measures, " + editor.plan().scores().size()
                    + " scores");
            ScreenContext context = new ScreenContext(editor, new RankingService(), new CurrentThreadTaskExecutor(),
                    new RecordingDialogs(), Locale.JAPANESE, message -> { });
            StackPane content = new StackPane();
            PlanScreen[] screens = new PlanScreen[2];
            WaitForAsyncUtils.asyncFx(() -> {
                screens[0] = new MeasuresScreen(context);
                screens[1] = new RankingScreen(context);
                Scene scene = new Scene(content, 1280, 800);
                Styles.apply(scene, JapaneseFont.family());
                stage.setScene(scene);
                stage.show();
            }).get();
            type(content, screens[0], "#measureFilter", "measure tree");
            type(content, screens[1], "#rankFilter", "ranking table");
            WaitForAsyncUtils.asyncFx(() -> Arrays.stream(screens).forEach(PlanScreen::dispose)).get();
        } finally {
            try (var files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Types {@link #TYPED} into the filter {@code id} of {@code screen}, then clears it, {@link #RUNS} times. */
    private static void type(StackPane content, PlanScreen screen, String id, String what) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            content.getChildren().setAll(screen.node());
            content.applyCss();
            content.layout();
        }).get();
        TextField field = (TextField) content.lookup(id);
        double[][] keys = new double[TYPED.length()][RUNS];
        double[] clear = new double[RUNS];
        String count = "";
        for (int run = -1; run < RUNS; run++) { // run -1 warms up
            for (int k = 1; k <= TYPED.length(); k++) {
                double ms = fx(content, field, TYPED.substring(0, k));
                if (run >= 0) {
                    keys[k - 1][run] = ms;
                }
            }
            count = ((javafx.scene.control.Label) content.lookup(id + "Count")).getText();
            double ms = fx(content, field, "");
            if (run >= 0) {
                clear[run] = ms;
            }
        }
        report(what + ": \"" + TYPED + "\" shows " + count);
        for (int k = 0; k < TYPED.length(); k++) {
            report(what + ": key " + (k + 1) + " (\"" + TYPED.substring(0, k + 1) + "\") median "
                    + fmt(median(keys[k])) + " ms, max " + fmt(Arrays.stream(keys[k]).max().orElse(0)) + " ms");
        }
        report(what + ": clearing median " + fmt(median(clear)) + " ms, max "
                + fmt(Arrays.stream(clear).max().orElse(0)) + " ms");
    }

    private static double fx(StackPane content, TextField field, String text) throws Exception {
        long[] t = new long[2];
        WaitForAsyncUtils.asyncFx(() -> {
            t[0] = System.nanoTime();
            field.setText(text);
            content.applyCss();
            content.layout();
            t[1] = System.nanoTime();
        }).get();
        return (t[1] - t[0]) / 1e6;
    }

    private static void report(String line) {
        LOG.info("timing: {}", line);
        System.out.println("timing: " + line);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
