package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/**
 * Moves a criterion {@code delta} places in the importance ranking (rank-order centroid and swing weighting; under
 * swing the first is the 100-point anchor); the stored weights are derived again.
 */
public record MoveInRanking(String id, int delta) implements Edit {
    @Override
    public String kind() {
        return "move-in-ranking";
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id, String.valueOf(delta));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.criterion(plan, id);
        return Change.between(plan, Lookup.engine(() -> WeightingEdits.moveInRanking(plan, id, delta),
                "weightsUnavailable"));
    }
}
