package org.kaname.crash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Runs a scenario's cycles: each on a fresh copy of the baseline, {start the child, SIGKILL it, check}. Odd cycles
 * kill at the success line, even ones after a random delay drawn across the child's whole run (start-up, the write,
 * the close), measured first by an uninterrupted control run. The control run must itself pass its check: it proves
 * the scenario and the check are right before any kill is judged.
 */
final class CrashCycles {
    private final CrashFixture fixture;
    private final SplittableRandom random;

    /** One finished cycle, recorded in cycle order once all are done. */
    private record Cycle(String description, KillPlan kill, ChildRun run, Verdict verdict) {
    }

    CrashCycles(CrashFixture fixture, long seed) {
        this.fixture = fixture;
        this.random = new SplittableRandom(seed);
    }

    /** The uninterrupted run; throws if it fails or its check does not pass. Returns how long it took. */
    Duration control(CrashScenario scenario) {
        Path data = fixture.copy(scenario.name() + "-control");
        try {
            ChildRun run = scenario.child(data).run();
            if (!run.ok()) {
                throw new AssertionError(scenario.name() + " control run failed: " + run.describe());
            }
            Verdict verdict = scenario.check(data, run);
            if (verdict.outcome() != Outcome.OK) {
                throw new AssertionError(scenario.name() + " control run (no kill) does not pass its check: " + verdict);
            }
            return run.elapsed();
        } finally {
            DataFolders.delete(data);
        }
    }

    CrashTally run(CrashScenario scenario, int cycles) {
        Duration whole = control(scenario);
        // Kill moments are drawn up front in cycle order, so a seed gives the same kills however cycles are spread
        // over the workers.
        List<KillPlan> kills = new ArrayList<>();
        for (int i = 1; i <= cycles; i++) {
            kills.add(i % 2 == 1 ? scenario.killAtSuccess(random) : randomDelay(whole));
        }
        List<Cycle> done = Workers.map(IntStream.rangeClosed(1, cycles).boxed().toList(),
                i -> cycle(scenario, i, kills.get(i - 1)));
        CrashTally tally = new CrashTally();
        done.forEach(c -> tally.add(c.description(), c.kill(), c.run(), c.verdict()));
        return tally;
    }

    private Cycle cycle(CrashScenario scenario, int i, KillPlan kill) {
        Path data = fixture.copy(scenario.name() + "-" + i);
        ChildRun run = scenario.child(data).run(kill);
        Verdict verdict = new Verdict();
        if (run.timedOut()) {
            verdict.found(Outcome.UNREADABLE, "the child hung: " + run.describe());
        } else if (!run.killed() && run.exitCode() != 0) {
            verdict.found(Outcome.UNREADABLE, "the child failed without a kill: " + run.describe());
        } else {
            verdict = scenario.check(data, run);
        }
        String description = scenario.name() + " cycle " + i + " (" + kill + ", child " + run.describe() + ")";
        if (verdict.outcome() != Outcome.OK) {
            System.out.println("crash: " + description + " → " + verdict + "; data kept at " + keep(data));
        }
        DataFolders.delete(data);
        return new Cycle(description, kill, run, verdict);
    }

    /** A failed cycle's data folder (database, seal, log) copied out of the test's temporary folder, for diagnosis. */
    private static Path keep(Path data) {
        Path kept = Path.of(System.getProperty("java.io.tmpdir"), "kaname-crash-kept", data.getFileName().toString()
                + "-" + System.nanoTime());
        try (var files = java.nio.file.Files.walk(data)) {
            java.nio.file.Files.createDirectories(kept.getParent());
            for (Path p : (Iterable<Path>) files::iterator) {
                java.nio.file.Files.copy(p, kept.resolve(data.relativize(p).toString()));
            }
        } catch (java.io.IOException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
        return kept;
    }

    /** Anywhere from a fifth of the control run (the JVM is still starting) to a tenth past its end. */
    private KillPlan randomDelay(Duration whole) {
        long ms = Math.max(10, whole.toMillis());
        return KillPlan.after(Duration.ofMillis(ms / 5 + random.nextLong(ms - ms / 5 + ms / 10)));
    }
}
