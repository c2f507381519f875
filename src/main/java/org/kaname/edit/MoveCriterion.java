package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/** Moves a criterion {@code delta} places in the plan's order (−1 up, +1 down); nothing at either end. */
public record MoveCriterion(String id, int delta) implements Edit {
    @Override
    public String kind() {
        return "move-criterion";
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
        return Change.between(plan, CriteriaEdits.move(plan, id, delta));
    }
}
