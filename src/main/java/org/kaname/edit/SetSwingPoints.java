package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Swing points (0–100) of one criterion; the stored weights are derived again. */
public record SetSwingPoints(String id, double points) implements Edit {
    @Override
    public String kind() {
        return "set-swing-points";
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id, ScoreValues.text(points));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.criterion(plan, id);
        if (!(points >= 0) || points > 100) {
            throw new EditRefusedException("swingPoints", ScoreValues.text(points));
        }
        return Change.between(plan, Lookup.engine(() -> WeightingEdits.setSwingPoints(plan, id, points),
                "weightsUnavailable"));
    }
}
