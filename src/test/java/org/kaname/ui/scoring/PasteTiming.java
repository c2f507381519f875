package org.kaname.ui.scoring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.ui.RecordingDialogs;

/**
 * One timing of a large paste into the scoring grid (not a test; docs/benchmarks.md has the command): every measure
 * × criterion cell of a plan imported from PLAN.json, in full-width digits, pasted through
 * {@link ScoringViewModel#paste}. Prints the check alone (five times, cold to warm), then the paste as the FX thread
 * runs it (check, edit, plan check, grid refresh), the saver's commit (a thread of its own in the app) and the undo,
 * each in wall-clock and CPU time of the calling thread.
 *
 *   java -cp test-classes:classes:DEPS org.kaname.ui.scoring.PasteTiming PLAN.json
 */
public final class PasteTiming {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private PasteTiming() {
    }

    public static void main(String[] args) throws Exception {
        Services services = Services.open(Files.createTempDirectory("paste-timing"), Locale.JAPANESE);
        long id = services.plans().importPlan(Path.of(args[0]));
        List<Runnable> commits = new ArrayList<>();
        PlanEditor editor = services.editor(id, services.plans().open(id).plan(), commits::add);
        Messages messages = Messages.of("org.kaname.ui.scoring.messages", Locale.JAPANESE);
        ScoringViewModel vm = new ScoringViewModel(editor, new RecordingDialogs(), System.out::println, messages,
                Instant::now);
        StringBuilder block = new StringBuilder();
        for (int r = 0; r < vm.rows().size(); r++) {
            for (int c = 0; c < vm.criteria().size(); c++) {
                block.append(c == 0 ? "" : "\t").append((char) ('１' + (r + c) % 5));
            }
            block.append("\r\n");
        }
        String text = block.toString();
        String rater = vm.selectedRaterIdProperty().get();
        System.out.println(vm.rows().size() + " measures × " + vm.criteria().size() + " criteria, rater " + rater);
        for (int i = 0; i < 5; i++) {
            time("parse and check", () -> ScoreBlock.check(ScoreBlock.parse(text), vm.rows(), vm.criteria(), 0, 0,
                    rater, messages));
        }
        time("paste on the FX thread (check, edit, plan check, grid refresh)", () -> vm.paste(0, 0, text));
        time("the saver's commit (journal, database; off the FX thread in the app)", () -> {
            commits.forEach(Runnable::run);
            commits.clear();
        });
        time("undo on the FX thread", editor::undo);
        commits.forEach(Runnable::run);
        vm.dispose();
        services.close();
    }

    private static void time(String what, Runnable step) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        step.run();
        System.out.printf("%s: wall %.0f ms, CPU %.0f ms%n", what, (System.nanoTime() - wall) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
