package org.kaname.ui.workshop;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.edit.Cell;
import org.kaname.edit.ScoreEdits;
import org.kaname.engine.workshop.AnonymousRaters;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/**
 * Look-ups the workshop screen needs: a score in a round's list, and how raters are named in the room. Its changes
 * are edits of {@code org.kaname.edit} ({@code OpenRound}, {@code SetRoundScore}, {@code RevealRound}…).
 */
final class WorkshopEdits {
    private WorkshopEdits() {
    }

    /** The cell's score among a round's scores: the one match of a cell is {@link ScoreEdits#find}. */
    static Optional<Score> find(List<Score> scores, String measure, String criterion, String rater) {
        return ScoreEdits.find(scores, new Cell(measure, criterion, rater));
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
