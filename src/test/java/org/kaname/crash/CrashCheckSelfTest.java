package org.kaname.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.sheets.ScoreJson;

/**
 * The crash checks can fail: each is shown a folder that really is damaged in the way it must catch — an
 * acknowledged change missing, a plan present in part, scores half old and half new — without any kill, so a check
 * that always said OK would fail here rather than let the crash test pass for nothing.
 */
@Tag("crash")
class CrashCheckSelfTest {
    @TempDir
    static Path work;

    private static CrashFixture fixture;

    @BeforeAll
    static void prepare() {
        fixture = CrashFixture.prepare(work);
    }

    /** What a child that printed {@code lines} and exited 0 would have left us, without running one. */
    private static ChildRun printed(String... lines) {
        return new ChildRun(List.of("java", "org.kaname.Launcher"), 0, List.of(lines), "", false, false, Duration.ZERO);
    }

    @Test
    void anImportThatPrintedItsIdButIsNotStoredIsLost() {
        Path data = fixture.copy("self-lost-import");
        Verdict verdict = new ImportScenario(fixture).check(data, printed("3"));
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(Outcome.LOST);
    }

    @Test
    void anUnacknowledgedImportStoredInPartIsPartial() {
        Path data = fixture.copy("self-partial-import");
        ImportScenario scenario = new ImportScenario(fixture);
        // The plan the scenario imports, but with every third score missing: as if the import stopped half-way.
        Plan whole = GeneratedPlan.medium("crash import", 2);
        Plan part = whole.withScores(whole.scores().subList(0, whole.scores().size() * 2 / 3));
        ChildRun imported = ChildJvm.kaname(data, "import",
                StoredPlans.write(part, work.resolve("part.json")).toString()).run();
        assertThat(imported.ok()).as(imported.describe()).isTrue();
        Verdict verdict = scenario.check(data, new ChildRun(imported.command(), ChildRun.KILLED, List.of(), "", true,
                false, Duration.ZERO));
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(Outcome.PARTIAL);
    }

    @Test
    void editsAcknowledgedButNotStoredAreLost() {
        Path data = fixture.copy("self-lost-edits");
        Verdict verdict = new EditorScenario(fixture).check(data, printed("OPENED", "SAVED 1", "SAVED 2", "SAVED 3"));
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(Outcome.LOST);
    }

    @Test
    void scoresHalfOldAndHalfNewAreNotAccepted() {
        Path data = fixture.copy("self-mixed-scores");
        ScoreImportScenario scenario = ScoreImportScenario.importScores(fixture);
        // Only one rater's new scores stored: the plan is neither all old nor all new.
        Plan after = ScoreCells.rescored(fixture.plan, 3);
        Rater first = after.raters().get(0);
        Path file = work.resolve("one-rater.json");
        StoredPlans.writeText(new ScoreJson(Locale.ROOT).write(after, fixture.planId, first,
                Instant.parse("2026-02-01T00:00:00Z")), file);
        ChildRun run = ChildJvm.kaname(data, "import-scores", String.valueOf(fixture.planId), file.toString()).run();
        assertThat(run.ok()).as(run.describe()).isTrue();
        Verdict verdict = scenario.check(data, printed());
        // PARTIAL when the store reads the plan back; UNREADABLE if it refuses it. Either way not OK.
        assertThat(verdict.outcome()).as(verdict.toString()).isNotEqualTo(Outcome.OK);
    }

    @Test
    void journaledOperationsAcknowledgedButMissingAreLost() {
        Path data = fixture.copy("self-lost-journal");
        Verdict verdict = new JournalScenario(fixture).check(data, printed("OPENED", "SAVED 1", "SAVED 2"));
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(Outcome.LOST);
    }

    @Test
    void aChangeWithoutItsJournalEntryIsPartial() throws Exception {
        Path data = fixture.copy("self-unjournaled");
        // The first operation's change, saved as a whole-plan edit: the plan holds state 1 but its journal does not
        // say "set-score", as if the change and its entry had been committed apart.
        Plan changed = JournalScript.states(fixture.plan).get(1);
        try (org.kaname.service.Services services = org.kaname.service.Services.open(data, Locale.ROOT)) {
            services.plans().save(fixture.planId, changed);
        }
        Verdict verdict = new JournalScenario(fixture).check(data, printed("OPENED"));
        assertThat(verdict.outcome()).as(verdict.toString()).isEqualTo(Outcome.PARTIAL);
    }
}
