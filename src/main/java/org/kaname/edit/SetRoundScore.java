package org.kaname.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/**
 * Gives a cell of the open workshop round a value ({@code set-round-score}); the plan's own scores stay as they are
 * until the round is revealed. {@code note} replaces the cell's rationale when not null and keeps it when null.
 */
public record SetRoundScore(Cell cell, double value, String note, Instant time) implements Edit {
    @Override
    public String kind() {
        return "set-round-score";
    }

    @Override
    public EditTarget target() {
        return EditTarget.of(cell);
    }

    @Override
    public List<String> arguments() {
        List<String> args = new ArrayList<>(RoundCells.arguments(cell));
        args.add(ScoreValues.text(value));
        return args;
    }

    @Override
    public String reason() {
        return note == null ? "" : note;
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoringRound round = RoundCells.check(plan, cell, value);
        Score before = RoundCells.find(round, cell);
        String kept = note != null ? note : before == null ? "" : before.note();
        if (before != null && before.value() == value && before.note().equals(kept)) {
            return Change.NONE;
        }
        return Change.between(plan, Lookup.engine(() -> Rounds.enter(plan, cell.measure(), cell.criterion(),
                cell.rater(), value, kept, time), "roundRefused"));
    }
}
