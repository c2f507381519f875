package org.kaname.edit;

import java.time.Instant;
import java.util.List;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;

/**
 * Reveals the open round {@code number}: its values become the plan's scores (cells nobody entered keep theirs) and
 * it joins the history of revealed rounds, which never changes again.
 */
public record RevealRound(int number, Instant time) implements Edit {
    @Override
    public String kind() {
        return "reveal-round";
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
        DiscardRound.checkOpen(plan, number);
        return Change.between(plan, Lookup.engine(() -> Rounds.reveal(plan, time), "roundRefused"));
    }
}
