import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.Services;

/**
 * "One edit in the app: commit time". Opens the data directory as the app does, loads the plan, then N times changes
 * one score value (a seeded random cell, v → v mod 5 + 1, stamped now, as the scoring grid does) and stores the plan
 * through the app's save path, {@code services.plans().save(id, stored, plan)} (what PlanEditor's saver calls). Only the save
 * is timed (System.nanoTime); the edits are applied in one JVM, one after another, like a user typing scores.
 *
 *   java -cp KANAME.jar src/bench/EditSave.java DATA_DIR PLAN_ID N [WARMUP]
 *
 * WARMUP (default 0) saves are made first and not counted. Prints every time, then median, p90, min and max in ms.
 * The plan is changed in the data directory: run it on a copy.
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
        try (Services services = Services.open(dir, Locale.ROOT)) {
            long t0 = System.nanoTime();
            Plan plan = services.plans().open(id).plan();
            double loadMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "plan %d: %d measures, %d scores, loaded in %.0f ms%n", id,
                    plan.measures().size(), plan.scores().size(), loadMs);
            for (int i = -warmup; i < n; i++) {
                List<Score> scores = new ArrayList<>(plan.scores());
                int k = random.nextInt(scores.size());
                Score s = scores.get(k);
                scores.set(k, new Score(s.measure(), s.criterion(), s.rater(), (int) s.value() % 5 + 1, s.note(),
                        Instant.now()));
                Plan stored = plan;
                plan = plan.withScores(scores);
                long start = System.nanoTime();
                save(services, id, stored, plan);
                long elapsed = System.nanoTime() - start;
                if (i >= 0) {
                    ms[i] = elapsed / 1e6;
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
    }

    /** Nearest-rank percentile of sorted values (p90 of 20 values is the 18th). */
    static double percentile(double[] sorted, double p) {
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /**
     * The app's save: PlanEditor passes the version it last saved, so a change of scores writes only those rows
     * (save(id, stored, plan), since issue 11). Jars from before have only save(id, plan); the script measures both.
     */
    private static void save(Services services, long id, Plan stored, Plan plan) throws Exception {
        try {
            services.plans().getClass().getMethod("save", long.class, Plan.class, Plan.class)
                    .invoke(services.plans(), id, stored, plan);
        } catch (NoSuchMethodException e) {
            services.plans().save(id, plan);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
