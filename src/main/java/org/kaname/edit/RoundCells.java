package org.kaname.edit;

import java.util.List;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/** The checks {@code Rounds.enter} makes, as refusals: the round is open and holds the cell's measure and rater. */
final class RoundCells {
    private RoundCells() {
    }

    static ScoringRound open(Plan plan) throws EditRefusedException {
        return plan.openRound().orElseThrow(() -> new EditRefusedException("noOpenRound"));
    }

    /** The open round, after checking that {@code cell} belongs to it; {@code value} (if not null) on its scale. */
    static ScoringRound check(Plan plan, Cell cell, Double value) throws EditRefusedException {
        ScoringRound round = open(plan);
        if (!round.measures().contains(cell.measure())) {
            throw new EditRefusedException("measureNotInRound", cell.measure(), String.valueOf(round.number()));
        }
        if (!round.raters().contains(cell.rater())) {
            throw new EditRefusedException("raterNotInRound", cell.rater(), String.valueOf(round.number()));
        }
        Criterion criterion = Lookup.criterion(plan, cell.criterion());
        if (value != null && (!Double.isFinite(value) || !criterion.scale().contains(value))) {
            throw new EditRefusedException("outOfScale", ScoreValues.text(value), criterion.id(),
                    String.valueOf(criterion.scale().min()), String.valueOf(criterion.scale().max()));
        }
        return round;
    }

    static Score find(ScoringRound round, Cell cell) {
        return ScoreEdits.find(round.scores(), cell).orElse(null);
    }

    static List<String> arguments(Cell cell) {
        return List.of(cell.measure(), cell.criterion(), cell.rater());
    }
}
