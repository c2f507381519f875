package org.kaname.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Scale;
import org.kaname.model.Score;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The "priority first" roadmap of a generated plan over 10 fiscal years (2026–2035): every measure scored
 * (seeded), costs 1–30 million yen up front plus 1–20 million a year for 1–5 years, a quarter with an earliest
 * start, about 40 % with one or two prerequisites among the 200 measures before it (so chains run deep but never
 * cycle), and a yearly cap of a twentieth of what all measures cost together (half of everything over 10 years) —
 * tight enough that measures are deferred for budget, for prerequisites and for lack of years. {@code schedule} times scheduling alone (the ranking is given);
 * {@code rankAndSchedule} both, as the CLI does.
 * <p>
 * {@link #main} runs the same cases on one thread timed by CPU time (for a machine shared with other work).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RoadmapBenchmark {
    @Param({"2000"})
    public int measures;

    private Plan plan;
    private Ranking ranking;
    private final RankingService rankings = new RankingService();
    private final RoadmapScheduler scheduler = new RoadmapScheduler(rankings);

    @Setup
    public void setUp() {
        plan = generate(measures, 1);
        ranking = rankings.rank(plan);
    }

    @Benchmark
    public Roadmap schedule() {
        return scheduler.schedule(plan, ranking);
    }

    @Benchmark
    public Roadmap rankAndSchedule() {
        return scheduler.schedule(plan);
    }

    static Plan generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Measure> ms = new ArrayList<>(count);
        List<Score> scores = new ArrayList<>(count);
        long total = 0;
        for (int i = 0; i < count; i++) {
            long initial = 1_000_000L * (1 + random.nextInt(30));
            long annual = 1_000_000L * (1 + random.nextInt(20));
            int duration = 1 + random.nextInt(5);
            total += initial + annual * duration;
            List<String> dependsOn = new ArrayList<>();
            if (i > 0 && random.nextInt(10) < 4) {
                int prerequisites = 1 + random.nextInt(2);
                for (int k = 0; k < prerequisites; k++) {
                    String p = "M" + Math.max(0, i - 1 - random.nextInt(200));
                    if (!dependsOn.contains(p)) {
                        dependsOn.add(p);
                    }
                }
            }
            Integer earliest = random.nextInt(4) == 0 ? 2026 + random.nextInt(6) : null;
            ms.add(new Measure("M" + i, "G", "measure " + i, "", "", initial, annual, duration, earliest,
                    dependsOn, List.of(), List.of(), List.of(), null));
            scores.add(Score.of("M" + i, "c", "r", random.nextInt(101)));
        }
        return Plan.empty("roadmap bench", new FiscalYears(2026, 2035))
                .withBudget(Budget.uniform(total / 20))
                .withCriteria(List.of(new Criterion("c", "c", "", 1, Direction.BENEFIT, Scale.of(0, 100, Map.of()))))
                .withMeasures(ms)
                .withRatersAndScores(List.of(new Rater("r", "r")), scores);
    }

    /**
     * One thread, CPU time, best of 20 runs after 200 warm-up runs (and the wall clock of the same runs); prints how
     * many measures each status got.
     */
    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        RoadmapBenchmark b = new RoadmapBenchmark();
        b.measures = 2000;
        b.setUp();
        Roadmap r = b.schedule();
        System.out.printf(Locale.ROOT, "2,000 measures, 2026-2035: %d scheduled, %d deferred, %d unscored%n",
                r.withStatus(RoadmapStatus.SCHEDULED).size(), r.withStatus(RoadmapStatus.DEFERRED).size(),
                r.withStatus(RoadmapStatus.UNSCORED).size());
        for (String name : new String[] {"schedule", "rankAndSchedule"}) {
            Runnable work = name.equals("schedule") ? b::schedule : b::rankAndSchedule;
            for (int i = 0; i < 200; i++) {
                work.run();
            }
            long best = Long.MAX_VALUE;
            long[] wall = new long[20];
            for (int i = 0; i < 20; i++) {
                long start = mx.getCurrentThreadCpuTime();
                long startWall = System.nanoTime();
                work.run();
                wall[i] = System.nanoTime() - startWall;
                best = Math.min(best, mx.getCurrentThreadCpuTime() - start);
            }
            java.util.Arrays.sort(wall);
            System.out.printf(Locale.ROOT, "%s: %.2f ms CPU (best of 20); wall clock median %.2f ms, best %.2f ms%n",
                    name, best / 1e6, wall[10] / 1e6, wall[0] / 1e6);
        }
    }
}
