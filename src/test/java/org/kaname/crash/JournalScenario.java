package org.kaname.crash;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.kaname.model.Plan;
import org.kaname.service.HistoryService;
import org.kaname.service.Services;
import org.kaname.store.JournalFilter;
import org.kaname.store.PlanVersionInfo;

/**
 * Issue 12's write paths ({@link JournalDriver}): a score set through the CLI's path, a version saved, a score with
 * a note, an undo from a freshly opened editor, an import. Acknowledged: every operation up to the last {@code SAVED
 * k}. After a kill the journal must hold exactly the first n operations (n = k, or k + 1 for the one being committed),
 * and the plan, its versions and the plans listed must be exactly what those n operations leave: a journal entry
 * without its change, or a change without its entry, is partial.
 */
final class JournalScenario implements CrashScenario {
    private final CrashFixture fixture;
    private final List<Plan> states;
    private final Plan imported;
    private final Path importFile;

    JournalScenario(CrashFixture fixture) {
        this.fixture = fixture;
        this.states = JournalScript.states(fixture.plan);
        this.imported = GeneratedPlan.generate("crash journal import", 20, 5, 4, 3);
        this.importFile = StoredPlans.write(imported, fixture.work.resolve("journal-import.json"));
    }

    @Override
    public String name() {
        return "journal";
    }

    @Override
    public ChildJvm child(Path data) {
        return ChildJvm.main(JournalDriver.class.getName(), List.of(data.toString(), String.valueOf(fixture.planId),
                importFile.toString()));
    }

    @Override
    public KillPlan killAtSuccess(SplittableRandom random) {
        int k = 1 + random.nextInt(JournalScript.OPERATIONS);
        return KillPlan.atLine(("SAVED " + k)::equals, "SAVED " + k);
    }

    @Override
    public Verdict check(Path data, ChildRun run) {
        Verdict verdict = new Verdict();
        int k = EditorScenario.acknowledged(run);
        if (run.ok() && k != JournalScript.OPERATIONS) {
            verdict.found(Outcome.LOST, "the driver exited 0 after " + k + " operations");
        }
        StoredPlans.Listing listing = fixture.checkOpensWithBaseline(data, verdict);
        if (listing == null) {
            return verdict;
        }
        try (Services services = Services.open(data, Locale.ROOT)) {
            List<String> kinds = services.history().rows(fixture.planId, JournalFilter.ALL, Locale.ROOT).stream()
                    .map(HistoryService.Row::entry).map(e -> e.kind()).toList();
            List<String> ops = kinds.subList(Math.min(1, kinds.size()), kinds.size());
            int n = ops.size();
            if (!ops.equals(JournalScript.KINDS.subList(0, Math.min(n, JournalScript.KINDS.size())))
                    || n > JournalScript.KINDS.size()) {
                return verdict.found(Outcome.PARTIAL, "journal " + kinds + " is not a prefix of the operations");
            }
            int acknowledgedInPlan = Math.min(k, JournalScript.KINDS.size());
            if (n < acknowledgedInPlan) {
                verdict.found(Outcome.LOST, "journal has " + n + " operations but " + k + " were acknowledged");
            } else if (n > acknowledgedInPlan + 1) {
                verdict.found(Outcome.PARTIAL, "journal has " + n + " operations, only " + k + " acknowledged");
            }
            Plan stored = services.plans().open(fixture.planId).plan();
            if (!stored.equals(states.get(n))) {
                verdict.found(Outcome.PARTIAL, "the plan is not what its " + n + " journaled operations leave: "
                        + StoredPlans.firstDifference(states.get(n), stored));
            }
            List<PlanVersionInfo> versions = services.versions().versions(fixture.planId);
            if (n >= 2 != (versions.size() == 1)) {
                verdict.found(Outcome.PARTIAL, versions.size() + " versions with " + n + " journaled operations");
            } else if (n >= 2) {
                PlanVersionInfo v = versions.get(0);
                if (!v.name().equals(JournalScript.VERSION_NAME)
                        || !services.versions().plan(fixture.planId, v.number()).equals(states.get(1))) {
                    verdict.found(Outcome.PARTIAL, "version " + v.number() + " «" + v.name()
                            + "» is not the plan it froze");
                }
            }
            checkImport(services, listing, k, verdict);
        } catch (Exception e) {
            verdict.found(Outcome.UNREADABLE, "reading the journal: " + e);
        }
        return verdict;
    }

    private void checkImport(Services services, StoredPlans.Listing listing, int k, Verdict verdict)
            throws Exception {
        Set<Long> added = new HashSet<>(listing.lines().keySet());
        added.removeAll(fixture.listing.keySet());
        if (k >= JournalScript.OPERATIONS && added.size() != 1) {
            verdict.found(Outcome.LOST, "the import was acknowledged but " + added.size() + " plans were added");
        }
        if (added.size() > 1) {
            verdict.found(Outcome.PARTIAL, "more than one new plan: " + added);
        }
        for (long id : added) {
            if (!services.plans().open(id).plan().equals(imported)) {
                verdict.found(Outcome.PARTIAL, "imported plan " + id + " is not whole");
            }
            List<String> kinds = services.history().rows(id, JournalFilter.ALL, Locale.ROOT).stream()
                    .map(r -> r.entry().kind()).toList();
            if (!kinds.equals(List.of("import"))) {
                verdict.found(Outcome.PARTIAL, "imported plan " + id + " has the history " + kinds);
            }
        }
    }
}
