package org.kaname.edit;

import org.kaname.model.Score;

/** One cell's score before and after a change; null on a side means the cell was empty. */
public record CellChange(Cell cell, Score before, Score after) {
    public CellChange {
        if (before != null && !cell.holds(before) || after != null && !cell.holds(after)) {
            throw new IllegalArgumentException("score outside its cell " + cell);
        }
    }

    public CellChange inverse() {
        return new CellChange(cell, after, before);
    }

    public boolean isEmpty() {
        return before == null ? after == null : before.equals(after);
    }
}
