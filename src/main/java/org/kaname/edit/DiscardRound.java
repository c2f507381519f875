package org.kaname.edit;

import java.util.List;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;

/** Discards the open round {@code number} with its values; the plan's scores stay as they were. */
public record DiscardRound(int number) implements Edit {
    @Override
    public String kind() {
        return "discard-round";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(String.valueOf(number));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        checkOpen(plan, number);
        return Change.between(plan, Rounds.discard(plan));
    }

    /** Refuses unless round {@code number} is the open one. */
    static void checkOpen(Plan plan, int number) throws EditRefusedException {
        ScoringRound open = RoundCells.open(plan);
        if (open.number() != number) {
            throw new EditRefusedException("roundNotOpen", String.valueOf(number));
        }
    }
}
