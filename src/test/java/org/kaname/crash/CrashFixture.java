package org.kaname.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.kaname.model.Plan;

/**
 * The prepared data folder every crash cycle starts from (a fresh copy each time): the sample plan the first start
 * loads, plus a medium generated plan imported through the CLI. Both were acknowledged (exit 0, ID printed) before
 * any kill, so every check after a kill also requires them in full.
 */
final class CrashFixture {
    final Path work;
    final Path baseline;
    /** The imported medium plan, as generated. */
    final Plan plan;
    final long planId;
    /** {@code plans} of the baseline: each line must survive every cycle unchanged. */
    final Map<Long, String> listing;

    private CrashFixture(Path work, Path baseline, Plan plan, long planId, Map<Long, String> listing) {
        this.work = work;
        this.baseline = baseline;
        this.plan = plan;
        this.planId = planId;
        this.listing = listing;
    }

    static CrashFixture prepare(Path work) {
        Path baseline = work.resolve("baseline");
        Plan plan = GeneratedPlan.medium("crash base", 1);
        Path file = StoredPlans.write(plan, work.resolve("base-plan.json"));
        ChildRun imported = ChildJvm.kaname(baseline, "import", file.toString()).run();
        require(imported.ok() && imported.stdout().size() == 1, "baseline import: " + imported.describe());
        long id = Long.parseLong(imported.stdout().get(0).strip());
        StoredPlans.Export export = StoredPlans.export(baseline, id, work);
        require(export.ok(), "baseline export: " + export.problem());
        require(export.plan().equals(plan), "the imported plan does not export as imported: "
                + StoredPlans.firstDifference(plan, export.plan()));
        StoredPlans.Listing listing = StoredPlans.list(baseline);
        require(listing.ok() && listing.lines().size() == 2, "baseline plans: " + listing.run().describe()
                + " " + listing.lines());
        return new CrashFixture(work, baseline, plan, id, Map.copyOf(listing.lines()));
    }

    /** A fresh copy of the baseline for one cycle. */
    Path copy(String name) {
        Path to = work.resolve(name);
        DataFolders.delete(to);
        return DataFolders.copy(baseline, to);
    }

    Path dir(String name) {
        try {
            return Files.createDirectories(work.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The part of every check that does not depend on the scenario: the folder opens ({@code plans} exits 0 in
     * time) and every baseline plan is still listed as it was. Returns the listing, or null if it did not open.
     */
    StoredPlans.Listing checkOpensWithBaseline(Path data, Verdict verdict) {
        StoredPlans.Listing now = StoredPlans.list(data);
        if (!now.ok()) {
            verdict.found(Outcome.UNREADABLE, "plans: " + now.run().describe());
            return null;
        }
        for (Map.Entry<Long, String> before : listing.entrySet()) {
            String line = now.lines().get(before.getKey());
            if (line == null) {
                verdict.found(Outcome.LOST, "plan " + before.getKey() + " no longer listed");
            } else if (!line.equals(before.getValue())) {
                verdict.found(Outcome.PARTIAL, "plan " + before.getKey() + " listed as «" + line + "», was «"
                        + before.getValue() + "»");
            }
        }
        return now;
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("crash test fixture: " + what);
        }
    }
}
