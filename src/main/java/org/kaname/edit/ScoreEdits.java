package org.kaname.edit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaname.model.Criterion;
import org.kaname.model.Limits;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;

/**
 * Lookups the score edits share: the one place that finds a cell's score and checks that a cell and a value belong
 * to the plan. Each check names what is wrong, so the refusal can say it.
 */
public final class ScoreEdits {
    private ScoreEdits() {
    }

    /** The cell's score, if it has one. */
    public static Optional<Score> find(Plan plan, Cell cell) {
        return find(plan.scores(), cell);
    }

    /** The cell's score among {@code scores} (e.g. a workshop round's), if it has one. */
    public static Optional<Score> find(List<Score> scores, Cell cell) {
        for (Score s : scores) {
            if (cell.holds(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Every score of the plan by its cell, for edits that touch many cells at once. */
    public static Map<Cell, Score> index(Plan plan) {
        Map<Cell, Score> index = new HashMap<>(plan.scores().size() * 2);
        for (Score s : plan.scores()) {
            index.put(Cell.of(s), s);
        }
        return index;
    }

    /** The criterion of the cell, after checking that its measure, criterion and rater are in the plan. */
    public static Criterion check(Plan plan, Cell cell) throws EditRefusedException {
        return new CellChecker(plan).check(cell);
    }

    /** Checks cells against one plan, with the plan's ids indexed once (for batches of thousands of cells). */
    public static final class CellChecker {
        private final Set<String> measures = new HashSet<>();
        private final Set<String> raters = new HashSet<>();
        private final Map<String, Criterion> criteria = new HashMap<>();

        public CellChecker(Plan plan) {
            plan.measures().stream().map(Measure::id).forEach(measures::add);
            plan.raters().stream().map(Rater::id).forEach(raters::add);
            plan.criteria().forEach(c -> criteria.put(c.id(), c));
        }

        public Criterion check(Cell cell) throws EditRefusedException {
            if (!measures.contains(cell.measure())) {
                throw new EditRefusedException("unknownMeasure", cell.measure());
            }
            Criterion criterion = criteria.get(cell.criterion());
            if (criterion == null) {
                throw new EditRefusedException("unknownCriterion", cell.criterion());
            }
            if (!raters.contains(cell.rater())) {
                throw new EditRefusedException("unknownRater", cell.rater());
            }
            return criterion;
        }

        /** Checks the cell and that {@code value} is on its criterion's scale. */
        public void check(Cell cell, double value) throws EditRefusedException {
            Criterion criterion = check(cell);
            if (!Double.isFinite(value) || !criterion.scale().contains(value)) {
                throw new EditRefusedException("outOfScale", ScoreValues.text(value), criterion.id(),
                        String.valueOf(criterion.scale().min()), String.valueOf(criterion.scale().max()));
            }
        }

        /**
         * Checks the cell, the score's value and its note: what a changed cell must satisfy before it is stored, as
         * the plan validator requires of every score of a plan.
         */
        public void check(Cell cell, Score score) throws EditRefusedException {
            check(cell, score.value());
            checkNote(score.note());
        }
    }

    /**
     * Refuses a rationale the plan could not hold: longer than {@link Limits#LONG_TEXT_LENGTH} characters (a score
     * sheet's cell and the plan file's limit), or with a control character other than tab and line breaks or a
     * broken (unpaired surrogate) character, which score sheets and exports cannot write.
     */
    public static void checkNote(String note) throws EditRefusedException {
        if (note == null) {
            return;
        }
        if (note.length() > Limits.LONG_TEXT_LENGTH) {
            throw new EditRefusedException("noteTooLong", String.valueOf(note.length()),
                    String.valueOf(Limits.LONG_TEXT_LENGTH));
        }
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < note.length()
                    && Character.isLowSurrogate(note.charAt(i + 1));
            if (pair) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)
                    || c == '\uFFFE' || c == '\uFFFF') {
                throw new EditRefusedException("noteCharacter", String.valueOf(note.codePointCount(0, i) + 1),
                        String.format("U+%04X", (int) c));
            }
        }
    }
}
