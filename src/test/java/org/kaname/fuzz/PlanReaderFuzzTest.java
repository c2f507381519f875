package org.kaname.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.service.SamplePlan;

/**
 * Issue 13, item 3: the plan reader on damaged files. The sample plan or a small generated one, damaged by
 * {@link PlanMutator}, goes to {@code import}: it must be stored (exit 0) or refused (exit 3) with no internals on
 * the console, within the timeout, and a refusal must leave the data folder exactly as it was. Whatever is accepted
 * then goes through every command ({@link CommandSweep}).
 */
class PlanReaderFuzzTest {
    static final double SHARE = 0.30;
    static final int CASES_PER_FOLDER = 12;

    @TempDir
    static Path dir;
    static FuzzBudget budget;

    @TestFactory
    Stream<DynamicTest> importStoresOrRefusesEveryDamagedPlan() {
        budget = FuzzBudget.of("plan-reader", SHARE);
        return budget.cases(n -> DynamicTest.dynamicTest(budget.where(n), () -> check(n)));
    }

    @AfterAll
    static void log() {
        budget.done();
    }

    private static void check(int n) throws Exception {
        SplittableRandom random = budget.random(n);
        boolean sample = random.nextInt(4) == 0;
        byte[] base = sample ? SamplePlan.bytes() : PlanMutator.write(new PlanGenerator(random).plan());
        PlanMutator mutator = new PlanMutator(random);
        byte[] damaged = mutator.mutate(base);
        Path work = dir.resolve("case-" + n);
        Files.createDirectories(work);
        Path file = work.resolve("damaged.json");
        Files.write(file, damaged);
        Path data = dir.resolve("data-" + n / CASES_PER_FOLDER);
        Findings findings = new Findings(budget.where(n), (sample ? "sample" : "generated") + " plan, "
                + Invariants.abbreviate(mutator.description(), 240));
        String before = StoredState.of(data);
        FuzzCli.Run imported = findings.check(FuzzCli.run(data, "import", file.toString()), Invariants.OK_OR_REFUSED);
        if (imported.exitCode() != 0) {
            String after = StoredState.of(data);
            if (!before.equals(after)) {
                findings.add(imported, "data changed after a refusal: " + StoredState.difference(before, after));
            }
        } else {
            CommandSweep.run(data, Long.parseLong(imported.out().strip()), work, random, findings);
        }
        findings.assertNone();
    }
}
