package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/** Empties a cell (its value and its note); nothing to do when it is empty already. */
public record ClearScore(Cell cell) implements Edit {
    @Override
    public String kind() {
        return "clear-score";
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
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoreEdits.check(plan, cell);
        Score before = ScoreEdits.find(plan, cell).orElse(null);
        return before == null ? Change.NONE : Change.ofCells(List.of(new CellChange(cell, before, null)));
    }
}
