package org.kaname.crash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.edit.Cell;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.ScoreEdits;
import org.kaname.edit.SetScore;

/**
 * The seeded sequence of score edits the {@link EditorDriver} makes, and the plan after each: state 0 is the plan as
 * opened, state k the plan after edit k. The driver and the checker compute the same states from the same seed, so
 * the checker knows exactly what the stored plan may be after a kill. Each edit sets one cell to a value different
 * from the one it holds (a no-op edit would not be saved and would print nothing).
 */
final class EditScript {
    /** Edit k's time; whole seconds, so it survives storage exactly. */
    private static final Instant EPOCH = Instant.parse("2026-04-01T00:00:00Z");

    private final long seed;

    EditScript(long seed) {
        this.seed = seed;
    }

    /** Edit {@code k} (1-based) on {@code plan}, as the scoring screen makes it: one cell's value set, its rationale kept. */
    SetScore edit(Plan plan, int k) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + k);
        Measure m = plan.measures().get(random.nextInt(plan.measures().size()));
        Criterion c = plan.criteria().get(random.nextInt(plan.criteria().size()));
        Rater r = plan.raters().get(random.nextInt(plan.raters().size()));
        Cell cell = new Cell(m.id(), c.id(), r.id());
        double value = ScoreEdits.find(plan, cell).map(s -> (s.value() % 5) + 1).orElse(1.0 + random.nextInt(5));
        return SetScore.keepingNote(cell, value, EPOCH.plusSeconds(k));
    }

    Plan apply(Plan plan, int k) {
        try {
            return edit(plan, k).resolve(plan).applyTo(plan);
        } catch (EditRefusedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** States 0..edits: {@code result.get(k)} is the plan after edit k. */
    List<Plan> states(Plan opened, int edits) {
        List<Plan> states = new ArrayList<>(edits + 1);
        states.add(opened);
        for (int k = 1; k <= edits; k++) {
            states.add(apply(states.get(k - 1), k));
        }
        return states;
    }
}
