package org.kaname.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import org.kaname.engine.Aggregation;
import org.kaname.engine.MonteCarlo;
import org.kaname.engine.MonteCarloMonitor;
import org.kaname.engine.MonteCarloOptions;
import org.kaname.engine.Weights;
import org.kaname.engine.WeightedSumModel;
import org.kaname.model.Plan;

/**
 * The benchmark cases on one thread, timed by the thread's CPU time rather than the wall clock: on a machine shared
 * with other work the wall-clock figures of JMH mostly measure the others, the CPU time much less so. Prints the best
 * of several runs after a warm-up. Run: {@code mvn -Pbench compile exec:exec -Dbench.main=org.kaname.bench.CpuTimeCheck
 * -Djmh.args=}.
 */
public final class CpuTimeCheck {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private CpuTimeCheck() {
    }

    public static void main(String[] args) {
        for (int measures : new int[] {100, 1000, 10000}) {
            Plan plan = GeneratedPlans.generate(measures, 5, 30, 1);
            Map<String, Double> weights = Weights.of(plan);
            WeightedSumModel model = new WeightedSumModel();
            int repeat = Math.max(3, 20_000 / measures);
            report("rank " + measures + " measures x 30 raters", best(10, () -> {
                for (int i = 0; i < repeat; i++) {
                    model.rank(plan, weights, Aggregation.MEAN);
                }
            }) / repeat);
        }
        monteCarlo(200, 10, 10_000);
        monteCarlo(100, 30, 1_000);
        monteCarlo(1_000, 30, 1_000);
        monteCarlo(10_000, 30, 1_000);
    }

    private static void monteCarlo(int measures, int raters, int samples) {
        Plan plan = GeneratedPlans.generate(measures, 5, raters, 1);
        MonteCarloOptions options = MonteCarloOptions.defaults().withSamples(samples).withThreads(1);
        int runs = measures >= 10_000 ? 2 : 6;
        report("monte carlo " + measures + " measures x " + raters + " raters x " + samples + " samples, 1 thread",
                best(runs, () -> MonteCarlo.run(plan, options, MonteCarloMonitor.NONE)));
    }

    /** Best CPU time in ms of {@code runs} runs after one warm-up run. */
    private static double best(int runs, Runnable work) {
        work.run();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < runs; r++) {
            long start = MX.getCurrentThreadCpuTime();
            work.run();
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - start) / 1e6);
        }
        return best;
    }

    private static void report(String what, double ms) {
        System.out.println(String.format(Locale.ROOT, "%-70s %10.2f ms CPU", what, ms));
    }
}
