package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Direct points (配点) for one criterion, 0 or more; the weighting becomes direct. */
public record SetDirectPoints(String id, double points) implements Edit {
    @Override
    public String kind() {
        return "set-direct-points";
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
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new EditRefusedException("points", ScoreValues.text(points));
        }
        return Change.between(plan, CriteriaEdits.setDirectPoints(plan, id, points));
    }
}
