package org.kaname.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * A plan's scores as cells (measure × criterion × rater → value and rationale), without order or time: a score import
 * stamps the time of the import on the cells it changes and appends new cells, so "all the new scores" means these
 * cells, not the exact score list.
 */
final class ScoreCells {
    record Cell(String measure, String criterion, String rater) {
    }

    record Entry(double value, String note) {
    }

    private ScoreCells() {
    }

    static Map<Cell, Entry> of(Plan plan) {
        Map<Cell, Entry> cells = new HashMap<>();
        for (Score s : plan.scores()) {
            cells.put(new Cell(s.measure(), s.criterion(), s.rater()), new Entry(s.value(), s.note()));
        }
        return cells;
    }

    /** Everything but the scores, to compare the rest of a plan exactly. */
    static Plan withoutScores(Plan plan) {
        return plan.withScores(List.of());
    }

    /**
     * What the scorers send back: every cell's value changes (v → v mod 5 + 1), one scored cell in twenty is cleared
     * and every unscored cell gets a 3. So each of the plan's cells differs between before and after, and a store
     * that kept only some of the change shows as a mix.
     */
    static Plan rescored(Plan plan, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Cell, Entry> old = of(plan);
        List<Score> scores = new ArrayList<>();
        for (Measure m : plan.measures()) {
            for (Criterion c : plan.criteria()) {
                for (Rater r : plan.raters()) {
                    Entry e = old.get(new Cell(m.id(), c.id(), r.id()));
                    if (e == null) {
                        scores.add(Score.of(m.id(), c.id(), r.id(), 3));
                    } else if (random.nextInt(20) != 0) {
                        scores.add(new Score(m.id(), c.id(), r.id(), (e.value() % 5) + 1, e.note(), null));
                    }
                }
            }
        }
        return plan.withScores(scores);
    }

    /** How many of {@code stored}'s cells hold the {@code before} value and how many the {@code after} value. */
    static String mix(Plan stored, Plan before, Plan after) {
        Map<Cell, Entry> s = of(stored);
        Map<Cell, Entry> b = of(before);
        Map<Cell, Entry> a = of(after);
        int asBefore = 0;
        int asAfter = 0;
        int neither = 0;
        java.util.Set<Cell> all = new java.util.HashSet<>(b.keySet());
        all.addAll(a.keySet());
        all.addAll(s.keySet());
        for (Cell cell : all) {
            Entry e = s.get(cell);
            if (java.util.Objects.equals(e, a.get(cell))) {
                asAfter++;
            } else if (java.util.Objects.equals(e, b.get(cell))) {
                asBefore++;
            } else {
                neither++;
            }
        }
        return all.size() + " cells: " + asAfter + " new, " + asBefore + " old, " + neither + " neither";
    }
}
