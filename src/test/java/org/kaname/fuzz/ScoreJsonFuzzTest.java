package org.kaname.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 3: the score-file reader. Files written by {@code export-scores} for the sample plan's raters,
 * damaged by {@link PlanMutator} (bytes and JSON structure: values of other types, extreme numbers, long texts, odd
 * characters, nesting, removed fields, duplicate keys), go to {@code import-scores}: stored (0) or refused (3), no
 * internals, within the timeout, and a refusal stores nothing. Now and then the plan then goes through every command.
 */
class ScoreJsonFuzzTest {
    static final double SHARE = 0.15;

    @TempDir
    static Path dir;
    static Path data;
    static final List<Path> exported = new ArrayList<>();
    static FuzzBudget budget;

    @BeforeAll
    static void exportEveryRater() throws Exception {
        data = dir.resolve("data");
        Path plan = dir.resolve("plan.json");
        assertThat(FuzzCli.run(data, "export", "1", "--out", plan.toString()).exitCode()).isZero();
        for (JsonNode rater : PlanGenerator.JSON.readTree(plan.toFile()).path("raters")) {
            Path file = dir.resolve("scores-" + exported.size() + ".json");
            FuzzCli.Run run = FuzzCli.run(data, "export-scores", "1", "--rater", rater.path("id").asText(),
                    "--out", file.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            exported.add(file);
        }
        assertThat(exported).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> importScoresStoresOrRefusesEveryDamagedFile() {
        budget = FuzzBudget.of("score-json", SHARE);
        return budget.cases(n -> DynamicTest.dynamicTest(budget.where(n), () -> check(n)));
    }

    @AfterAll
    static void log() {
        budget.done();
    }

    private static void check(int n) throws Exception {
        SplittableRandom random = budget.random(n);
        Path base = exported.get(random.nextInt(exported.size()));
        PlanMutator mutator = new PlanMutator(random);
        byte[] damaged = mutator.mutateGeneric(Files.readAllBytes(base));
        Path work = dir.resolve("case-" + n);
        Files.createDirectories(work);
        Path file = work.resolve("damaged-" + base.getFileName());
        Files.write(file, damaged);
        Findings findings = new Findings(budget.where(n), "score file " + base.getFileName() + ", "
                + Invariants.abbreviate(mutator.description(), 240));
        FuzzCli.Run run = CommandSweep.writing(data, findings, "import-scores", "1", file.toString());
        if (run.exitCode() == 0 && random.nextInt(6) == 0) {
            CommandSweep.run(data, 1, work, random, findings);
        }
        findings.assertNone();
    }
}
