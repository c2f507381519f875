package org.kaname.crash;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.sheets.ScoreJson;

/**
 * Scores for every rater of the medium plan, sent back at once: {@code import-scores ID FILE…} with one kaname-scores
 * file per rater, or {@code collect ID DIR} with one filled score sheet per rater. Both store every accepted file in
 * one save, so after a kill the plan holds either all the old scores or all the new ones (every cell differs between
 * the two), and the rest of the plan is unchanged. Acknowledged when it printed its "Stored: …" line (or exited 0).
 */
final class ScoreImportScenario implements CrashScenario {
    private final String name;
    private final CrashFixture fixture;
    private final Plan after;
    private final Function<Path, ChildJvm> child;

    private ScoreImportScenario(String name, CrashFixture fixture, Plan after, Function<Path, ChildJvm> child) {
        this.name = name;
        this.fixture = fixture;
        this.after = after;
        this.child = child;
    }

    /** {@code import-scores}: the score files are written in the kaname-scores format by the app's own writer. */
    static ScoreImportScenario importScores(CrashFixture fixture) {
        Plan after = ScoreCells.rescored(fixture.plan, 3);
        Path dir = fixture.dir("score-files");
        ScoreJson json = new ScoreJson(Locale.ROOT);
        List<String> args = new ArrayList<>(List.of("import-scores", String.valueOf(fixture.planId)));
        for (Rater r : after.raters()) {
            Path file = StoredPlans.writeText(json.write(after, fixture.planId, r,
                    Instant.parse("2026-02-01T00:00:00Z")), dir.resolve("scores-" + r.id() + ".json"));
            args.add(file.toString());
        }
        return new ScoreImportScenario("import-scores", fixture, after,
                data -> ChildJvm.kaname(data, args.toArray(String[]::new)));
    }

    /** {@code collect}: sheets written by the CLI from the baseline, then filled with POI. */
    static ScoreImportScenario collect(CrashFixture fixture) {
        Plan after = ScoreCells.rescored(fixture.plan, 4);
        Path dir = fixture.work.resolve("sheets");
        ChildRun sheets = ChildJvm.kaname(fixture.baseline, "sheets", String.valueOf(fixture.planId), "--out",
                dir.toString()).run();
        if (!sheets.ok()) {
            throw new IllegalStateException("crash test fixture: sheets: " + sheets.describe());
        }
        int cells = FilledSheets.fill(dir, after);
        int expected = after.measures().size() * after.criteria().size() * after.raters().size();
        if (cells != expected) {
            throw new IllegalStateException("crash test fixture: filled " + cells + " sheet rows, expected " + expected);
        }
        return new ScoreImportScenario("collect", fixture, after,
                data -> ChildJvm.kaname(data, "collect", String.valueOf(fixture.planId), dir.toString()));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ChildJvm child(Path data) {
        return child.apply(data);
    }

    @Override
    public KillPlan killAtSuccess(SplittableRandom random) {
        return KillPlan.atLine(ScoreImportScenario::storedLine, "the \"Stored:\" line");
    }

    private static boolean storedLine(String line) {
        return line.startsWith("Stored:");
    }

    @Override
    public Verdict check(Path data, ChildRun run) {
        Verdict verdict = new Verdict();
        boolean acknowledged = run.printed(ScoreImportScenario::storedLine) || run.ok();
        StoredPlans.Listing listing = fixture.checkOpensWithBaseline(data, verdict);
        if (listing == null) {
            return verdict;
        }
        if (!listing.lines().keySet().equals(fixture.listing.keySet())) {
            verdict.found(Outcome.PARTIAL, "plans listed " + listing.lines().keySet() + ", expected "
                    + fixture.listing.keySet());
        }
        StoredPlans.Export export = StoredPlans.export(data, fixture.planId, data.getParent());
        if (!export.ok()) {
            return verdict.found(Outcome.UNREADABLE, "export " + fixture.planId + ": " + export.problem());
        }
        Plan stored = export.plan();
        boolean asBefore = stored.equals(fixture.plan);
        boolean asAfter = ScoreCells.withoutScores(stored).equals(ScoreCells.withoutScores(fixture.plan))
                && ScoreCells.of(stored).equals(ScoreCells.of(after));
        if (!asBefore && !asAfter) {
            verdict.found(Outcome.PARTIAL, "plan " + fixture.planId + " is neither before nor after: "
                    + ScoreCells.mix(stored, fixture.plan, after) + "; rest of plan "
                    + (ScoreCells.withoutScores(stored).equals(ScoreCells.withoutScores(fixture.plan)) ? "unchanged"
                    : "changed: " + StoredPlans.firstDifference(ScoreCells.withoutScores(fixture.plan),
                    ScoreCells.withoutScores(stored))));
        } else if (asBefore && acknowledged) {
            verdict.found(Outcome.LOST, "\"Stored\" was printed but the plan holds the old scores");
        }
        return verdict;
    }
}
