package org.kaname.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Score;

/**
 * What an edit does to a plan, exactly: the parts it replaces (before and after) and the score cells it changes. A
 * change applies itself and inverts itself, so undo needs no copy of the whole plan; the store writes only what it
 * names, and the journal keeps it as the entry's before and after.
 */
public record Change(PlanParts before, PlanParts after, List<CellChange> cells) {
    public static final Change NONE = new Change(PlanParts.NONE, PlanParts.NONE, List.of());
    private static final int FEW_CELLS = 8;

    public Change {
        if (!before.parts().equals(after.parts())) {
            throw new IllegalArgumentException("before and after must name the same parts");
        }
        cells = cells.stream().filter(c -> !c.isEmpty()).toList();
    }

    public static Change ofCells(List<CellChange> cells) {
        return new Change(PlanParts.NONE, PlanParts.NONE, cells);
    }

    /**
     * The change that turns {@code before} into {@code after}: the parts that differ and every score cell that
     * differs. Linear in the number of scores; used for structural edits, not for a single score.
     */
    public static Change between(Plan before, Plan after) {
        Set<PlanPart> parts = PlanParts.differing(before, after);
        List<CellChange> cells = new ArrayList<>();
        if (before.scores() != after.scores()) {
            Map<Cell, Score> old = new LinkedHashMap<>();
            for (Score s : before.scores()) {
                old.put(Cell.of(s), s);
            }
            for (Score s : after.scores()) {
                Score was = old.remove(Cell.of(s));
                if (!s.equals(was)) {
                    cells.add(new CellChange(Cell.of(s), was, s));
                }
            }
            old.forEach((cell, s) -> cells.add(new CellChange(cell, s, null)));
        }
        return new Change(PlanParts.of(before, parts), PlanParts.of(after, parts), cells);
    }

    public boolean isEmpty() {
        return before.isEmpty() && cells.isEmpty();
    }

    /** True when only score cells change: no part needs rewriting and no whole-plan check is needed. */
    public boolean cellsOnly() {
        return before.isEmpty();
    }

    public Set<PlanPart> parts() {
        return after.parts();
    }

    public Change inverse() {
        return new Change(after, before, cells.stream().map(CellChange::inverse).toList());
    }

    /**
     * The change that puts back what this change found, applied to {@code current}, the plan as it is now (which may
     * have moved on since): its before is taken from {@code current}, its after is this change's before. Undo and
     * "revert this entry" are this, so they stay correct after other edits.
     */
    public Change restoring(Plan current) {
        PlanParts now = PlanParts.of(current, parts());
        Map<Cell, Score> index = cells.isEmpty() ? Map.of() : index(current.scores(), cellSet());
        List<CellChange> back = cells.stream().map(c -> new CellChange(c.cell(), index.get(c.cell()), c.before()))
                .toList();
        return new Change(now, before, back);
    }

    private Set<Cell> cellSet() {
        return cells.stream().map(CellChange::cell).collect(java.util.stream.Collectors.toSet());
    }

    private static Map<Cell, Score> index(List<Score> scores, Set<Cell> wanted) {
        Map<Cell, Score> found = new HashMap<>();
        for (Score s : scores) {
            Cell c = Cell.of(s);
            if (wanted.contains(c)) {
                found.put(c, s);
            }
        }
        return found;
    }

    /** {@code plan} with this change made. The plan must hold this change's before; that is not checked here. */
    public Plan applyTo(Plan plan) {
        Plan p = after.applyTo(plan);
        return cells.isEmpty() ? p : p.withScores(applyCells(p, cells));
    }

    /**
     * The scores with the cells changed. A changed score keeps its place; a new one goes after the last score of
     * its measure or of an earlier measure in plan order, which is the order the store reads scores back in.
     */
    private static List<Score> applyCells(Plan plan, List<CellChange> cells) {
        if (cells.size() <= FEW_CELLS) {
            return applyFewCells(plan, cells);
        }
        Map<Cell, CellChange> byCell = new HashMap<>();
        for (CellChange c : cells) {
            byCell.put(c.cell(), c);
        }
        List<Score> result = new ArrayList<>(plan.scores().size() + cells.size());
        for (Score s : plan.scores()) {
            CellChange c = byCell.remove(Cell.of(s));
            if (c == null) {
                result.add(s);
            } else if (c.after() != null) {
                result.add(c.after());
            }
        }
        if (byCell.isEmpty()) {
            return result;
        }
        Map<String, Integer> order = measureOrder(plan);
        for (CellChange c : cells) {
            if (byCell.remove(c.cell()) != null && c.after() != null) {
                insertInMeasureOrder(result, c.after(), order);
            }
        }
        return result;
    }

    /** As {@link #applyCells} for a few cells (a keystroke), without a map or a key object per score. */
    private static List<Score> applyFewCells(Plan plan, List<CellChange> cells) {
        List<Score> result = new ArrayList<>(plan.scores().size() + cells.size());
        boolean[] done = new boolean[cells.size()];
        for (Score s : plan.scores()) {
            int hit = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (!done[i] && cells.get(i).cell().holds(s)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                result.add(s);
            } else {
                done[hit] = true;
                if (cells.get(hit).after() != null) {
                    result.add(cells.get(hit).after());
                }
            }
        }
        Map<String, Integer> order = null;
        for (int i = 0; i < cells.size(); i++) {
            if (!done[i] && cells.get(i).after() != null) {
                if (order == null) {
                    order = measureOrder(plan);
                }
                insertInMeasureOrder(result, cells.get(i).after(), order);
            }
        }
        return result;
    }

    private static Map<String, Integer> measureOrder(Plan plan) {
        Map<String, Integer> order = new HashMap<>();
        List<Measure> measures = plan.measures();
        for (int i = 0; i < measures.size(); i++) {
            order.put(measures.get(i).id(), i);
        }
        return order;
    }

    private static void insertInMeasureOrder(List<Score> scores, Score added, Map<String, Integer> order) {
        int rank = order.getOrDefault(added.measure(), Integer.MAX_VALUE);
        int at = scores.size();
        while (at > 0 && order.getOrDefault(scores.get(at - 1).measure(), Integer.MAX_VALUE) > rank) {
            at--;
        }
        scores.add(at, added);
    }
}
