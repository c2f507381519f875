package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;
import org.kaname.model.Scenario;

/**
 * Removes a criterion with its scores (also in workshop rounds) and every mention of it in the weighting and the
 * scenarios; one undo brings all of it back. Refused when a scenario weighs this criterion alone (it would be left
 * with no weight at all).
 */
public record RemoveCriterion(String id) implements Edit {
    @Override
    public String kind() {
        return "remove-criterion";
    }

    @Override
    public EditTarget target() {
        return EditTarget.criterion(id);
    }

    @Override
    public List<String> arguments() {
        return List.of(id);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        Lookup.criterion(plan, id);
        for (Scenario s : plan.scenarios()) {
            boolean weighsOnlyThis = s.weights().entrySet().stream().filter(e -> e.getValue() > 0)
                    .allMatch(e -> e.getKey().equals(id));
            if (s.weights().getOrDefault(id, 0.0) > 0 && weighsOnlyThis) {
                throw new EditRefusedException("scenarioEmptied", id, s.name());
            }
        }
        return Change.between(plan, Lookup.engine(() -> CriteriaEdits.remove(plan, id), "weightsUnavailable"));
    }
}
