package org.kaname.edit;

import java.util.Objects;
import org.kaname.model.Score;

/** One cell of the score grid: a measure × a criterion × a rater. It holds at most one score. */
public record Cell(String measure, String criterion, String rater) {
    public Cell {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(rater, "rater");
    }

    public static Cell of(Score score) {
        return new Cell(score.measure(), score.criterion(), score.rater());
    }

    public boolean holds(Score score) {
        return score.measure().equals(measure) && score.criterion().equals(criterion) && score.rater().equals(rater);
    }
}
