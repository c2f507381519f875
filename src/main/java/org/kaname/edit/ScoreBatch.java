package org.kaname.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * Many cells set at once, as one edit: the scores of collected score sheets ({@code kind} {@code import-scores} or
 * {@code collect}), named by {@code arguments} (e.g. the file names). Each score replaces its cell's value, note and
 * time; a score equal to what the cell holds changes nothing. The first cell that is not in the plan, or a value off
 * its scale, refuses the whole batch.
 */
public record ScoreBatch(String kind, List<String> arguments, List<Score> scores) implements Edit {
    public ScoreBatch {
        arguments = List.copyOf(arguments);
        scores = List.copyOf(scores);
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoreEdits.CellChecker checker = new ScoreEdits.CellChecker(plan);
        Map<Cell, Score> wanted = new LinkedHashMap<>();
        for (Score s : scores) {
            checker.check(Cell.of(s), s.value());
            wanted.put(Cell.of(s), s);
        }
        Map<Cell, Score> current = ScoreEdits.index(plan);
        List<CellChange> cells = new ArrayList<>();
        wanted.forEach((cell, s) -> {
            Score before = current.get(cell);
            if (before == null || before.value() != s.value() || !before.note().equals(s.note())) {
                cells.add(new CellChange(cell, before, s));
            }
        });
        return Change.ofCells(cells);
    }
}
