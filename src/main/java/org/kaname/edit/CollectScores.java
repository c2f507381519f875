package org.kaname.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * The cells of collected score sheets, as one edit ({@code collect}, named by the sheets' file names): a filled cell
 * sets the rater's score (a score equal in value and rationale to the stored one changes nothing), an emptied cell
 * removes it. A later entry for the same cell wins, as in the order the sheets were read. The first cell that is not
 * in the plan, or a value off its scale, refuses the whole collection.
 */
public record CollectScores(List<String> files, List<Entry> entries) implements Edit {
    /** One cell of a sheet: its score, or null when the sheet left the cell empty. */
    public record Entry(Cell cell, Score score) {
        public Entry {
            Objects.requireNonNull(cell, "cell");
            if (score != null && !cell.holds(score)) {
                throw new IllegalArgumentException("score outside its cell " + cell);
            }
        }

        public static Entry filled(Score score) {
            return new Entry(Cell.of(score), score);
        }

        public static Entry emptied(Cell cell) {
            return new Entry(cell, null);
        }
    }

    public CollectScores {
        files = List.copyOf(files);
        entries = List.copyOf(entries);
    }

    @Override
    public String kind() {
        return "collect";
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        return List.of(Lookup.joined(files));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoreEdits.CellChecker checker = new ScoreEdits.CellChecker(plan);
        Map<Cell, Entry> wanted = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.score() == null) {
                checker.check(e.cell());
            } else {
                checker.check(e.cell(), e.score().value());
            }
            wanted.remove(e.cell());
            wanted.put(e.cell(), e);
        }
        Map<Cell, Score> current = ScoreEdits.index(plan);
        List<CellChange> cells = new ArrayList<>();
        wanted.forEach((cell, e) -> {
            Score before = current.get(cell);
            Score s = e.score();
            if (s == null) {
                if (before != null) {
                    cells.add(new CellChange(cell, before, null));
                }
            } else if (before == null || before.value() != s.value() || !before.note().equals(s.note())) {
                cells.add(new CellChange(cell, before, s));
            }
        });
        return Change.ofCells(cells);
    }
}
