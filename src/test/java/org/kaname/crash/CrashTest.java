package org.kaname.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 4 (and issue 12, item 3: edits, the journal, versions and undo): the CLI and the app's editor, as child JVMs on a temporary data folder, killed with SIGKILL at the
 * moment they print success or at a random moment; after each kill the folder must open, every acknowledged change
 * must be there in full, and nothing unacknowledged may be there in part. Cycles are counted as lost, partial or
 * unreadable, and every count must be zero.
 *
 * <p>{@value #DEFAULT_CYCLES} cycles by default (about two minutes on two cores), split over the five scenarios;
 * {@code -Dkaname.crash.cycles=500} for a soak run, {@code -Dkaname.crash.seed=S} for other kill moments.
 */
@Tag("crash")
class CrashTest {
    static final int DEFAULT_CYCLES = 24;
    private static final int SCENARIOS = 5;

    @TempDir
    static Path work;

    private static CrashFixture fixture;
    private static CrashCycles cycles;
    private static final CrashTally TOTAL = new CrashTally();
    /** Scenarios whose uninterrupted control run already failed: their cycles never ran, so the total omits them. */
    private static final List<String> CONTROL_FAILED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void prepare() {
        fixture = CrashFixture.prepare(work);
        cycles = new CrashCycles(fixture, Long.getLong("kaname.crash.seed", 11L));
    }

    @AfterAll
    static void summary() {
        System.out.println(TOTAL.summary() + (CONTROL_FAILED.isEmpty() ? ""
                : "; not run, control run failed: " + String.join(", ", CONTROL_FAILED)));
    }

    static int cyclesPerScenario() {
        int total = Integer.getInteger("kaname.crash.cycles", DEFAULT_CYCLES);
        return Math.max(1, (total + SCENARIOS - 1) / SCENARIOS);
    }

    @Test
    void importKilledAtSuccessOrRandomly() {
        assertNoDamage(new ImportScenario(fixture));
    }

    @Test
    void importScoresKilledAtSuccessOrRandomly() {
        assertNoDamage(ScoreImportScenario.importScores(fixture));
    }

    @Test
    void collectKilledAtSuccessOrRandomly() {
        assertNoDamage(ScoreImportScenario.collect(fixture));
    }

    @Test
    void editorKilledAtSavedOrRandomly() {
        assertNoDamage(new EditorScenario(fixture));
    }

    @Test
    void journalVersionsAndUndoKilledAtSavedOrRandomly() {
        assertNoDamage(new JournalScenario(fixture));
    }

    private static void assertNoDamage(CrashScenario crash) {
        String scenario = crash.name();
        CrashTally tally;
        try {
            tally = cycles.run(crash, cyclesPerScenario());
        } catch (AssertionError e) {
            CONTROL_FAILED.add(scenario);
            throw e;
        }
        TOTAL.addAll(tally);
        System.out.println(scenario + " " + tally.summary());
        assertThat(tally.cycles()).isEqualTo(cyclesPerScenario());
        assertThat(tally.problems()).as(scenario + ": " + tally.summary()).isEmpty();
        assertThat(tally.count(Outcome.LOST) + tally.count(Outcome.PARTIAL) + tally.count(Outcome.UNREADABLE))
                .isZero();
    }
}
