import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;

/**
 * "One edit in the app: commit time". Opens the data directory as the app does, loads the plan into the app's editor
 * ({@code services.editor}), then N times sets one score (a seeded random cell, v → v mod 5 + 1, stamped now, as the
 * scoring grid does) with {@code editor.apply(SetScore)}. Two times per edit (System.nanoTime): the commit alone (the
 * saver's task: the score block and the journal row in one synced transaction), and the whole apply as the FX thread
 * sees it with the commit excluded (resolve, check, change the in-memory plan, notify).
 *
 *   java -cp KANAME.jar src/bench/EditSave.java DATA_DIR PLAN_ID N [WARMUP]
 *
 * WARMUP (default 0) edits are made first and not counted. Prints every commit time, then median, p90, min and max
 * in ms for both. The plan is changed in the data directory: run it on a copy.
 */
public final class EditSave {
    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: EditSave DATA_DIR PLAN_ID N [WARMUP]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long id = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        SplittableRandom random = new SplittableRandom(7);
        double[] ms = new double[n];
        double[] inMemory = new double[n];
        long[] commitNanos = {0};
        Executor timedSaver = task -> {
            long start = System.nanoTime();
            task.run();
            commitNanos[0] = System.nanoTime() - start;
        };
        try (Services services = Services.open(dir, Locale.ROOT)) {
            long t0 = System.nanoTime();
            Plan plan = services.plans().open(id).plan();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            PlanEditor editor = services.editor(id, plan, timedSaver);
            System.out.printf(Locale.ROOT, "plan %d: %d measures, %d scores, loaded in %.0f ms%n", id,
                    plan.measures().size(), plan.scores().size(), loadMs);
            for (int i = -warmup; i < n; i++) {
                Plan now = editor.plan();
                Score s = now.scores().get(random.nextInt(now.scores().size()));
                long start = System.nanoTime();
                editor.apply(SetScore.keepingNote(Cell.of(s), (int) s.value() % 5 + 1, Instant.now()));
                long elapsed = System.nanoTime() - start;
                if (i >= 0) {
                    ms[i] = commitNanos[0] / 1e6;
                    inMemory[i] = (elapsed - commitNanos[0]) / 1e6;
                }
            }
        }
        StringBuilder all = new StringBuilder();
        for (double t : ms) {
            all.append(String.format(Locale.ROOT, " %.1f", t));
        }
        System.out.println("save_times_ms (in order):" + all);
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "saves=%d warmup=%d median_ms=%.1f p90_ms=%.1f min_ms=%.1f max_ms=%.1f%n", n,
                warmup, percentile(sorted, 50), percentile(sorted, 90), sorted[0], sorted[n - 1]);
        double[] memory = inMemory.clone();
        Arrays.sort(memory);
        System.out.printf(Locale.ROOT, "in_memory_apply median_ms=%.1f p90_ms=%.1f max_ms=%.1f%n",
                percentile(memory, 50), percentile(memory, 90), memory[n - 1]);
    }

    /** Nearest-rank percentile of sorted values (p90 of 20 values is the 18th). */
    static double percentile(double[] sorted, double p) {
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
