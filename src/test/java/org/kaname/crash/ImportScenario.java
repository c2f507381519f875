package org.kaname.crash;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.kaname.model.Plan;

/**
 * {@code import FILE} of a medium plan. Acknowledged when it printed the new ID (its only stdout line). After a kill:
 * an acknowledged plan is listed under that ID and exports equal to the file; an unacknowledged one is either absent
 * or whole; the baseline plans are untouched.
 */
final class ImportScenario implements CrashScenario {
    private static final Pattern ID_LINE = Pattern.compile("\\d+");

    private final CrashFixture fixture;
    private final Plan imported;
    private final Path file;

    ImportScenario(CrashFixture fixture) {
        this.fixture = fixture;
        this.imported = GeneratedPlan.medium("crash import", 2);
        this.file = StoredPlans.write(imported, fixture.work.resolve("import-plan.json"));
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public ChildJvm child(Path data) {
        return ChildJvm.kaname(data, "import", file.toString());
    }

    @Override
    public KillPlan killAtSuccess(SplittableRandom random) {
        return KillPlan.atLine(l -> ID_LINE.matcher(l.strip()).matches(), "the printed ID");
    }

    @Override
    public Verdict check(Path data, ChildRun run) {
        Verdict verdict = new Verdict();
        Long acknowledged = run.lastLine(l -> ID_LINE.matcher(l.strip()).matches())
                .map(l -> Long.parseLong(l.strip())).orElse(null);
        StoredPlans.Listing listing = fixture.checkOpensWithBaseline(data, verdict);
        if (listing == null) {
            return verdict;
        }
        Set<Long> added = new HashSet<>(listing.lines().keySet());
        added.removeAll(fixture.listing.keySet());
        if (added.size() > 1) {
            verdict.found(Outcome.PARTIAL, "more than one new plan: " + added);
        }
        if (acknowledged != null && !added.contains(acknowledged)) {
            verdict.found(Outcome.LOST, "ID " + acknowledged + " was printed but is not listed (listed: "
                    + listing.lines().keySet() + ")");
        }
        for (long id : added) {
            comparePlan(data, id, imported, verdict);
        }
        // The baseline medium plan: listed unchanged is not enough, its contents must be whole too.
        comparePlan(data, fixture.planId, fixture.plan, verdict);
        return verdict;
    }

    static void comparePlan(Path data, long id, Plan expected, Verdict verdict) {
        StoredPlans.Export export = StoredPlans.export(data, id, data.getParent());
        if (!export.ok()) {
            verdict.found(Outcome.UNREADABLE, "export " + id + ": " + export.problem());
        } else if (!export.plan().equals(expected)) {
            verdict.found(Outcome.PARTIAL, "plan " + id + " differs from what was imported: "
                    + StoredPlans.firstDifference(expected, export.plan()) + "; "
                    + export.plan().scores().size() + " of " + expected.scores().size() + " scores, "
                    + export.plan().scenarios().size() + " of " + expected.scenarios().size() + " scenarios");
        }
    }
}
