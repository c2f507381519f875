package org.kaname.edit;

import java.time.Instant;
import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * Gives a cell a value, given at {@code time}. {@code note} replaces the cell's rationale when not null and keeps it
 * when null; the note is the edit's reason.
 */
public record SetScore(Cell cell, double value, String note, Instant time) implements Edit {
    public static SetScore keepingNote(Cell cell, double value, Instant time) {
        return new SetScore(cell, value, null, time);
    }

    @Override
    public String kind() {
        return "set-score";
    }

    @Override
    public EditTarget target() {
        return EditTarget.of(cell);
    }

    @Override
    public List<String> arguments() {
        return List.of(cell.measure(), cell.criterion(), cell.rater(), ScoreValues.text(value));
    }

    @Override
    public String reason() {
        return note == null ? "" : note;
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        new ScoreEdits.CellChecker(plan).check(cell, value);
        Score before = ScoreEdits.find(plan, cell).orElse(null);
        String keptNote = note != null ? note : before == null ? "" : before.note();
        if (before != null && before.value() == value && before.note().equals(keptNote)) {
            return Change.NONE;
        }
        Score after = new Score(cell.measure(), cell.criterion(), cell.rater(), value, keptNote, time);
        return Change.ofCells(List.of(new CellChange(cell, before, after)));
    }
}
