package org.kaname.crash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kaname.edit.Cell;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.ScoreEdits;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * The operations of the {@link JournalDriver}, one of each new write path of issue 12, and what each leaves behind:
 * 1 set a score (the CLI's {@code set-score} path), 2 save a version, 3 set another score with a note, 4 undo
 * operation 3 through an editor opened afresh (the undo stack rebuilt from the journal), 5 import a plan. The driver
 * and the checker compute the same states from the same plan.
 */
final class JournalScript {
    static final int OPERATIONS = 5;
    static final String VERSION_NAME = "クラッシュ試験版";
    private static final Instant TIME = Instant.parse("2026-06-01T00:00:00Z");

    private JournalScript() {
    }

    /** The journal kind each operation adds to the plan's history (the import adds to another plan's). */
    static final List<String> KINDS = List.of("set-score", "snapshot", "set-score", "undo");

    static SetScore first(Plan plan) {
        return set(plan, plan.scores().get(0), null);
    }

    static SetScore third(Plan plan) {
        return set(plan, plan.scores().get(plan.scores().size() - 1), "クラッシュ試験の理由");
    }

    private static SetScore set(Plan plan, Score s, String note) {
        Cell cell = Cell.of(s);
        double value = ScoreEdits.find(plan, cell).map(x -> x.value() == 1 ? 2.0 : 1.0).orElseThrow();
        return new SetScore(cell, value, note, TIME);
    }

    /** {@code result.get(k)}: the plan after operation k (0 = as opened). */
    static List<Plan> states(Plan opened) {
        try {
            List<Plan> states = new ArrayList<>();
            states.add(opened);
            Plan p1 = first(opened).resolve(opened).applyTo(opened);
            states.add(p1);
            states.add(p1);
            Plan p3 = third(p1).resolve(p1).applyTo(p1);
            states.add(p3);
            states.add(p1);
            states.add(p1);
            return states;
        } catch (EditRefusedException e) {
            throw new IllegalStateException(e);
        }
    }
}
