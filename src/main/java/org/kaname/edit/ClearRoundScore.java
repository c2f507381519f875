package org.kaname.edit;

import java.time.Instant;
import java.util.List;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;

/** Empties a cell (value and rationale) of the open workshop round; nothing to do when it is empty already. */
public record ClearRoundScore(Cell cell, Instant time) implements Edit {
    @Override
    public String kind() {
        return "clear-round-score";
    }

    @Override
    public EditTarget target() {
        return EditTarget.of(cell);
    }

    @Override
    public List<String> arguments() {
        return RoundCells.arguments(cell);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoringRound round = RoundCells.check(plan, cell, null);
        if (RoundCells.find(round, cell) == null) {
            return Change.NONE;
        }
        return Change.between(plan, Lookup.engine(() -> Rounds.enter(plan, cell.measure(), cell.criterion(),
                cell.rater(), null, "", time), "roundRefused"));
    }
}
