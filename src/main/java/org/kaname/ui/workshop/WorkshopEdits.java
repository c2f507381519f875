package org.kaname.ui.workshop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.engine.workshop.AnonymousRaters;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/**
 * Pure changes and look-ups the workshop screen needs beyond {@link org.kaname.engine.workshop.Rounds}: setting a
 * plan score during the discussion (after reveal the plan's scores are the room's current values), and finding a
 * score in a list. A cell is one measure × criterion × rater and holds at most one score (plan order kept).
 */
final class WorkshopEdits {
    private WorkshopEdits() {
    }

    static Optional<Score> find(List<Score> scores, String measure, String criterion, String rater) {
        return scores.stream().filter(s -> isCell(s, measure, criterion, rater)).findFirst();
    }

    private static boolean isCell(Score s, String measure, String criterion, String rater) {
        return s.measure().equals(measure) && s.criterion().equals(criterion) && s.rater().equals(rater);
    }

    /** The plan with the plan score of the cell set to {@code value} and {@code note}, replaced in place or added. */
    static Plan withPlanScore(Plan plan, String measure, String criterion, String rater, double value, String note,
                              Instant time) {
        List<Score> scores = new ArrayList<>(plan.scores());
        Score next = new Score(measure, criterion, rater, value, note == null ? "" : note.strip(), time);
        for (int i = 0; i < scores.size(); i++) {
            if (isCell(scores.get(i), measure, criterion, rater)) {
                scores.set(i, next);
                return plan.withScores(scores);
            }
        }
        scores.add(next);
        return plan.withScores(scores);
    }

    /**
     * How raters are named in the room: their own names, except that raters of an anonymous round are letters (A, B,
     * C… in the round's order) so the room can tell the extremes apart without knowing who they are.
     */
    static Map<String, String> displayNames(Plan plan, ScoringRound anonymityRound,
                                            java.util.function.UnaryOperator<String> anonymousName) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        plan.raters().forEach(r -> names.put(r.id(), r.name()));
        if (anonymityRound != null && anonymityRound.anonymous()) {
            AnonymousRaters.letters(anonymityRound).forEach((id, letter) -> names.put(id, anonymousName.apply(letter)));
        }
        return names;
    }
}
