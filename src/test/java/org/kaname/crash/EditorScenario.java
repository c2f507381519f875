package org.kaname.crash;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaname.model.Plan;

/**
 * The app's editor ({@link EditorDriver}) making {@value #EDITS} seeded score edits on the medium plan, each saved
 * before the next. Acknowledged: every edit up to the last {@code SAVED k} line the child printed. After a kill the
 * stored plan must be exactly state k (the last acknowledged) or state k+1 (the edit being saved when it died).
 */
final class EditorScenario implements CrashScenario {
    static final int EDITS = 6;
    private static final long SEED = 5;
    private static final Pattern SAVED = Pattern.compile("SAVED (\\d+)");

    private final CrashFixture fixture;
    private final List<Plan> states;

    EditorScenario(CrashFixture fixture) {
        this.fixture = fixture;
        this.states = new EditScript(SEED).states(fixture.plan, EDITS);
    }

    @Override
    public String name() {
        return "editor";
    }

    @Override
    public ChildJvm child(Path data) {
        return ChildJvm.main(EditorDriver.class.getName(), List.of(data.toString(), String.valueOf(fixture.planId),
                String.valueOf(SEED), String.valueOf(EDITS)));
    }

    @Override
    public KillPlan killAtSuccess(SplittableRandom random) {
        int k = 1 + random.nextInt(EDITS);
        return KillPlan.atLine(("SAVED " + k)::equals, "SAVED " + k);
    }

    static int acknowledged(ChildRun run) {
        int k = 0;
        for (String line : run.stdout()) {
            Matcher m = SAVED.matcher(line.strip());
            if (m.matches()) {
                k = Math.max(k, Integer.parseInt(m.group(1)));
            }
        }
        return k;
    }

    @Override
    public Verdict check(Path data, ChildRun run) {
        Verdict verdict = new Verdict();
        int k = acknowledged(run);
        if (run.ok() && k != EDITS) {
            verdict.found(Outcome.LOST, "the driver exited 0 after " + k + " of " + EDITS + " saves");
        }
        StoredPlans.Listing listing = fixture.checkOpensWithBaseline(data, verdict);
        if (listing == null) {
            return verdict;
        }
        StoredPlans.Export export = StoredPlans.export(data, fixture.planId, data.getParent());
        if (!export.ok()) {
            return verdict.found(Outcome.UNREADABLE, "export " + fixture.planId + ": " + export.problem());
        }
        Plan stored = export.plan();
        if (stored.equals(states.get(k)) || k < EDITS && stored.equals(states.get(k + 1))) {
            return verdict;
        }
        int state = states.indexOf(stored);
        if (state >= 0 && state < k) {
            return verdict.found(Outcome.LOST, "stored state " + state + " but edit " + k + " was acknowledged");
        }
        return verdict.found(Outcome.PARTIAL, "stored plan is no state of the edit sequence (acknowledged "
                + k + "): " + StoredPlans.firstDifference(states.get(k), stored));
    }
}
