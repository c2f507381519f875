package org.kaname.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 3: the score-sheet reader. Sheets written by {@code sheets} for the sample plan, damaged by
 * {@link SheetMutator}, go to {@code collect} one file at a time: stored (0) or rejected (3), no internals, within the
 * timeout; a rejected file stores nothing (without {@code --accept-valid}), so the data folder is as before. Now and
 * then the plan then goes through every command.
 */
class SheetReaderFuzzTest {
    static final double SHARE = 0.20;

    @TempDir
    static Path dir;
    static Path data;
    static List<Path> sheets;
    static FuzzBudget budget;

    @BeforeAll
    static void writeTheSheets() throws Exception {
        data = dir.resolve("data");
        Path out = dir.resolve("sheets");
        FuzzCli.Run run = FuzzCli.run(data, "sheets", "1", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            sheets = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> collectStoresOrRejectsEveryDamagedSheet() {
        budget = FuzzBudget.of("score-sheets", SHARE);
        return budget.cases(n -> DynamicTest.dynamicTest(budget.where(n), () -> check(n)));
    }

    @AfterAll
    static void log() {
        budget.done();
    }

    private static void check(int n) throws Exception {
        SplittableRandom random = budget.random(n);
        Path base = sheets.get(random.nextInt(sheets.size()));
        SheetMutator mutator = new SheetMutator(random);
        byte[] damaged = mutator.mutate(Files.readAllBytes(base));
        Path work = dir.resolve("case-" + n);
        Files.createDirectories(work);
        Path file = work.resolve("damaged-" + n + ".xlsx");
        Files.write(file, damaged);
        Findings findings = new Findings(budget.where(n), "score sheet " + base.getFileName() + ", "
                + Invariants.abbreviate(mutator.description(), 240));
        FuzzCli.Run run = CommandSweep.writing(data, findings, "collect", "1", file.toString());
        if (run.exitCode() == 0 && random.nextInt(8) == 0) {
            CommandSweep.run(data, 1, work, random, findings);
        }
        findings.assertNone();
    }
}
