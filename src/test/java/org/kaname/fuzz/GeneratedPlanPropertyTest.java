package org.kaname.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 2: every command works or gives exit 3 on every plan that import accepts. Random valid plans from
 * {@link PlanGenerator} — at the edges of every limit — must be imported (exit 0: a refusal means the generator or
 * the validator is wrong, and the finding says so), then every command of {@link CommandSweep} runs on them.
 */
class GeneratedPlanPropertyTest {
    static final double SHARE = 0.35;
    /** A fresh data folder after this many plans, so the fingerprints and backups stay small. */
    static final int PLANS_PER_FOLDER = 8;

    @TempDir
    static Path dir;
    static FuzzBudget budget;

    @TestFactory
    Stream<DynamicTest> everyCommandWorksOrRefusesOnEveryGeneratedPlan() {
        budget = FuzzBudget.of("generated-plans", SHARE);
        return budget.cases(n -> DynamicTest.dynamicTest(budget.where(n), () -> check(n)));
    }

    @AfterAll
    static void log() {
        budget.done();
    }

    private static void check(int n) throws Exception {
        SplittableRandom random = budget.random(n);
        Path data = dir.resolve("data-" + n / PLANS_PER_FOLDER);
        Path work = dir.resolve("case-" + n);
        Files.createDirectories(work);
        Path file = work.resolve("generated.json");
        Files.write(file, PlanGenerator.JSON.writeValueAsBytes(new PlanGenerator(random).plan()));
        Findings findings = new Findings(budget.where(n), "generated valid plan " + file.getFileName()
                + " (" + Files.size(file) + " bytes)");
        FuzzCli.Run imported = findings.check(FuzzCli.run(data, "import", file.toString()), Invariants.OK_OR_REFUSED);
        if (imported.exitCode() == 0) {
            long id = Long.parseLong(imported.out().strip());
            CommandSweep.run(data, id, work, random, findings);
        } else if (imported.exitCode() == 3) {
            findings.add(imported, "a plan within every documented limit was refused: the generator or the "
                    + "validator is wrong");
        }
        findings.assertNone();
    }
}
