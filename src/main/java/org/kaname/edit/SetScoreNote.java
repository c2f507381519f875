package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/** Replaces a scored cell's rationale; value and time stay. The note is the reason. */
public record SetScoreNote(Cell cell, String note) implements Edit {
    public SetScoreNote {
        note = note == null ? "" : note;
    }

    @Override
    public String kind() {
        return "set-note";
    }

    @Override
    public EditTarget target() {
        return EditTarget.of(cell);
    }

    @Override
    public List<String> arguments() {
        return List.of(cell.measure(), cell.criterion(), cell.rater());
    }

    @Override
    public String reason() {
        return note;
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoreEdits.check(plan, cell);
        Score before = ScoreEdits.find(plan, cell)
                .orElseThrow(() -> new EditRefusedException("noScore", cell.measure(), cell.criterion(), cell.rater()));
        if (before.note().equals(note)) {
            return Change.NONE;
        }
        Score after = new Score(before.measure(), before.criterion(), before.rater(), before.value(), note,
                before.time());
        return Change.ofCells(List.of(new CellChange(cell, before, after)));
    }
}
