package org.kaname.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * A block of cells pasted into the score grid (e.g. from Excel), as one edit and so one undo step: a value sets the
 * cell as typing it would (the rationale is kept, the time is {@code time}), an empty entry clears the cell (value
 * and rationale), as Delete does. The first cell that is not in the plan, or a value off its scale, refuses the whole
 * paste; the grid checks the block first, cell by cell, to name every bad one.
 */
public record PasteScores(List<Entry> entries, Instant time) implements Edit {
    /** One pasted cell: its value, or null for a blank cell, which clears it. */
    public record Entry(Cell cell, Double value) {
        public Entry {
            Objects.requireNonNull(cell, "cell");
        }
    }

    public PasteScores {
        entries = List.copyOf(entries);
        Objects.requireNonNull(time, "time");
    }

    @Override
    public String kind() {
        return "paste-scores";
    }

    @Override
    public EditTarget target() {
        // A block belongs to one rater (the grid shows one); its first cell tells where it went.
        return entries.isEmpty() ? EditTarget.PLAN : EditTarget.rater(entries.get(0).cell().rater());
    }

    /** How many cells, the first cell's measure and criterion, and the rater. */
    @Override
    public List<String> arguments() {
        if (entries.isEmpty()) {
            return List.of("0", "", "", "");
        }
        Cell first = entries.get(0).cell();
        return List.of(String.valueOf(entries.size()), first.measure(), first.criterion(), first.rater());
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        ScoreEdits.CellChecker checker = new ScoreEdits.CellChecker(plan);
        Map<Cell, Double> wanted = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.value() == null) {
                checker.check(e.cell());
            } else {
                checker.check(e.cell(), e.value());
            }
            wanted.put(e.cell(), e.value());
        }
        Map<Cell, Score> current = ScoreEdits.index(plan);
        List<CellChange> cells = new ArrayList<>();
        wanted.forEach((cell, value) -> {
            Score before = current.get(cell);
            if (value == null) {
                if (before != null) {
                    cells.add(new CellChange(cell, before, null));
                }
            } else if (before == null || before.value() != value) {
                String note = before == null ? "" : before.note();
                cells.add(new CellChange(cell, before,
                        new Score(cell.measure(), cell.criterion(), cell.rater(), value, note, time)));
            }
        });
        return Change.ofCells(cells);
    }
}
