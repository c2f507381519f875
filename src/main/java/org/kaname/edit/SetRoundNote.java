package org.kaname.edit;

import java.time.Instant;
import java.util.List;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/** Replaces the rationale of a scored cell of the open workshop round; its value stays. The note is the reason. */
public record SetRoundNote(Cell cell, String note, Instant time) implements Edit {
    public SetRoundNote {
        note = note == null ? "" : note;
    }

    @Override
    public String kind() {
        return "set-round-note";
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
    public String reason() {
        return note;
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoringRound round = RoundCells.check(plan, cell, null);
        Score before = RoundCells.find(round, cell);
        if (before == null) {
            throw new EditRefusedException("noScore", cell.measure(), cell.criterion(), cell.rater());
        }
        if (before.note().equals(note)) {
            return Change.NONE;
        }
        return Change.between(plan, Lookup.engine(() -> Rounds.enter(plan, cell.measure(), cell.criterion(),
                cell.rater(), before.value(), note, time), "roundRefused"));
    }
}
